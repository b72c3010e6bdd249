package io.ctibridge.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.ctibridge.emulator.auth.SessionRegistry;
import io.ctibridge.emulator.auth.TokenEndpoint;
import io.ctibridge.emulator.http.ApiRouter;
import io.ctibridge.emulator.schema.DescribeReader;
import io.ctibridge.emulator.schema.OrgSchema;
import io.ctibridge.emulator.schema.SalesforceIds;
import io.ctibridge.emulator.telephony.TelephonyEndpoint;
import io.ctibridge.emulator.telephony.TelephonyTrust;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Salesforce org on loopback: OAuth token endpoint and the REST API (query, search, parameterizedSearch,
 * sObject create/retrieve/update, Collections, Composite) over an in-memory store seeded from JSON, and the Telephony
 * Integration API's VoiceCall endpoints ({@link #trustTelephony}).
 *
 * <pre>{@code
 * try (var sf = SalesforceEmulator.start(EmulatorConfig.defaults())) {
 *     URI login = sf.baseUrl();   // token endpoint and instance URL
 *     sf.faults().failNext(1, 503, "SERVER_UNAVAILABLE", "try later");
 * }
 * }</pre>
 */
public final class SalesforceEmulator implements AutoCloseable {
    /** Classpath location of the built-in demo seed. */
    public static final String DEMO_SEED_RESOURCE = "/io/ctibridge/emulator/demo-seed.json";

    private static final String STANDARD_OBJECTS_RESOURCE = "/io/ctibridge/emulator/standard-objects.json";

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUrl;
    private final RequestLog requests;
    private final Faults faults;
    private final RecordStore records;
    private final TelephonyEndpoint telephony;
    private final String orgId;

    private SalesforceEmulator(
            HttpServer server,
            ExecutorService executor,
            URI baseUrl,
            RequestLog requests,
            Faults faults,
            RecordStore records,
            TelephonyEndpoint telephony,
            String orgId) {
        this.server = server;
        this.executor = executor;
        this.baseUrl = baseUrl;
        this.requests = requests;
        this.faults = faults;
        this.records = records;
        this.telephony = telephony;
        this.orgId = orgId;
    }

    /**
     * Loads the seed and starts serving on 127.0.0.1.
     *
     * @throws IllegalArgumentException when the seed is invalid
     * @throws UncheckedIOException     when the seed cannot be read or the port cannot be bound
     */
    public static SalesforceEmulator start(EmulatorConfig config) {
        Objects.requireNonNull(config);
        ObjectMapper json = new ObjectMapper();
        Clock clock = Clock.systemUTC();
        JsonNode seed = config.seedFile()
                .map(file -> readFile(json, file))
                .orElseGet(() -> readResource(json, DEMO_SEED_RESOURCE));
        OrgSchema schema = new DescribeReader()
                .add(readResource(json, STANDARD_OBJECTS_RESOURCE))
                .add(seed.path("describe"))
                .build();
        RecordStore store = new RecordStore(schema, clock);
        new SeedLoader(json, store).load(seed.path("records"));

        SessionRegistry sessions = new SessionRegistry(
                clock,
                config.sessionLifetime(),
                SalesforceIds.generate("00D", 1).substring(0, 15));
        Faults faults = new Faults(sessions::expireAll, config.apiDailyLimit());
        RequestLog log = new RequestLog();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + config.port(), e);
        }
        URI baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        TokenEndpoint tokens = new TokenEndpoint(config, sessions, json, clock, integrationUserId(store, config));
        ApiRouter router = new ApiRouter(store, clock, json, faults::recordFailure, faults::fieldAccess);
        TelephonyEndpoint telephony = new TelephonyEndpoint(store, json, clock);
        server.createContext(
                "/", new RequestDispatcher(log, faults, sessions, tokens, router, json, clock, baseUrl, telephony));
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.start();
        return new SalesforceEmulator(server, executor, baseUrl, log, faults, store, telephony, sessions.orgId());
    }

    /** The seeded User with the configured username, else a stable made-up id for the identity URL. */
    private static String integrationUserId(RecordStore store, EmulatorConfig config) {
        return store.all("User").stream()
                .filter(u -> config.username().equalsIgnoreCase(String.valueOf(u.get("Username"))))
                .map(u -> (String) u.get("Id"))
                .findFirst()
                .orElse(SalesforceIds.generate("005", 1));
    }

    /** {@code http://127.0.0.1:PORT}: both the login host (token endpoint) and the instance URL. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The org's Id: the {@code iss} a Telephony Integration API JWT must carry. */
    public String orgId() {
        return orgId;
    }

    /** {@code baseUrl()/telephony/v1}: the Telephony Integration API's base URL (the real one is on salesforce-scrt.com). */
    public URI telephonyBaseUrl() {
        return URI.create(baseUrl + TelephonyEndpoint.PREFIX);
    }

    /**
     * Uploads the contact center's reqTelephonyIntegrationCertificate: Telephony Integration API calls must carry a
     * JWT signed by the matching private key, {@code iss} this org's Id and {@code sub} {@code contactCenterApiName}.
     * Until then every such call answers 401.
     */
    public void trustTelephony(PublicKey certificateKey, String contactCenterApiName) {
        telephony.trust(new TelephonyTrust(certificateKey, orgId, contactCenterApiName));
    }

    public RequestLog requests() {
        return requests;
    }

    public Faults faults() {
        return faults;
    }

    public RecordStore records() {
        return records;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static JsonNode readFile(ObjectMapper json, Path file) {
        try {
            return json.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed " + file, e);
        }
    }

    private static JsonNode readResource(ObjectMapper json, String resource) {
        try (InputStream in = SalesforceEmulator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
