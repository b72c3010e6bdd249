package io.ctibridge.core.priming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.aws.TableDefinitions;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.ProfileParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * DynamoDB and Secrets Manager answered from memory. An item put is found again by a GetItem on any one of its
 * string attributes (the tables' keys are single strings), so that the pop finds what the lookup stored, as in
 * Lambda; the current version of the {@code default} profile is the bundled default document, so that reading it
 * runs the store's parse and validation as a deployed stack's first call does; every other DynamoDB call succeeds
 * with an empty answer. The secret is a synthetic pop-token key that signs nothing outside the process.
 */
public final class DynamoDbAndSecretsManagerAnswers implements CannedAwsAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET_ANSWER = """
            {"ARN":"arn:aws:secretsmanager:us-east-1:000000000000:secret:priming","Name":"priming",\
            "VersionId":"priming-version","SecretString":"{\\"key\\":\\"priming-key-priming-key-priming-key-0\\"}",\
            "VersionStages":["AWSCURRENT"],"CreatedDate":1.7E9}""";

    private static final JsonNode DEFAULT_PROFILE_ITEM = defaultProfileItem(ProfileParser.defaultProfileDocument());

    /** table, then "attribute=value" of each string attribute, to the item. */
    private final Map<String, Map<String, JsonNode>> items = new ConcurrentHashMap<>();

    private final JsonNode defaultProfileItem;

    public DynamoDbAndSecretsManagerAnswers() {
        this.defaultProfileItem = DEFAULT_PROFILE_ITEM;
    }

    /**
     * With {@code defaultProfile} as the current version of the {@code default} profile instead of the bundled
     * document: for priming a path the bundled one leaves off (flow operations, Contact Lens). Read and validated by
     * the store's own code, as any pushed profile.
     */
    DynamoDbAndSecretsManagerAnswers(String defaultProfile) {
        this.defaultProfileItem = defaultProfileItem(defaultProfile);
    }

    @Override
    public String bodyFor(SdkHttpRequest request) {
        return bodyFor(request, new byte[0]);
    }

    @Override
    public String bodyFor(SdkHttpRequest request, byte[] body) {
        String target = request.firstMatchingHeader("X-Amz-Target").orElse("");
        if (target.endsWith(".GetSecretValue")) {
            return SECRET_ANSWER;
        }
        if (target.endsWith(".PutItem")) {
            JsonNode put = parse(body);
            Map<String, JsonNode> table =
                    items.computeIfAbsent(put.path("TableName").asText(), name -> new ConcurrentHashMap<>());
            stringAttributes(put.path("Item")).forEach(attribute -> table.put(attribute, put.path("Item")));
            return "{}";
        }
        if (target.endsWith(".GetItem")) {
            JsonNode get = parse(body);
            Map<String, JsonNode> table =
                    items.getOrDefault(get.path("TableName").asText(), Map.of());
            Iterator<String> key = stringAttributes(get.path("Key")).iterator();
            JsonNode item = key.hasNext() ? table.get(key.next()) : null;
            if (item == null && isCurrentDefaultProfile(get.path("Key"))) {
                item = defaultProfileItem;
            }
            if (item != null) {
                ObjectNode answer = JSON.createObjectNode();
                answer.set("Item", item);
                return answer.toString();
            }
        }
        return "{}";
    }

    private static boolean isCurrentDefaultProfile(JsonNode key) {
        return Profile.DEFAULT_NAME.equals(
                        key.path(TableDefinitions.PROFILE).path("S").asText())
                && "0".equals(key.path(TableDefinitions.VERSION).path("N").asText());
    }

    /** The config table's item 0 of the default profile, as `config push` of {@code document} writes it. */
    private static JsonNode defaultProfileItem(String document) {
        ObjectNode item = JSON.createObjectNode();
        item.putObject(TableDefinitions.PROFILE).put("S", Profile.DEFAULT_NAME);
        item.putObject(TableDefinitions.VERSION).put("N", "0");
        item.putObject("latestVersion").put("N", "1");
        item.putObject("document").put("S", document);
        item.putObject("updatedAt").put("S", "2026-01-01T00:00:00Z");
        item.putObject("updatedBy").put("S", "priming");
        return item;
    }

    private static Iterable<String> stringAttributes(JsonNode item) {
        return () -> item.properties().stream()
                .filter(attribute -> attribute.getValue().has("S"))
                .map(attribute -> attribute.getKey() + "="
                        + attribute.getValue().path("S").asText())
                .iterator();
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
