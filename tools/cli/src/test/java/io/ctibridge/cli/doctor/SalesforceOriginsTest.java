package io.ctibridge.cli.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SalesforceOriginsTest {

    @Test
    void adapterOrigins_areLightningTheOrgsVisualforceAndThePackages_forAMyDomainName() {
        assertEquals(
                List.of(
                        "https://acme.lightning.force.com",
                        "https://acme--c.vf.force.com",
                        "https://acme--amazonconnect.vf.force.com"),
                SalesforceOrigins.fromMyDomain("acme").adapterOrigins("amazonconnect"));
    }

    @Test
    void fromMyDomain_takesTheHostOrTheUrl_inAnyCase() {
        SalesforceOrigins expected = new SalesforceOrigins("acme", false);

        assertEquals(expected, SalesforceOrigins.fromMyDomain("acme.my.salesforce.com"));
        assertEquals(expected, SalesforceOrigins.fromMyDomain("https://ACME.my.salesforce.com/"));
        assertEquals(expected, SalesforceOrigins.fromMyDomain(" Acme "));
    }

    @Test
    void adapterOrigins_carrySandboxInEveryHost_forASandboxMyDomain() {
        assertEquals(
                List.of(
                        "https://acme--uat.sandbox.lightning.force.com",
                        "https://acme--uat--c.sandbox.vf.force.com",
                        "https://acme--uat--amazonconnect.sandbox.vf.force.com"),
                SalesforceOrigins.fromMyDomain("https://acme--uat.sandbox.my.salesforce.com")
                        .adapterOrigins("amazonconnect"));
    }

    @Test
    void visualforce_usesTheGivenNamespace_inLowerCase() {
        assertEquals(
                "https://acme--myadapter.vf.force.com",
                SalesforceOrigins.fromMyDomain("acme").visualforce("MyAdapter"));
    }

    @Test
    void fromMyDomain_refusesASharedLoginHost_withTheReason() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> SalesforceOrigins.fromMyDomain("login.salesforce.com"));

        assertEquals(
                "'login.salesforce.com' is not a My Domain: give its name (acme) or host (acme.my.salesforce.com),"
                        + " not a shared login host",
                refused.getMessage());
    }

    @Test
    void fromMyDomain_refusesBlankAndNull() {
        assertThrows(IllegalArgumentException.class, () -> SalesforceOrigins.fromMyDomain(" "));
        assertThrows(IllegalArgumentException.class, () -> SalesforceOrigins.fromMyDomain(null));
    }
}
