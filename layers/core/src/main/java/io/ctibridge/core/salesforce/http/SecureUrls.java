package io.ctibridge.core.salesforce.http;

import io.ctibridge.core.salesforce.SalesforceConfigException;
import java.net.URI;

/**
 * Tokens and client secrets travel only over HTTPS; plain HTTP is allowed to loopback, where the
 * local Salesforce emulator listens.
 */
public final class SecureUrls {

    private SecureUrls() {}

    /** Returns {@code url} (an absolute http(s) URL without path) or throws, naming {@code what}. */
    public static URI requireSecureOrigin(String what, String url) {
        if (url == null || url.isBlank()) {
            throw new SalesforceConfigException(what + " is missing");
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new SalesforceConfigException(what + " is not a valid URL");
        }
        String scheme = uri.getScheme();
        if (uri.getHost() == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new SalesforceConfigException(what + " must be an absolute https URL, got " + uri);
        }
        if ("http".equalsIgnoreCase(scheme) && !isLoopback(uri.getHost())) {
            throw new SalesforceConfigException(what + " must use https (plain http only to loopback), got " + uri);
        }
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            throw new SalesforceConfigException(
                    what + " must be a bare origin such as https://login.salesforce.com, got " + uri);
        }
        return URI.create(scheme.toLowerCase() + "://" + uri.getRawAuthority());
    }

    private static boolean isLoopback(String host) {
        return host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }
}
