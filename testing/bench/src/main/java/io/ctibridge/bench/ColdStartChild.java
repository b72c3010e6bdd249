package io.ctibridge.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.ctibridge.core.priming.SnapStartPriming;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM of a cold-start run: {@code <function> <wiring> <event.json>}. In the order of a Lambda cold start
 * it builds the function's handler (everything from the environment variables the parent set), invokes it once
 * with the event's bytes, then prints one {@link ChildReport} line and exits. The parent checks the answer.
 *
 * <p>Nothing before the handler is touched beyond what choosing it needs, so that the class count is the
 * function's own; the management beans are asked only after the answer.
 */
public final class ColdStartChild {

    private ColdStartChild() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ColdStartChild <function> <wiring> <event.json>");
            System.exit(2);
        }
        HandlerUnderTest<?, ?, ?> function = HandlerUnderTest.of(BenchFunction.named(args[0]));
        ChildWiring wiring = ChildWiring.valueOf(args[1]);
        // The runtime holds the event's bytes when it invokes: reading the file is not the function's work.
        byte[] event = Files.readAllBytes(Path.of(args[2]));
        ChildReport report = coldStart(function, wiring, event);
        System.out.println(report.toLine());
        System.out.flush();
        // The SDK's and the executors' threads must not keep the JVM alive.
        System.exit(0);
    }

    private static <H extends RequestStreamHandler, I, O> ChildReport coldStart(
            HandlerUnderTest<H, I, O> function, ChildWiring wiring, byte[] event) {
        long started = System.nanoTime();
        H handler = wiring.naive()
                ? function.naive().apply(NaiveWorld.rootFromSystem())
                : function.asDeployed().get();
        if (wiring.primed()) {
            // No CRaC here: run the hooks the constructor registered, as a snapshot and a restore would.
            SnapStartPriming.runHooksAsSnapStartWould();
        }
        long built = System.nanoTime();
        Invocation invocation = wiring.streams()
                ? Invocation.throughStream(handler, event)
                : Invocation.typed(function, handler, event, wiring.serde());
        long answeredAtMillis = System.currentTimeMillis();

        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        long loadedClasses = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        return new ChildReport(answeredAtMillis - jvmStartMillis, built - started, invocation, loadedClasses);
    }
}
