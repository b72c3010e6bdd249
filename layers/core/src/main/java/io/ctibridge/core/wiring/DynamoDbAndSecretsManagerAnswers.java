package io.ctibridge.core.wiring;

import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * DynamoDB and Secrets Manager as the stores of the lookup, the pop and the call log need them for priming:
 * GetItem and BatchGetItem find nothing (no contact state, an empty call-log ledger), PutItem and UpdateItem
 * succeed (the ledger's claim and its DONE), GetSecretValue returns a synthetic pop-token key.
 */
final class DynamoDbAndSecretsManagerAnswers implements CannedAwsAnswers {

    private static final String SECRET_ANSWER = """
            {"ARN":"arn:aws:secretsmanager:us-east-1:000000000000:secret:priming","Name":"priming",\
            "VersionId":"priming-version","SecretString":"{\\"key\\":\\"priming-key-priming-key-priming-key-0\\"}",\
            "VersionStages":["AWSCURRENT"],"CreatedDate":1.7E9}""";

    @Override
    public String bodyFor(SdkHttpRequest request) {
        String target = request.firstMatchingHeader("X-Amz-Target").orElse("");
        // Every DynamoDB operation the stores use succeeds with an empty answer: nothing found, written.
        return target.endsWith(".GetSecretValue") ? SECRET_ANSWER : "{}";
    }
}
