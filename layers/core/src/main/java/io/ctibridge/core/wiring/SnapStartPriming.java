package io.ctibridge.core.wiring;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * SnapStart's runtime hooks for a function's execution environment. Before the snapshot: build the AWS clients and
 * run a synthetic lookup and screen pop through the real code with in-memory remotes ({@link PrimingWorkload}), so
 * the snapshot holds the classes loaded and the hot paths compiled, and no caller pays for them. After a restore:
 * forget what must not be shared by every environment restored from one snapshot (the Salesforce session and
 * pooled connections).
 *
 * <p>Priming never calls Salesforce, DynamoDB or Secrets Manager: a snapshot is taken once per published version,
 * and what it would fetch (a token, a profile) would be stale or shared by the time a restored environment used it.
 * Nothing random is cached to reseed: pop-token keys come from Secrets Manager and no {@code SecureRandom} is kept.
 *
 * <p>Outside SnapStart (tests, the local stack, a JVM without CRaC) registering is harmless: the hooks never run.
 */
public final class SnapStartPriming implements Resource {

    /**
     * CRaC holds registered resources only weakly; these stay reachable for the life of the execution environment,
     * whose one handler registers once.
     */
    private static final List<SnapStartPriming> REGISTERED = new CopyOnWriteArrayList<>();

    private final FunctionEnvironment environment;
    private final PrimingWorkload workload;

    /**
     * Hooks for {@code environment}, not registered: for a harness that runs them itself, as SnapStart would
     * around a snapshot. Handlers call {@link #register} instead.
     */
    public SnapStartPriming(FunctionEnvironment environment) {
        this(environment, new PrimingWorkload(PrimingWorkload.DEFAULT_ROUNDS, Clock.systemUTC()));
    }

    SnapStartPriming(FunctionEnvironment environment, PrimingWorkload workload) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.workload = Objects.requireNonNull(workload, "workload");
    }

    /**
     * Registers the hooks for {@code environment} with the JVM's CRaC context; a handler's Lambda constructor calls
     * it once, in one line: {@code this(SnapStartPriming.register(FunctionEnvironment.fromSystem()) …)}.
     *
     * @return {@code environment}, for that one line
     */
    public static FunctionEnvironment register(FunctionEnvironment environment) {
        SnapStartPriming priming = new SnapStartPriming(environment);
        REGISTERED.add(priming);
        Core.getGlobalContext().register(priming);
        return environment;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        environment.buildClients();
        workload.run(environment.salesforceHttp());
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        environment.forgetSessionsAndConnections();
    }
}
