package io.ctibridge.core.salesforce.auth;

/** Where the Salesforce credentials come from (Secrets Manager in AWS; a fixed value in tests). */
@FunctionalInterface
public interface CredentialsSource {

    /** @throws io.ctibridge.core.salesforce.SalesforceConfigException when the stored credentials are unusable */
    SalesforceCredentials load();
}
