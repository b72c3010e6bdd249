package io.ctibridge.cli;

import io.ctibridge.core.pop.CorsPolicy;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.local.LocalStack;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A test class's local server: its own tables and emulator on the shared moto, the routes on a free port. */
final class LocalServer implements AutoCloseable {

    final LocalStack stack;
    /** The AllowedOrigins the routes answer CORS for (comma-separated); empty: none. */
    final String allowedOrigins;

    private final LocalApiServer api;

    LocalServer(String suffix) throws IOException {
        stack = LocalStack.startIsolated(suffix, EmulatorConfig.defaults());
        this.allowedOrigins = "";
        api = LocalApiServer.start(
                0, LocalFunctions.wire(new CompositionRoot(stack.functionEnvironment(), Clock.systemUTC())));
    }

    /** As the stack is deployed with AllowedOrigins {@code allowedOrigins} (comma-separated). */
    LocalServer(String suffix, String allowedOrigins) throws IOException {
        stack = LocalStack.startIsolated(suffix, EmulatorConfig.defaults());
        this.allowedOrigins = allowedOrigins;
        Map<String, String> env = new HashMap<>(stack.functionEnvironment());
        env.put(CorsPolicy.ALLOWED_ORIGINS_ENV, allowedOrigins);
        api = LocalApiServer.start(0, LocalFunctions.wire(new CompositionRoot(env, Clock.systemUTC())));
    }

    URI url(String path) {
        return URI.create(api.baseUrl() + path);
    }

    String baseUrl() {
        return api.baseUrl().toString();
    }

    /** The Tasks the emulator holds for a ContactId. */
    List<Map<String, Object>> tasks(String contactId) {
        return stack.salesforce().records().all("Task").stream()
                .filter(task -> contactId.equals(task.get("CallObject")))
                .toList();
    }

    @Override
    public void close() {
        api.close();
        stack.close();
    }
}
