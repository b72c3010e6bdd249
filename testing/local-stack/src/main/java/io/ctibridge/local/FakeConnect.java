package io.ctibridge.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Amazon Connect's REST-JSON API on loopback, for the three calls the call logger makes: DescribeContact
 * ({@code GET /contacts/{InstanceId}/{ContactId}}), DescribeUser ({@code GET /users/…}) and DescribeQueue
 * ({@code GET /queues/…}), and the doctor's ListLambdaFunctions. Errors come as Connect sends them: the status, {@code x-amzn-ErrorType} and a
 * {@code {"message"}} body. Moto does not serve these calls, so the SDK client talks to this instead.
 */
public final class FakeConnect extends Dispatcher implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Object> answers = new ConcurrentHashMap<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile String failAllWith;

    public static FakeConnect start() {
        FakeConnect connect = new FakeConnect();
        connect.server.setDispatcher(connect);
        try {
            connect.server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return connect;
    }

    public URI endpoint() {
        return server.url("/").uri();
    }

    /** A contact DescribeContact answers with; timestamps in epoch seconds, as Connect's JSON has them. */
    public void contact(String instanceId, String contactId, Map<String, Object> contact) {
        answers.put("/contacts/" + instanceId + "/" + contactId, Map.of("Contact", contact));
    }

    public void user(String instanceId, String userId, String username) {
        answers.put(
                "/users/" + instanceId + "/" + userId,
                Map.of(
                        "User",
                        Map.of(
                                "Id",
                                userId,
                                "Username",
                                username,
                                "Arn",
                                "arn:aws:connect:us-east-1:123456789012:instance/" + instanceId + "/agent/" + userId)));
    }

    public void queue(String instanceId, String queueId, String name) {
        answers.put("/queues/" + instanceId + "/" + queueId, Map.of("Queue", Map.of("QueueId", queueId, "Name", name)));
    }

    /** The functions ListLambdaFunctions answers for the instance ({@code GET /instance/{InstanceId}/lambda-functions}). */
    public void lambdaFunctions(String instanceId, List<String> functionArns) {
        answers.put(
                "/instance/" + instanceId + "/lambda-functions", Map.of("LambdaFunctions", List.copyOf(functionArns)));
    }

    /** Every call fails with this Connect error type (ThrottlingException, AccessDeniedException…) until cleared. */
    public void failAllWith(String errorType) {
        failAllWith = errorType;
    }

    /** Paths requested so far, in order. */
    public List<String> paths() {
        return List.copyOf(paths);
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public static double epochSeconds(String instant) {
        return Instant.parse(instant).toEpochMilli() / 1000.0;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        paths.add(path);
        requests.add(request);
        String failure = failAllWith;
        if (failure != null) {
            return error(
                    failure.equals("ThrottlingException") ? 429 : failure.equals("AccessDeniedException") ? 403 : 500,
                    failure);
        }
        Object answer = answers.get(path);
        return answer == null ? error(404, "ResourceNotFoundException") : json(200, answer);
    }

    private static MockResponse error(int status, String type) {
        return new MockResponse.Builder()
                .code(status)
                .setHeader("x-amzn-ErrorType", type)
                .setHeader("Content-Type", "application/json")
                .body("{\"message\":\"" + type + " from FakeConnect\"}")
                .build();
    }

    private static MockResponse json(int status, Object body) {
        try {
            return new MockResponse.Builder()
                    .code(status)
                    .setHeader("Content-Type", "application/json")
                    .body(JSON.writeValueAsString(body))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
