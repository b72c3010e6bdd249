/**
 * SnapStart priming: before the snapshot, run the functions' real code against an outside world answered from memory,
 * so that the snapshot holds classes loaded and hot paths compiled; after a restore, drop what restored environments
 * must not share (the Salesforce session and pooled connections). A handler's Lambda constructor calls
 * {@link SnapStartPriming#register} once; the call-log functions also prime their own path with {@link CallLogPriming},
 * the contact-analysis function with {@link ContactAnalysisPriming}, the caller lookup its flow operations with
 * {@link FlowOperationPriming}, and {@link CannedWorld} (Salesforce answered by {@link CannedSalesforce}, AWS by {@link CannedAwsHttpClient}) is the
 * in-memory world, which the benchmarks reuse for their in-process runs. Layer: composition root, beside {@code root}:
 * services are built through {@link io.ctibridge.core.root.CompositionRoot} as Lambda builds them, so priming warms the
 * code that serves calls. Nothing here may reach the network or read the function's secrets, because a snapshot is
 * taken once per published version and anything fetched then would be stale or shared; jobs and shared packages must
 * not depend on this package.
 */
package io.ctibridge.core.priming;
