package io.ctibridge.core.priming;

import io.ctibridge.core.aws.LambdaEventCodec;
import io.ctibridge.core.root.CompositionRoot;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart's runtime hooks for a function's execution environment. Before the snapshot: build the AWS clients,
 * run a synthetic lookup and screen pop through the real code with in-memory remotes ({@link PrimingWorkload}) and
 * read a synthetic event of the handler's own type, so the snapshot holds the classes loaded and the hot paths
 * compiled, and no caller pays for them. After a restore:
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

    /** How many times priming runs each path: enough for its hot methods to be compiled before the snapshot. */
    public static final int ROUNDS = PrimingWorkload.DEFAULT_ROUNDS;

    /**
     * CRaC holds registered resources only weakly; these stay reachable for the life of the execution environment,
     * whose one handler registers once.
     */
    private static final List<SnapStartPriming> REGISTERED = new CopyOnWriteArrayList<>();

    private final CompositionRoot root;
    private final PrimingWorkload workload;
    private final Runnable handlerPriming;

    SnapStartPriming(CompositionRoot root, Runnable handlerPriming) {
        this(root, new PrimingWorkload(ROUNDS, Clock.systemUTC()), handlerPriming);
    }

    SnapStartPriming(CompositionRoot root, PrimingWorkload workload, Runnable handlerPriming) {
        this.root = Objects.requireNonNull(root, "root");
        this.workload = Objects.requireNonNull(workload, "workload");
        this.handlerPriming = Objects.requireNonNull(handlerPriming, "handlerPriming");
    }

    /**
     * Registers the hooks for {@code root} with the JVM's CRaC context; a handler's Lambda constructor calls
     * it once, in one line: {@code this(SnapStartPriming.register(CompositionRoot.lambda(), …) …)}.
     *
     * @param handlerPriming what only the handler knows how to warm, run after the shared workload: reading its
     *                       event type and writing its answer ({@link LambdaEventCodec#prime}), for the
     *                       call-log functions their whole path on that event ({@link CallLogPriming}), for the
     *                       contact-analysis function its own ({@link ContactAnalysisPriming}), and for the caller
     *                       lookup a flow operation ({@link FlowOperationPriming})
     * @return {@code root}, for that one line
     */
    public static CompositionRoot register(CompositionRoot root, Runnable handlerPriming) {
        SnapStartPriming priming = new SnapStartPriming(root, handlerPriming);
        REGISTERED.add(priming);
        Core.getGlobalContext().register(priming);
        return root;
    }

    /**
     * For a harness on a JVM without CRaC, where the hooks never run by themselves: runs every registered
     * {@code beforeCheckpoint}, then every {@code afterRestore}, as SnapStart does around a snapshot and a restore.
     */
    public static void runHooksAsSnapStartWould() {
        REGISTERED.forEach(priming -> priming.beforeCheckpoint(null));
        REGISTERED.forEach(priming -> priming.afterRestore(null));
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        root.buildClients();
        workload.run(root.world().salesforce().http());
        handlerPriming.run();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        root.forgetSessionsAndConnections();
    }
}
