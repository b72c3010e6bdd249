package io.ctibridge.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real moto server (DynamoDB, Secrets Manager, SQS… over their wire protocols) on a free loopback port, run as a
 * child process. Tests talk to it with the real AWS SDK clients from {@link AwsTestClients}.
 *
 * <p>Most tests share one instance per JVM ({@link #shared()}) and isolate themselves with their own table
 * names or {@link #reset()}; a test that needs to stop a server starts its own with {@link #start()}.
 * The server's output goes to {@code target/moto-PORT.log}, not the console.
 */
public final class MotoServer implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    private static final int START_ATTEMPTS = 3;

    private static MotoServer shared;

    private final Process process;
    private final URI endpoint;
    private final Path logFile;
    private final HttpClient http;

    private MotoServer(Process process, URI endpoint, Path logFile, HttpClient http) {
        this.process = process;
        this.endpoint = endpoint;
        this.logFile = logFile;
        this.http = http;
    }

    /** Starts a new server that the caller owns and must {@link #close()}; its log goes to {@code target/}. */
    public static MotoServer start() {
        return start(Path.of("target"));
    }

    /** Starts a new server that the caller owns and must {@link #close()}, logging into the given directory. */
    public static MotoServer start(Path logDirectory) {
        return start(MotoExecutable.locate(), logDirectory);
    }

    /**
     * Starts a server from the given executable, logging to {@code logDirectory/moto-PORT.log}.
     *
     * @throws IllegalStateException when it does not answer within 30 s
     */
    public static MotoServer start(Path executable, Path logDirectory) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        IllegalStateException lastFailure = null;
        // The free port is chosen before the server binds it, so another process can take it in between: retry.
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            int port = freeLoopbackPort();
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            Path logFile = logDirectory.resolve("moto-" + port + ".log");
            Process process = launch(executable, port, logFile);
            MotoServer server = new MotoServer(process, endpoint, logFile, http);
            try {
                server.awaitReady();
                return server;
            } catch (IllegalStateException e) {
                server.close();
                lastFailure = e;
            }
        }
        throw lastFailure;
    }

    /** One server per JVM, started on first use and stopped when the JVM exits. */
    public static synchronized MotoServer shared() {
        if (shared == null || !shared.isRunning()) {
            MotoServer started = start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "moto-server-stop"));
            shared = started;
        }
        return shared;
    }

    /** Base URI for SDK clients, e.g. {@code http://127.0.0.1:41234}. */
    public URI endpoint() {
        return endpoint;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Forgets every table, secret and queue; the server keeps running. */
    public void reset() {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
                .timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "moto reset answered HTTP " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("moto reset failed at " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resetting moto", e);
        }
    }

    /** Stops the server and anything it spawned. Safe to call twice. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "MotoServer[" + endpoint + ", log " + logFile + "]";
    }

    private static Process launch(Path executable, int port, Path logFile) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(
                            List.of(executable.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port)))
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            // Unbuffered so that the log is complete when a test fails and someone reads it.
            builder.environment().put("PYTHONUNBUFFERED", "1");
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + executable, e);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        HttpRequest probe = HttpRequest.newBuilder(endpoint.resolve("/moto-api/"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server exited with code " + process.exitValue()
                        + " before answering on " + endpoint + "; log " + logFile + ":\n" + logTail());
            }
            try {
                http.send(probe, HttpResponse.BodyHandlers.discarding());
                // Another process may have answered on a port we lost the race for; ours must still be alive.
                if (process.isAlive()) {
                    return;
                }
            } catch (IOException notYet) {
                // refused, reset or timed out while the server starts
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for moto", e);
            }
            sleep(Duration.ofMillis(50));
        }
        throw new IllegalStateException("moto_server did not answer on " + endpoint + " within "
                + STARTUP_TIMEOUT.toSeconds() + " s; log " + logFile + ":\n" + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for moto", e);
        }
    }
}
