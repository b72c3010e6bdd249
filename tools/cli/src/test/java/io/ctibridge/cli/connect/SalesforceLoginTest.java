package io.ctibridge.cli.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ctibridge.cli.common.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalesforceLoginTest {

    @Test
    void resolve_prefersTheFlags_thenTheFunctionsSecretVariable(@TempDir Path dir) {
        Path file = dir.resolve("sf.json");
        Map<String, String> env = Map.of("SALESFORCE_SECRET_ARN", "arn:env");

        assertEquals(new SalesforceLogin.FromFile(file), SalesforceLogin.resolve(file, null, env));
        assertEquals(new SalesforceLogin.FromSecret("arn:flag"), SalesforceLogin.resolve(null, "arn:flag", env));
        assertEquals(new SalesforceLogin.FromSecret("arn:env"), SalesforceLogin.resolve(null, null, env));
    }

    @Test
    void resolve_refusesBothFlags_andNoSourceAtAll() {
        var both = assertThrows(
                UsageException.class, () -> SalesforceLogin.resolve(Path.of("sf.json"), "arn:x", Map.of()));
        var none = assertThrows(UsageException.class, () -> SalesforceLogin.resolve(null, null, Map.of()));

        assertEquals("give either --salesforce-credentials or --salesforce-secret-arn, not both", both.getMessage());
        assertEquals(
                "no Salesforce credentials: pass --salesforce-credentials FILE or --salesforce-secret-arn ARN"
                        + " (or set SALESFORCE_SECRET_ARN)",
                none.getMessage());
    }

    @Test
    void credentials_fromAFileMissingAKey_isOneLineNamingTheFileAndKey_withoutItsContent(@TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("sf.json"), """
                {"authFlow": "CLIENT_CREDENTIALS", "loginUrl": "https://acme.my.salesforce.com",
                 "clientId": "3MVG9-very-secret-id"}""");

        var e = assertThrows(
                UsageException.class,
                () -> new SalesforceLogin.FromFile(file).credentials(() -> {
                    throw new AssertionError("a file needs no AWS");
                }));

        assertEquals(file + ": Salesforce credentials secret: missing required key \"clientSecret\"", e.getMessage());
    }
}
