package io.ctibridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The router sends each request to the stand-in of the service it is signed for, unchanged, and its answer back. */
class AwsServiceRouterIT {

    private static final String SIGNED_FOR = "AWS4-HMAC-SHA256 Credential=local/20261125/us-east-1/%s/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=0123";

    private final MockWebServer moto = new MockWebServer();
    private final MockWebServer connect = new MockWebServer();
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private AwsServiceRouter router;

    @BeforeEach
    void start() throws IOException {
        moto.start();
        connect.start();
        router = AwsServiceRouter.start(moto.url("/").uri(), connect.url("/").uri());
    }

    @AfterEach
    void stop() {
        router.close();
        client.close();
        moto.close();
        connect.close();
    }

    @Test
    void connectsCalls_goToTheConnectStandIn_withPathAndQuery() throws Exception {
        connect.enqueue(
                new MockResponse.Builder().code(200).body("{\"Contact\":{}}").build());

        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(router.endpoint().resolve("/contacts/i-1/c-1?x=1"))
                        .header("Authorization", SIGNED_FOR.formatted("connect"))
                        .GET());

        assertEquals(200, answer.statusCode());
        assertEquals("{\"Contact\":{}}", answer.body());
        RecordedRequest request = connect.takeRequest();
        assertEquals("/contacts/i-1/c-1?x=1", request.getTarget());
        assertEquals(0, moto.getRequestCount());
    }

    @Test
    void everyOtherService_goesToMoto_withItsBodyAndHeaders() throws Exception {
        moto.enqueue(new MockResponse.Builder()
                .code(400)
                .setHeader("x-amzn-ErrorType", "ValidationException")
                .body("{\"message\":\"no\"}")
                .build());

        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(router.endpoint().resolve("/"))
                        .header("Authorization", SIGNED_FOR.formatted("dynamodb"))
                        .header("X-Amz-Target", "DynamoDB_20120810.PutItem")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"TableName\":\"t\"}")));

        assertEquals(400, answer.statusCode());
        assertEquals(
                "ValidationException",
                answer.headers().firstValue("x-amzn-ErrorType").orElseThrow());
        RecordedRequest request = moto.takeRequest();
        assertEquals("DynamoDB_20120810.PutItem", request.getHeaders().get("X-Amz-Target"));
        assertEquals("{\"TableName\":\"t\"}", request.getBody().utf8());
        assertEquals(0, connect.getRequestCount());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
