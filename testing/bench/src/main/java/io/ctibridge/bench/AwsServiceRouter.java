package io.ctibridge.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One local endpoint for every AWS service of a function, in front of two stand-ins: requests signed for Amazon
 * Connect go to {@code connect} ({@link io.ctibridge.local.FakeConnect}), every other service to moto. The functions
 * take a single local endpoint ({@code CTIBRIDGE_AWS_ENDPOINT}) for all their clients, and moto does not serve
 * Connect's DescribeContact; this lets the contact-event handler run as deployed against both. The service is
 * read where moto reads it: the credential scope of the SigV4 {@code Authorization} header.
 */
final class AwsServiceRouter implements AutoCloseable {

    private static final Pattern SIGNING_SERVICE = Pattern.compile("Credential=[^/]*/[^/]*/[^/]*/([^/]+)/aws4_request");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Set by the HTTP client itself; it refuses them from the caller. */
    private static final Set<String> NOT_FORWARDED =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding");

    private final HttpServer server;
    private final ExecutorService exchanges = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private final URI moto;
    private final URI connect;

    private AwsServiceRouter(URI moto, URI connect) throws IOException {
        this.moto = Objects.requireNonNull(moto, "moto");
        this.connect = Objects.requireNonNull(connect, "connect");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(exchanges);
        server.createContext("/", this::forward);
    }

    static AwsServiceRouter start(URI moto, URI connect) {
        try {
            AwsServiceRouter router = new AwsServiceRouter(moto, connect);
            router.server.start();
            return router;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on loopback", e);
        }
    }

    URI endpoint() {
        return URI.create("http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort());
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpResponse<byte[]> response;
            try {
                response = client.send(toStandIn(exchange), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    /** The same request, headers and body, to the stand-in of the service it was signed for. */
    private HttpRequest toStandIn(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        URI standIn =
                "connect".equals(signingService(exchange.getRequestHeaders().getFirst("Authorization")))
                        ? connect
                        : moto;
        URI target = standIn.resolve(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(TIMEOUT)
                .method(
                        exchange.getRequestMethod(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, List<String>> header :
                exchange.getRequestHeaders().entrySet()) {
            if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                header.getValue().forEach(value -> request.header(header.getKey(), value));
            }
        }
        return request.build();
    }

    private static String signingService(String authorization) {
        if (authorization == null) {
            return "";
        }
        Matcher matcher = SIGNING_SERVICE.matcher(authorization);
        return matcher.find() ? matcher.group(1) : "";
    }

    @Override
    public void close() {
        server.stop(0);
        exchanges.close();
        client.close();
    }
}
