package io.ctibridge.cli.doctor;

import io.ctibridge.core.aws.AwsClients;
import io.ctibridge.core.salesforce.http.HttpSettings;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** Runs the check groups in order, each one feeding the next what it learnt (valid profiles, the org's host). */
public final class Doctor {

    /**
     * What to examine.
     *
     * @param aws              clients for the stack's account and region (or moto)
     * @param configTable      the config table
     * @param secret           the Salesforce credentials secret, when one is named
     * @param allowedOrigins   the stack's AllowedOrigins, when known
     * @param myDomain         the org's My Domain, when given (else taken from the token's instance URL)
     * @param adapterNamespace the namespace of the Visualforce pages hosting the CTI adapter
     * @param popApiUrl        the stack's PopApiUrl, when given
     * @param connect          the Connect checks, when an instance is given
     * @param telephonySecret  the Telephony Integration API's secret, when one is named
     */
    public record Targets(
            Supplier<AwsClients> aws,
            String configTable,
            Optional<SecretSource> secret,
            Optional<String> allowedOrigins,
            Optional<SalesforceOrigins> myDomain,
            String adapterNamespace,
            Optional<URI> popApiUrl,
            Optional<CheckGroup> connect,
            Optional<SecretSource> telephonySecret) {}

    private Doctor() {}

    public static DoctorReport examine(Targets targets) {
        List<CheckResult> results = new ArrayList<>();
        ConfigChecks config = new ConfigChecks(targets.aws().get().dynamoDb(), targets.configTable());
        results.addAll(guarded("Config", config));

        Optional<URI> instanceUrl = Optional.empty();
        if (targets.secret().isEmpty()) {
            results.add(CheckResult.skip(
                    "Salesforce", "no secret: pass --salesforce-secret-arn or --salesforce-credentials"));
        } else {
            SalesforceChecks salesforce = new SalesforceChecks(
                    targets.secret().get(),
                    new SalesforceProbe(HttpSettings.defaults().newClient(), Clock.systemUTC()),
                    config.validProfiles());
            results.addAll(guarded("Salesforce", salesforce));
            instanceUrl = salesforce.instanceUrl();
        }

        results.addAll(guarded(
                "Telephony",
                new TelephonyChecks(
                        targets.telephonySecret(),
                        config.validProfiles(),
                        HttpSettings.defaults().newClient(),
                        Clock.systemUTC())));

        Optional<URI> instance = instanceUrl;
        Optional<SalesforceOrigins> org = targets.myDomain().or(() -> instance.flatMap(Doctor::myDomainOf));
        results.addAll(guarded(
                "Pop API",
                new PopApiChecks(
                        targets.allowedOrigins(),
                        org.map(o -> o.adapterOrigins(targets.adapterNamespace())),
                        targets.popApiUrl(),
                        "no My Domain: pass --my-domain (the instance URL is not a My Domain host)")));

        results.addAll(targets.connect()
                .map(group -> guarded("Connect", group))
                .orElse(List.of(CheckResult.skip("Connect", "no --connect-instance-id given"))));
        return new DoctorReport(results);
    }

    // An instance URL such as https://acme.my.salesforce.com names the My Domain.
    private static Optional<SalesforceOrigins> myDomainOf(URI instanceUrl) {
        String host = instanceUrl.getHost() == null ? "" : instanceUrl.getHost().toLowerCase(Locale.ROOT);
        return host.endsWith(".my.salesforce.com")
                ? Optional.of(SalesforceOrigins.fromMyDomain(host))
                : Optional.empty();
    }

    /** A group that breaks unexpectedly is one failed line, and the other groups still run. */
    private static List<CheckResult> guarded(String group, CheckGroup checks) {
        try {
            return checks.run();
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return List.of(CheckResult.fail(
                    group + " checks",
                    "stopped: " + message.strip().replaceAll("\\s*\\R\\s*", " "),
                    "Fix what the message names and run the doctor again."));
        }
    }
}
