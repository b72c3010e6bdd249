package io.ctibridge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.cli.call.AnalysisDelivery;
import io.ctibridge.cli.call.CallPath;
import io.ctibridge.cli.call.LocalApiPath;
import io.ctibridge.cli.common.UsageException;
import io.ctibridge.local.ContactLensFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * An analysis file (e.g. {@code events/contactlens/analysis-agent-customer.json}) rewritten for the simulated
 * contact, put in the embedded stack's instance bucket under the key Contact Lens would use, and its S3 event
 * posted to the local contact-analysis route: the handler reads the file back from the bucket, as in AWS.
 */
final class EmbeddedAnalysis implements AnalysisDelivery {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode file;
    private final ContactLensFiles bucket;
    private final LocalApiPath path;

    private EmbeddedAnalysis(ObjectNode file, ContactLensFiles bucket, LocalApiPath path) {
        this.file = file;
        this.bucket = bucket;
        this.path = path;
    }

    /** Reads {@code path} now, so that a missing or broken file is a usage error before any call is made. */
    static ObjectNode read(Path path) {
        try {
            JsonNode node = JSON.readTree(Files.readAllBytes(path));
            if (!(node instanceof ObjectNode object)
                    || !node.path("CustomerMetadata").isObject()) {
                throw new UsageException("--analysis " + path + " is not a Contact Lens analysis file"
                        + " (no CustomerMetadata object)");
            }
            return object;
        } catch (IOException e) {
            throw new UsageException("--analysis " + path + " cannot be read: " + e.getMessage());
        }
    }

    static EmbeddedAnalysis of(ObjectNode file, ContactLensFiles bucket, LocalApiPath path) {
        return new EmbeddedAnalysis(file, bucket, path);
    }

    @Override
    public JsonNode deliver(String contactId) {
        ObjectNode forCall = file.deepCopy();
        ((ObjectNode) forCall.get("CustomerMetadata")).put("ContactId", contactId);
        String key = ContactLensFiles.key(contactId, Instant.now(), false);
        try {
            bucket.put(key, JSON.writeValueAsBytes(forCall));
            CallPath.HttpAnswer answer = path.deliverAnalysis(JSON.readTree(bucket.objectCreatedEvent(key)));
            ObjectNode result = JSON.createObjectNode();
            result.put("key", key);
            result.put("status", answer.status());
            result.set("answer", answer.body());
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String describe() {
        return "PUT  s3://" + bucket.bucket() + "/Analysis/Voice/…, then " + path.describeAnalysis();
    }
}
