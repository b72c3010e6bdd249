package io.ctibridge.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.ctibridge.cli.common.TextFiles;
import io.ctibridge.cli.common.UsageException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The orgs {@code smoke} can test, by alias, from {@code ~/.ctibridge/orgs.json}: per org, where its deployed stack
 * is (the template's outputs) and how to log in to Salesforce.
 *
 * <pre>{@code
 * {"sandbox": {"region": "eu-west-1",
 *              "salesforceCredentials": "sandbox-sf.json",   (or "salesforceSecretArn": "arn:aws:secretsmanager:…")
 *              "lookupFunction": "<CallerLookupFunctionArn>",
 *              "contactRecordFunction": "<the ContactRecordFunction's live alias ARN>",
 *              "popApiUrl": "<PopApiUrl>",
 *              "dialedNumber": "+18005550100"}}                (optional)
 * }</pre>
 */
final class OrgAliases {

    static final String DEFAULT_DIALED_NUMBER = "+18005550100";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One org. {@code salesforceCredentials} is resolved against the orgs file's folder.
     */
    record OrgAlias(
            String region,
            String salesforceCredentials,
            String salesforceSecretArn,
            String lookupFunction,
            String contactRecordFunction,
            String popApiUrl,
            String dialedNumber) {

        URI popApi() {
            try {
                URI uri = new URI(popApiUrl);
                boolean loopback = "http".equals(uri.getScheme())
                        && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()));
                if (uri.getHost() == null || !("https".equals(uri.getScheme()) || loopback)) {
                    throw new UsageException("popApiUrl must be the stack's https PopApiUrl, not " + popApiUrl);
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new UsageException("popApiUrl is not a URL: " + popApiUrl);
            }
        }

        String dialed() {
            return dialedNumber == null || dialedNumber.isBlank() ? DEFAULT_DIALED_NUMBER : dialedNumber.strip();
        }
    }

    private OrgAliases() {}

    static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".ctibridge", "orgs.json");
    }

    /**
     * @throws UsageException when the file is unreadable or malformed, the alias is unknown or lacks a setting
     */
    static OrgAlias read(Path file, String alias) {
        Map<String, OrgAlias> aliases;
        try {
            aliases = JSON.readValue(
                    TextFiles.readUtf8(file),
                    TypeFactory.defaultInstance().constructMapType(Map.class, String.class, OrgAlias.class));
        } catch (UnrecognizedPropertyException e) {
            throw new UsageException(file + ": " + where(e) + "unknown setting '" + e.getPropertyName() + "' (known: "
                    + Arrays.stream(OrgAlias.class.getRecordComponents())
                            .map(RecordComponent::getName)
                            .collect(Collectors.joining(", "))
                    + ")");
        } catch (JsonMappingException e) {
            throw new UsageException(file + ": " + where(e)
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (JacksonException e) {
            throw new UsageException(file + ": not JSON " + where(e));
        }
        OrgAlias org = aliases.get(alias);
        if (org == null) {
            throw new UsageException(file + ": no org '" + alias + "' (known: "
                    + aliases.keySet().stream().sorted().collect(Collectors.joining(", ")) + ")");
        }
        require(file, alias, "lookupFunction", org.lookupFunction());
        require(file, alias, "contactRecordFunction", org.contactRecordFunction());
        require(file, alias, "popApiUrl", org.popApiUrl());
        boolean hasFile = org.salesforceCredentials() != null
                && !org.salesforceCredentials().isBlank();
        boolean hasSecret =
                org.salesforceSecretArn() != null && !org.salesforceSecretArn().isBlank();
        if (hasFile == hasSecret) {
            throw new UsageException(
                    file + ": org '" + alias + "' needs either salesforceCredentials or" + " salesforceSecretArn");
        }
        String credentials = hasFile ? resolve(file, org.salesforceCredentials()) : null;
        org.popApi(); // checked now, before anything is created in the org
        return new OrgAlias(
                org.region(),
                credentials,
                org.salesforceSecretArn(),
                org.lookupFunction().strip(),
                org.contactRecordFunction().strip(),
                org.popApiUrl().strip(),
                org.dialedNumber());
    }

    private static String resolve(Path orgsFile, String credentials) {
        Path folder = orgsFile.toAbsolutePath().getParent();
        return folder == null
                ? credentials
                : folder.resolve(credentials.strip()).toString();
    }

    private static void require(Path file, String alias, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new UsageException(file + ": org '" + alias + "' has no " + field);
        }
    }

    private static String where(JacksonException e) {
        return e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
    }
}
