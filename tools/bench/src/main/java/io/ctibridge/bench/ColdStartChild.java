package io.ctibridge.bench;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import io.ctibridge.lookup.CallerLookupHandler;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The child JVM of a cold-start run, in the order of a Lambda cold start: build the handler with its no-arg
 * constructor (everything from the environment variables the parent set), read the event with the runtime's
 * serializer, answer once; then print one {@link ChildReport} line and exit.
 *
 * <p>Nothing before the handler is touched so that the class count is the function's own; the management beans are
 * asked only after the answer.
 */
public final class ColdStartChild {

    private ColdStartChild() {
    }

    public static void main(String[] args) {
        measure(args, CallerLookupHandler::new);
    }

    /**
     * The cold start itself, shared by every variant's child: {@code init} is what Lambda's init phase runs (the
     * handler's construction, and whatever a variant adds there), the event is read with the runtime's serializer
     * unless {@code readEvent} says otherwise.
     */
    static void measure(String[] args, Supplier<CallerLookupHandler> init) {
        measure(args, init, ContactFlowEvents::read);
    }

    static void measure(String[] args, Supplier<CallerLookupHandler> init, Function<Path, ConnectEvent> readEvent) {
        if (args.length != 1) {
            System.err.println("usage: <cold-start child> <event.json>");
            System.exit(2);
        }
        long started = System.nanoTime();
        CallerLookupHandler handler = init.get();
        long built = System.nanoTime();
        ConnectEvent event = readEvent.apply(Path.of(args[0]));
        long read = System.nanoTime();
        Map<String, String> answer = handler.handleRequest(event, null);
        long answered = System.nanoTime();
        long answeredAtMillis = System.currentTimeMillis();

        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        long loadedClasses = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        ChildReport report = new ChildReport(answeredAtMillis - jvmStartMillis, built - started, read - built,
                answered - read, loadedClasses, answer.getOrDefault("lookupStatus", ""));
        System.out.println(report.toLine());
        System.out.flush();
        // The SDK's and the search executor's threads must not keep the JVM alive.
        System.exit(0);
    }
}
