package io.ctibridge.cli.doctor;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.salesforce.SalesforceConfigException;
import io.ctibridge.core.salesforce.telephony.TelephonyApi;
import io.ctibridge.core.salesforce.telephony.TelephonyCredentials;
import io.ctibridge.core.salesforce.telephony.TelephonyOutcome;
import io.ctibridge.core.salesforce.telephony.TelephonySecretJson;
import io.ctibridge.core.salesforce.telephony.TelephonyTokens;
import io.ctibridge.core.time.Deadline;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * The Telephony Integration API as the call log will meet it, for deployments with a profile whose call log writes
 * VoiceCalls: the telephony secret exists and parses, and the API accepts a token signed with its key (checked with
 * a request the API refuses as malformed once the token is accepted: nothing is written).
 */
final class TelephonyChecks implements CheckGroup {

    private static final String README = "README 'Salesforce Voice setup'";

    private final Optional<SecretSource> secret;
    private final List<Profile> profiles;
    private final OkHttpClient http;
    private final Clock clock;

    TelephonyChecks(Optional<SecretSource> secret, List<Profile> profiles, OkHttpClient http, Clock clock) {
        this.secret = secret;
        this.profiles = List.copyOf(profiles);
        this.http = http;
        this.clock = clock;
    }

    @Override
    public List<CheckResult> run() {
        List<String> voiceProfiles = profiles.stream()
                .filter(p -> p.callLog().destinationKind().writesVoiceCall())
                .map(Profile::profile)
                .toList();
        List<CheckResult> results = new ArrayList<>();
        if (secret.isEmpty()) {
            results.add(
                    voiceProfiles.isEmpty()
                            ? CheckResult.skip("Telephony secret", "no profile writes VoiceCalls and none is named")
                            : CheckResult.fail(
                                    "Telephony secret",
                                    "profiles " + voiceProfiles + " write VoiceCalls, but no telephony secret is set",
                                    "Create it as " + README + " shows and deploy with TelephonySecretArn (or pass"
                                            + " --telephony-secret-arn)."));
            return results;
        }
        String text;
        try {
            text = secret.get().read();
            results.add(CheckResult.pass("Telephony secret exists", secret.get().where()));
        } catch (SecretSource.SecretUnreadable e) {
            results.add(
                    CheckResult.fail("Telephony secret exists", secret.get().where() + ": " + e.getMessage(), e.fix()));
            return results;
        }
        TelephonyCredentials credentials;
        try {
            credentials = TelephonySecretJson.parse(text);
            results.add(CheckResult.pass(
                    "Telephony secret parses",
                    credentials.baseUrl() + ", org " + credentials.orgId() + ", contact center "
                            + credentials.contactCenterApiName()));
        } catch (SalesforceConfigException e) {
            results.add(CheckResult.fail(
                    "Telephony secret parses",
                    e.getMessage(),
                    "Rewrite the secret in the shape " + README + " shows."));
            return results;
        }
        TelephonyApi api = new TelephonyApi(http, credentials, new TelephonyTokens(credentials, clock));
        TelephonyOutcome answer = api.checkToken(Deadline.after(Duration.ofSeconds(10)));
        results.add(
                switch (answer) {
                    case TelephonyOutcome.Rejected rejected
                    when rejected.status() == 400 ->
                        CheckResult.pass("Telephony token", "accepted by " + credentials.baseUrl());
                    case TelephonyOutcome.Unauthorized refused ->
                        CheckResult.fail(
                                "Telephony token",
                                "refused (HTTP " + refused.status() + ")",
                                "Upload the certificate of the secret's key to the contact center's"
                                        + " reqTelephonyIntegrationCertificate, and check that orgId is the org's Id"
                                        + " and contactCenterApiName the contact center's API name.");
                    default ->
                        CheckResult.fail(
                                "Telephony token",
                                "unexpected answer: " + answer,
                                "Check that baseUrl is the contact center's Telephony Integration API"
                                        + " (https://<MyDomain>.my.salesforce-scrt.com/telephony/v1) and reachable.");
                });
        return results;
    }
}
