package io.ctibridge.cli.doctor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pop API as the softphone adapter's browser meets it: every page origin of the org is in the stack's
 * AllowedOrigins, and a CORS preflight from each is answered with that origin echoed.
 */
public final class PopApiChecks implements CheckGroup {

    /** A contact id that cannot exist: a preflight never reaches the function's lookup. */
    static final String PREFLIGHT_PATH = "/v1/pops/doctor-preflight";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Optional<String> allowedOrigins;
    private final Optional<List<String>> orgOrigins;
    private final Optional<URI> popApiUrl;
    private final String noOriginsReason;

    /**
     * @param allowedOrigins  the stack's ALLOWED_ORIGINS, comma-separated, when known
     * @param orgOrigins      the origins of the org's pages, when its My Domain is known
     * @param popApiUrl       the stack's PopApiUrl, when given
     * @param noOriginsReason why {@code orgOrigins} is empty, for the skip line
     */
    PopApiChecks(
            Optional<String> allowedOrigins,
            Optional<List<String>> orgOrigins,
            Optional<URI> popApiUrl,
            String noOriginsReason) {
        this.allowedOrigins = allowedOrigins;
        this.orgOrigins = orgOrigins;
        this.popApiUrl = popApiUrl;
        this.noOriginsReason = noOriginsReason;
    }

    @Override
    public List<CheckResult> run() {
        List<CheckResult> results = new ArrayList<>();
        if (orgOrigins.isEmpty()) {
            results.add(CheckResult.skip("Pop API origins", noOriginsReason));
            return results;
        }
        if (allowedOrigins.isEmpty()) {
            results.add(CheckResult.skip(
                    "AllowedOrigins covers the org",
                    "no AllowedOrigins: pass --allowed-origins or set ALLOWED_ORIGINS"));
        } else {
            Set<String> allowed = Arrays.stream(allowedOrigins.get().split(","))
                    .map(o -> o.strip().toLowerCase(Locale.ROOT))
                    .filter(o -> !o.isEmpty())
                    .collect(Collectors.toSet());
            orgOrigins.get().forEach(origin -> results.add(covered(allowed, origin)));
        }
        if (popApiUrl.isEmpty()) {
            results.add(
                    CheckResult.skip("Pop API preflight", "no pop API URL: pass --pop-api-url (the PopApiUrl output)"));
            return results;
        }
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
            orgOrigins.get().forEach(origin -> results.add(preflight(http, origin)));
        }
        return results;
    }

    private static CheckResult covered(Set<String> allowed, String origin) {
        String name = "AllowedOrigins includes " + origin;
        return allowed.contains(origin)
                ? CheckResult.pass(name, "")
                : CheckResult.fail(
                        name,
                        "missing, so the adapter's pop requests from this page are refused by the browser",
                        "Add " + origin + " to the stack's AllowedOrigins parameter and redeploy.");
    }

    private CheckResult preflight(HttpClient http, String origin) {
        String name = "Pop API preflight from " + origin;
        URI url = URI.create(popApiUrl.get().toString().replaceAll("/+$", "") + PREFLIGHT_PATH);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            Optional<String> echoed = response.headers().firstValue("Access-Control-Allow-Origin");
            if (echoed.filter(origin::equalsIgnoreCase).isPresent()) {
                return CheckResult.pass(name, "allowed");
            }
            return CheckResult.fail(
                    name,
                    "HTTP " + response.statusCode() + " without Access-Control-Allow-Origin for this origin",
                    "Add " + origin + " to the stack's AllowedOrigins parameter and redeploy (API Gateway answers"
                            + " the preflight from it).");
        } catch (IOException e) {
            return CheckResult.fail(
                    name,
                    "no answer from " + url + ": " + e.getMessage(),
                    "Pass the stack's PopApiUrl output as --pop-api-url.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.fail(name, "interrupted", "Run the doctor again.");
        }
    }
}
