package io.ctibridge.core.salesforce.http;

import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * Timeouts of the HTTP client every Salesforce call goes through. {@code callTimeout} bounds a whole
 * exchange (connect, send, wait, read); a caller's {@link io.ctibridge.core.time.Deadline} can
 * only shorten it.
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, Duration writeTimeout, Duration callTimeout) {

    public HttpSettings {
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("readTimeout", readTimeout);
        requirePositive("writeTimeout", writeTimeout);
        requirePositive("callTimeout", callTimeout);
    }

    /** Short enough that a stuck call fails well inside a Lambda's timeout; tune per function. */
    public static HttpSettings defaults() {
        return new HttpSettings(
                Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(20));
    }

    public HttpSettings withCallTimeout(Duration timeout) {
        return new HttpSettings(connectTimeout, readTimeout, writeTimeout, timeout);
    }

    public HttpSettings withReadTimeout(Duration timeout) {
        return new HttpSettings(connectTimeout, timeout, writeTimeout, callTimeout);
    }

    /** A new client with these timeouts. Build it once per execution environment and share it. */
    public OkHttpClient newClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(writeTimeout)
                .callTimeout(callTimeout)
                .build();
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + value);
        }
    }
}
