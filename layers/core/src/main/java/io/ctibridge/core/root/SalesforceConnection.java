package io.ctibridge.core.root;

import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.salesforce.ApiUsage;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.salesforce.auth.Authenticators;
import io.ctibridge.core.salesforce.auth.SalesforceCredentials;
import io.ctibridge.core.salesforce.session.SessionProvider;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * The execution environment's Salesforce API: the HTTP client is built at once (no I/O, and a SnapStart snapshot
 * then holds it ready), the credentials are read and the session opened on first use. Knows what a SnapStart
 * restore must not share with other restored environments: the session and the pooled connections.
 */
final class SalesforceConnection implements Supplier<SalesforceApi> {

    private record Connected(SalesforceApi api, SessionProvider sessions) {}

    private final OkHttpClient http;
    private final Memoized<Connected> connected;

    /** @param credentials read on first use (Secrets Manager in Lambda); a failure is retried on the next use */
    /** @param usage where every answer's report of the org's API usage goes */
    SalesforceConnection(
            OkHttpClient http, Supplier<SalesforceCredentials> credentials, ApiUsage usage, Clock clock, JsonLog log) {
        this.http = Objects.requireNonNull(http, "http");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(usage, "usage");
        this.connected = new Memoized<>(() -> {
            SalesforceCredentials loaded = credentials.get();
            SessionProvider sessions = new SessionProvider(Authenticators.forCredentials(loaded, http, clock), log);
            return new Connected(new SalesforceApi(http, sessions, loaded.apiVersion(), usage, clock), sessions);
        });
    }

    /** The API, connecting on first use. */
    @Override
    public SalesforceApi get() {
        return connected.get().api();
    }

    /** The client every Salesforce call goes through (priming derives an in-memory one from it). */
    OkHttpClient http() {
        return http;
    }

    /**
     * After a SnapStart restore: the next call fetches its own token, and opens new connections instead of
     * reusing sockets the snapshot holds (dead, or shared with every environment restored from it).
     */
    void forgetSessionAndConnections() {
        connected.ifPresent(connection -> connection.sessions().forget());
        http.connectionPool().evictAll();
    }
}
