package io.ctibridge.cli.doctor;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.cli.doctor.SalesforceProbe.FieldGrant;
import io.ctibridge.core.config.FieldFilter;
import io.ctibridge.core.config.FlowOperation;
import io.ctibridge.core.config.OperationKind;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.SearchTarget;
import io.ctibridge.core.salesforce.SalesforceAuthException;
import io.ctibridge.core.salesforce.SalesforceConfigException;
import io.ctibridge.core.salesforce.SalesforceException;
import io.ctibridge.core.salesforce.auth.SalesforceCredentials;
import io.ctibridge.core.salesforce.auth.SecretJson;
import io.ctibridge.core.salesforce.session.SalesforceSession;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Salesforce as the functions will meet it: the secret, the token (with each refusal named), the API version, and
 * the fields every stored profile searches and writes.
 */
public final class SalesforceChecks implements CheckGroup {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VOICE_CALL = "VoiceCall";

    private final SecretSource secret;
    private final SalesforceProbe probe;
    private final List<Profile> profiles;
    private final Map<String, Optional<Map<String, FieldGrant>>> describes = new HashMap<>();
    private SalesforceSession session;

    /** @param profiles the valid stored profiles, whose fields are checked */
    SalesforceChecks(SecretSource secret, SalesforceProbe probe, List<Profile> profiles) {
        this.secret = secret;
        this.probe = probe;
        this.profiles = List.copyOf(profiles);
    }

    /** The org's instance URL once a token was obtained: its My Domain host in production. */
    Optional<URI> instanceUrl() {
        return Optional.ofNullable(session).map(SalesforceSession::instanceUrl);
    }

    @Override
    public List<CheckResult> run() {
        List<CheckResult> results = new ArrayList<>();
        String text;
        try {
            text = secret.read();
            results.add(CheckResult.pass("Salesforce secret exists", secret.where()));
        } catch (SecretSource.SecretUnreadable e) {
            results.add(CheckResult.fail("Salesforce secret exists", secret.where() + ": " + e.getMessage(), e.fix()));
            return skipRest(results, "the secret cannot be read");
        }
        results.add(noPassword(text));
        SalesforceCredentials credentials;
        try {
            credentials = SecretJson.parse(text);
            results.add(CheckResult.pass("Salesforce secret parses", describe(credentials)));
        } catch (SalesforceConfigException e) {
            results.add(CheckResult.fail(
                    "Salesforce secret parses",
                    e.getMessage(),
                    "Rewrite the secret in the shape README 'Salesforce setup' step 4 shows."));
            return skipRest(results, "the secret does not parse");
        }
        try {
            session = probe.token(credentials);
            results.add(CheckResult.pass("Salesforce token", "issued for " + session.instanceUrl()));
        } catch (SalesforceAuthException e) {
            TokenRefusal refusal = TokenRefusal.classify(
                    e.error(), e.errorDescription(), probe.clockSkew(credentials.loginUrl()), credentials.loginUrl());
            results.add(CheckResult.fail("Salesforce token", refusal.cause(), refusal.fix()));
            return skipRest(results, "no token");
        } catch (SalesforceException e) {
            results.add(CheckResult.fail(
                    "Salesforce token",
                    e.getMessage(),
                    "Check that " + credentials.loginUrl() + " is reachable from here and is the org's login host."));
            return skipRest(results, "no token");
        }
        if (!versionServed(credentials, results)) {
            return skipRest(results, "the API version is not served");
        }
        try {
            for (Profile profile : profiles) {
                results.add(callLogFields(profile, credentials));
                results.addAll(fieldTypes(
                        profile,
                        profile.callLog().object(),
                        WrittenValue.onCallLogObject(profile.callLog()),
                        credentials));
                if (profile.callLog().destinationKind().writesVoiceCall()) {
                    List<WrittenValue> onVoiceCall = WrittenValue.onVoiceCall(profile.callLog());
                    voiceCallFields(profile, onVoiceCall, credentials).ifPresent(results::add);
                    results.addAll(fieldTypes(profile, VOICE_CALL, onVoiceCall, credentials));
                }
                profile.searchTargets().forEach(target -> results.add(searchFields(profile, target, credentials)));
                profile.operations()
                        .forEach(operation -> results.add(operationFields(profile, operation, credentials)));
            }
        } catch (SalesforceProbe.ProbeException e) {
            // The lines so far stand; the rest would fail the same way.
            results.add(CheckResult.fail(
                    "Profile fields (describe)",
                    e.getMessage(),
                    "Check that the integration user may call describe (API Enabled) and the org answers it."));
        }
        return results;
    }

    private static CheckResult noPassword(String text) {
        String name = "Salesforce secret holds no password";
        try {
            JsonNode root = JSON.readTree(text);
            if (root != null && root.has("password")) {
                return CheckResult.fail(
                        name,
                        "it has a \"password\" for the username-password flow, which Salesforce is retiring",
                        "Switch to the JWT bearer flow (README 'Salesforce setup') and remove the password"
                                + " from the secret.");
            }
        } catch (JacksonException e) {
            // The parse check reports it, without quoting the secret.
        }
        return CheckResult.pass(name, "");
    }

    private boolean versionServed(SalesforceCredentials credentials, List<CheckResult> results) {
        String wanted = credentials.apiVersion().value().substring(1);
        String name = "Salesforce API version " + credentials.apiVersion().value();
        List<String> served;
        try {
            served = probe.versions(session.instanceUrl());
        } catch (SalesforceProbe.ProbeException e) {
            results.add(CheckResult.fail(
                    name, e.getMessage(), "Check that the instance URL answers the REST API from here."));
            return false;
        }
        if (served.contains(wanted)) {
            results.add(CheckResult.pass(name, "served"));
            return true;
        }
        results.add(CheckResult.fail(
                name,
                "not served; the org serves "
                        + (served.isEmpty() ? "none" : served.getFirst() + " to " + served.getLast()),
                "Set \"apiVersion\" in the secret to one the org serves"
                        + (served.isEmpty() ? "." : ", e.g. v" + served.getLast() + ".")));
        return false;
    }

    private CheckResult callLogFields(Profile profile, SalesforceCredentials credentials) {
        String object = profile.callLog().object();
        String name = "Profile '" + profile.profile() + "': call log can write " + object;
        Optional<Map<String, FieldGrant>> fields = describe(object, credentials);
        if (fields.isEmpty()) {
            return CheckResult.fail(
                    name,
                    "no object " + object + " visible to the integration user",
                    "Grant the integration user's permission set access to " + object + ", or fix callLog.object.");
        }
        List<String> problems = new ArrayList<>();
        for (String field : CallLogFields.of(profile.callLog())) {
            FieldGrant grant = fields.get().get(field);
            if (grant == null) {
                problems.add(field + " does not exist");
            } else if (!grant.createable()) {
                problems.add(field + " not createable");
            } else if (!grant.updateable() && !field.equals(CallLogFields.CREATE_ONLY)) {
                problems.add(field + " not updateable");
            }
        }
        if (problems.isEmpty()) {
            return CheckResult.pass(name, CallLogFields.of(profile.callLog()).size() + " fields create and update");
        }
        return CheckResult.fail(
                name,
                String.join(", ", problems),
                "Give the integration user's permission set Edit access to these " + object
                        + " fields (field-level security), or remove a missing field from callLog.extraFields or callLog.fieldMappings.");
    }

    /**
     * The fields a VoiceCall gets beyond the Telephony API's own (mapped values, Contact Lens, call attributes) exist
     * on VoiceCall; empty when the profile writes none.
     */
    private Optional<CheckResult> voiceCallFields(
            Profile profile, List<WrittenValue> values, SalesforceCredentials credentials) {
        Set<String> named = new LinkedHashSet<>();
        values.forEach(value -> named.add(value.field()));
        if (named.isEmpty()) {
            return Optional.empty();
        }
        String name = "Profile '" + profile.profile() + "': call log can write " + VOICE_CALL;
        Optional<Map<String, FieldGrant>> fields = describe(VOICE_CALL, credentials);
        if (fields.isEmpty()) {
            return Optional.of(CheckResult.fail(
                    name,
                    "no object VoiceCall visible to the integration user",
                    "Turn on Salesforce Voice (Partner Telephony) and grant the integration user access to"
                            + " VoiceCall, or set callLog.destination to Task."));
        }
        List<String> missing =
                named.stream().filter(field -> !fields.get().containsKey(field)).toList();
        if (missing.isEmpty()) {
            return Optional.of(CheckResult.pass(name, named.size() + " fields exist"));
        }
        return Optional.of(CheckResult.fail(
                name,
                missing.stream().map(field -> field + " does not exist").collect(Collectors.joining(", ")),
                "Create these VoiceCall fields (the same API names and types as on Task) and grant the integration"
                        + " user access to them, or remove them from callLog.fieldMappings, callLog.contactLens or"
                        + " callLog.voiceCall.callAttributes."));
    }

    /** The types of the fields the profile fills on the object; nothing when the object is not visible. */
    private List<CheckResult> fieldTypes(
            Profile profile, String object, List<WrittenValue> values, SalesforceCredentials credentials) {
        return describe(object, credentials)
                .map(fields -> FieldTypeChecks.of(profile.profile(), object, values, fields))
                .orElse(List.of());
    }

    private CheckResult searchFields(Profile profile, SearchTarget target, SalesforceCredentials credentials) {
        String name = "Profile '" + profile.profile() + "': " + target.object() + " search fields exist";
        Optional<Map<String, FieldGrant>> fields = describe(target.object(), credentials);
        if (fields.isEmpty()) {
            return CheckResult.fail(
                    name,
                    "no object " + target.object() + " visible to the integration user",
                    "Grant read on " + target.object() + " to the integration user, or remove it from searchTargets.");
        }
        Set<String> named = new LinkedHashSet<>(target.phoneFields());
        named.add(target.nameField());
        Optional.ofNullable(target.accountField()).ifPresent(named::add);
        // Relationship paths such as Account.Name live on another object; only direct fields are checked here.
        target.extraFields().stream().filter(f -> !f.contains(".")).forEach(named::add);
        target.filters().stream().map(FieldFilter::field).forEach(named::add);
        List<String> missing =
                named.stream().filter(field -> !fields.get().containsKey(field)).toList();
        if (missing.isEmpty()) {
            return CheckResult.pass(name, String.join(", ", named));
        }
        return CheckResult.fail(
                name,
                "missing on " + target.object() + ": " + String.join(", ", missing),
                "Create the fields or grant the integration user read access to them, or correct the profile's"
                        + " field names.");
    }

    /**
     * A contact-flow operation's fields exist on its object (issue 18), and those a create or update writes, the
     * idempotency field included, are createable or updateable for the integration user.
     */
    private CheckResult operationFields(Profile profile, FlowOperation operation, SalesforceCredentials credentials) {
        String name = "Profile '" + profile.profile() + "': operation " + operation.name() + " ("
                + operation.kind().jsonName() + " " + operation.object() + ") fields";
        Optional<Map<String, FieldGrant>> fields = describe(operation.object(), credentials);
        if (fields.isEmpty()) {
            return CheckResult.fail(
                    name,
                    "no object " + operation.object() + " visible to the integration user",
                    "Grant the integration user access to " + operation.object() + ", or fix the operation's object.");
        }
        Set<String> read = new LinkedHashSet<>(operation.match().keySet());
        operation.filters().stream().map(FieldFilter::field).forEach(read::add);
        operation.returnFields().forEach(read::add);
        if (operation.kind() == OperationKind.FIND) {
            read.add(operation.orderBy().field());
        }
        Set<String> written = new LinkedHashSet<>(operation.fields().keySet());
        Optional.ofNullable(operation.idempotencyField()).ifPresent(written::add);
        List<String> problems = new ArrayList<>();
        // Relationship paths such as Account.Name live on another object; only direct fields are checked here.
        read.stream()
                .filter(field -> !field.contains(".") && !fields.get().containsKey(field))
                .forEach(field -> problems.add(field + " does not exist"));
        for (String field : written) {
            FieldGrant grant = fields.get().get(field);
            if (grant == null) {
                problems.add(field + " does not exist");
            } else if (operation.kind() == OperationKind.CREATE && !grant.createable()) {
                problems.add(field + " not createable");
            } else if (operation.kind() == OperationKind.UPDATE && !grant.updateable()) {
                problems.add(field + " not updateable");
            }
        }
        if (problems.isEmpty()) {
            return CheckResult.pass(name, (read.size() + written.size()) + " fields");
        }
        return CheckResult.fail(
                name,
                String.join(", ", problems),
                "Create the fields (a create's idempotencyField: text, External ID, unique) or grant the integration"
                        + " user access to them, or correct the operation.");
    }

    private Optional<Map<String, FieldGrant>> describe(String object, SalesforceCredentials credentials) {
        return describes.computeIfAbsent(object, o -> probe.fields(session, credentials.apiVersion(), o));
    }

    private static String describe(SalesforceCredentials credentials) {
        return switch (credentials) {
            case SalesforceCredentials.JwtBearer jwt -> "JWT bearer for " + jwt.username() + " at " + jwt.loginUrl();
            case SalesforceCredentials.ClientCredentials client -> "client credentials at " + client.loginUrl();
        };
    }

    private List<CheckResult> skipRest(List<CheckResult> results, String why) {
        results.add(CheckResult.skip("Salesforce API version and profile fields", why));
        return results;
    }
}
