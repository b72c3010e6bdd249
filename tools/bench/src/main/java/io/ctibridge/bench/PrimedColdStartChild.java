package io.ctibridge.bench;

import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.wiring.FunctionEnvironment;
import io.ctibridge.core.wiring.SnapStartPriming;
import io.ctibridge.lookup.CallerLookupHandler;

/**
 * A stand-in for a SnapStart restore, which this machine cannot do (no CRaC JVM): the handler wired as its Lambda
 * constructor wires it, then both hooks run in order, {@code beforeCheckpoint} (the priming) and
 * {@code afterRestore}, as SnapStart runs them around the snapshot. Init therefore holds the priming, which in
 * Lambda runs once per published version and no caller waits for; the first call is what the first caller of a
 * restored environment would wait for, less the restore itself (memory paged in from the snapshot).
 */
public final class PrimedColdStartChild {

    private PrimedColdStartChild() {
    }

    public static void main(String[] args) {
        ColdStartChild.measure(args, () -> {
            FunctionEnvironment environment = FunctionEnvironment.fromSystem();
            CallerLookupHandler handler = new CallerLookupHandler(
                    environment.callerLookup(FunctionEnvironment.searchExecutor()),
                    JsonLog.stdout(CallerLookupHandler.class));
            SnapStartPriming priming = new SnapStartPriming(environment);
            priming.beforeCheckpoint(null);
            priming.afterRestore(null);
            return handler;
        });
    }
}
