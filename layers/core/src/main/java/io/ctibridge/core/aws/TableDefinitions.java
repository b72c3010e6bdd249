package io.ctibridge.core.aws;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Key schemas of the system's tables, as {@code template.yaml} declares them, for tests and the local stack.
 * In AWS the template creates the tables; nothing in a function calls this.
 */
public final class TableDefinitions {

    /** Config profiles: partition key, the profile name. */
    public static final String PROFILE = "profile";
    /** Config profiles: sort key, 0 for the current document, 1..n for the history. */
    public static final String VERSION = "version";
    /** Contact state and call-log ledger: partition key, the Amazon Connect ContactId. */
    public static final String CONTACT_ID = "contactId";
    /** Contact state: TTL attribute, epoch seconds. */
    public static final String EXPIRES_AT = "expiresAt";

    private TableDefinitions() {}

    public static CreateTableRequest configProfiles(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        attribute(PROFILE, ScalarAttributeType.S), attribute(VERSION, ScalarAttributeType.N))
                .keySchema(key(PROFILE, KeyType.HASH), key(VERSION, KeyType.RANGE))
                .build();
    }

    public static CreateTableRequest contactState(String tableName) {
        return byContactId(tableName);
    }

    public static CreateTableRequest callLogLedger(String tableName) {
        return byContactId(tableName);
    }

    /** Creates the three tables that do not exist yet, waits until they are active, and turns on TTL. */
    public static void createAll(DynamoDbClient dynamoDb, TableNames names) {
        createIfMissing(dynamoDb, configProfiles(names.config()));
        createIfMissing(dynamoDb, contactState(names.contactState()));
        createIfMissing(dynamoDb, callLogLedger(names.callLogLedger()));
        dynamoDb.updateTimeToLive(b -> b.tableName(names.contactState())
                .timeToLiveSpecification(t -> t.attributeName(EXPIRES_AT).enabled(true)));
    }

    private static void createIfMissing(DynamoDbClient dynamoDb, CreateTableRequest request) {
        try {
            dynamoDb.createTable(request);
        } catch (ResourceInUseException alreadyThere) {
            // created by an earlier run of the local stack: keep its data
        }
        try (DynamoDbWaiter waiter = dynamoDb.waiter()) {
            waiter.waitUntilTableExists(b -> b.tableName(request.tableName()));
        }
    }

    private static CreateTableRequest byContactId(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute(CONTACT_ID, ScalarAttributeType.S))
                .keySchema(key(CONTACT_ID, KeyType.HASH))
                .build();
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(type)
                .build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
