package io.ctibridge.core.priming;

import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * What a {@link CannedAwsHttpClient} answers: the JSON body of a 200 for each request the SDK would send. Priming
 * only; each answer is one that takes the calling code down its normal success path.
 */
@FunctionalInterface
public interface CannedAwsAnswers {

    /** @throws IllegalStateException for a request priming did not expect, so that it fails loudly */
    String bodyFor(SdkHttpRequest request);

    /** The same with the request's body, for answers that depend on what was sent (an item put, then got). */
    default String bodyFor(SdkHttpRequest request, byte[] body) {
        return bodyFor(request);
    }
}
