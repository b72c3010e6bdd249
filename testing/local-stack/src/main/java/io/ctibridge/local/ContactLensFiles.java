package io.ctibridge.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.testkit.AwsTestClients;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The local instance bucket, as Contact Lens fills it: an analysis file put under the key Contact Lens would use,
 * and the EventBridge {@code Object Created} event S3 then sends, shaped as {@code events/s3/} (key URL-encoded).
 */
public final class ContactLensFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private final URI endpoint;
    private final String bucket;

    ContactLensFiles(URI endpoint, String bucket) {
        this.endpoint = endpoint;
        this.bucket = bucket;
    }

    /** An S3 client for moto (path-style: moto answers on one host). */
    static S3Client s3(URI endpoint) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(AwsTestClients.REGION)
                .credentialsProvider(AwsTestClients.CREDENTIALS)
                .forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public String bucket() {
        return bucket;
    }

    /** The key Contact Lens writes a contact's analysis under, at {@code at} (whole seconds, as Contact Lens does). */
    public static String key(String contactId, Instant at, boolean redacted) {
        Instant second = at.truncatedTo(ChronoUnit.SECONDS);
        return "Analysis/Voice/" + (redacted ? "Redacted/" : "") + DAY.format(second) + "/" + contactId + "_analysis_"
                + (redacted ? "redacted_" : "") + second + ".json";
    }

    /** Puts {@code file} under {@code key}; the bytes may be anything (a broken file on purpose). */
    public void put(String key, byte[] file) {
        try (S3Client s3 = s3(endpoint)) {
            s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromBytes(file));
        }
    }

    /** The EventBridge event S3 sends for an object created under {@code key}, with a new event id. */
    public String objectCreatedEvent(String key) {
        return objectCreatedEvent(key, UUID.randomUUID().toString());
    }

    /** The same, with a given event id (a redelivery keeps its id). */
    public String objectCreatedEvent(String key, String eventId) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("key", encode(key));
        object.put("size", 9874);
        object.put("etag", "0f343b0931126a20f133d67c2b018a3b");
        object.put("sequencer", "00674344A7A3E5B1C4");
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("version", "0");
        detail.put("bucket", Map.of("name", bucket));
        detail.put("object", object);
        detail.put("request-id", "7N2K8QZ4T1XW9B3M");
        detail.put("requester", "connect.amazonaws.com");
        detail.put("source-ip-address", "connect.amazonaws.com");
        detail.put("reason", "PutObject");
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "0");
        event.put("id", eventId);
        event.put("detail-type", "Object Created");
        event.put("source", "aws.s3");
        event.put("account", "123456789012");
        event.put("time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", AwsTestClients.REGION.id());
        event.put("resources", List.of("arn:aws:s3:::" + bucket));
        event.put("detail", detail);
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As S3 encodes keys in events: each segment form-encoded ({@code :} → {@code %3A}, space → {@code +}). */
    static String encode(String key) {
        return Arrays.stream(key.split("/", -1))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8))
                .collect(Collectors.joining("/"));
    }
}
