package io.ctibridge.core.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ctibridge.testkit.AwsTestClients;
import io.ctibridge.testkit.MotoServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

class TableDefinitionsIT {

    @Test
    void createAll_createsTheThreeTablesWithTheirKeys_andTtlOnContactState_andCanRunTwice() {
        String suffix = "-" + System.nanoTime();
        TableNames names = new TableNames("config" + suffix, "state" + suffix, "ledger" + suffix);
        try (DynamoDbClient dynamoDb =
                AwsTestClients.dynamoDb(MotoServer.shared().endpoint())) {
            TableDefinitions.createAll(dynamoDb, names);
            TableDefinitions.createAll(dynamoDb, names);

            assertEquals(List.of("profile:HASH", "version:RANGE"), keys(dynamoDb, names.config()));
            assertEquals(List.of("contactId:HASH"), keys(dynamoDb, names.contactState()));
            assertEquals(List.of("contactId:HASH"), keys(dynamoDb, names.callLogLedger()));
            var ttl = dynamoDb.describeTimeToLive(b -> b.tableName(names.contactState()))
                    .timeToLiveDescription();
            assertEquals(TimeToLiveStatus.ENABLED, ttl.timeToLiveStatus());
            assertEquals("expiresAt", ttl.attributeName());
        }
    }

    private static List<String> keys(DynamoDbClient dynamoDb, String table) {
        return dynamoDb.describeTable(b -> b.tableName(table)).table().keySchema().stream()
                .map(KeySchemaElement::toString)
                .map(k -> k.replaceAll(".*AttributeName=([^,]+), KeyType=([A-Z]+).*", "$1:$2"))
                .toList();
    }
}
