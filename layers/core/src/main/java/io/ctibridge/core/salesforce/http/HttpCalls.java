package io.ctibridge.core.salesforce.http;

import io.ctibridge.core.salesforce.SalesforceConnectionException;
import io.ctibridge.core.salesforce.SalesforceTimeoutException;
import io.ctibridge.core.time.Deadline;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Executes one request within a deadline and turns network failures into the client's exceptions. */
public final class HttpCalls {

    /** Salesforce's API usage header, kept for the org's daily budget. */
    public static final String LIMIT_INFO = "Sforce-Limit-Info";

    private HttpCalls() {}

    /**
     * Sends {@code request} and reads the whole response. The call's timeout is the shorter of the
     * client's call timeout and what is left of {@code deadline}; it spans connecting, sending, waiting
     * and reading the body.
     *
     * @throws SalesforceTimeoutException when the deadline has passed or a timeout fires
     * @throws SalesforceConnectionException when the connection is refused, reset or closed early
     */
    public static HttpResult execute(OkHttpClient client, Request request, Deadline deadline) {
        String what = request.method() + " " + request.url().encodedPath();
        if (deadline.isExpired()) {
            throw new SalesforceTimeoutException("deadline passed before " + what + " was sent", null);
        }
        Call call = client.newCall(request);
        call.timeout().timeout(timeoutMillis(client, deadline), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            return new HttpResult(response.code(), response.body().string(), response.header(LIMIT_INFO, ""));
        } catch (InterruptedIOException timeout) {
            throw new SalesforceTimeoutException(what + " timed out", timeout);
        } catch (IOException failure) {
            throw new SalesforceConnectionException(
                    what + " failed: " + failure.getClass().getSimpleName(), failure);
        }
    }

    private static long timeoutMillis(OkHttpClient client, Deadline deadline) {
        long left = Math.max(1, deadline.remaining().toMillis());
        long clientLimit = client.callTimeoutMillis();
        return clientLimit == 0 ? left : Math.min(left, clientLimit);
    }
}
