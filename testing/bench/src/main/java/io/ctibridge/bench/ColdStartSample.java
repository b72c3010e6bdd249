package io.ctibridge.bench;

/**
 * One cold-start run: what the child reported, what the parent measured around it, the Salesforce requests the
 * emulator saw from it, and the check of its answer.
 *
 * @param spawnToAnswerNanos from just before the parent started the process to reading its report line: includes
 *                           the process launch and the JVM's own boot, which the child's clock cannot see
 */
public record ColdStartSample(
        ChildReport child,
        long spawnToAnswerNanos,
        int apiRequests,
        int tokenRequests,
        FunctionUnderTest.Verdict verdict) {}
