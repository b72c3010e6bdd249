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

/**
 * A local stack with the functions serving its routes, all in this process (moto aside): what {@code local} runs
 * until Ctrl-C, and what {@code simulate-call --embedded} and {@code smoke --embedded} run for one call.
 */
final class EmbeddedStack implements AutoCloseable {

    private final LocalStack stack;
    private final LocalApiServer api;

    private EmbeddedStack(LocalStack stack, LocalApiServer api) {
        this.stack = stack;
        this.api = api;
    }

    /**
     * Starts moto and the emulator, then serves the routes on {@code port} (0: any free port).
     *
     * @param allowedOrigins browser origins the pop API answers CORS for; behind API Gateway that is its job
     */
    static EmbeddedStack start(int port, EmulatorConfig salesforce, List<String> allowedOrigins) throws IOException {
        LocalStack stack = LocalStack.startStandalone(salesforce);
        try {
            Map<String, String> env = new HashMap<>(stack.functionEnvironment());
            env.put(CorsPolicy.ALLOWED_ORIGINS_ENV, String.join(",", allowedOrigins));
            LocalFunctions functions = LocalFunctions.wire(new CompositionRoot(env, Clock.systemUTC()));
            return new EmbeddedStack(stack, LocalApiServer.start(port, functions));
        } catch (IOException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    URI apiUrl() {
        return api.baseUrl();
    }

    LocalStack stack() {
        return stack;
    }

    @Override
    public void close() {
        api.close();
        stack.close();
    }
}
