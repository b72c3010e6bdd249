package io.ctibridge.core.salesforce.http;

import io.ctibridge.core.salesforce.SalesforceConfigException;
import java.net.URI;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where tokens, client secrets and pop tokens may travel: over {@code https} to any host, or over plain {@code http}
 * only to this machine's loopback, where the local Salesforce emulator, the local API and a developer's adapter
 * listen. The one rule for the functions (Salesforce login and instance URLs) and the operator CLI (the URLs in a call
 * center definition).
 *
 * <p>Loopback is decided from the URL's text alone, never by a DNS lookup, and only for these spellings of the host:
 *
 * <ul>
 *   <li>{@code localhost}, in any letter case;
 *   <li>an IPv4 address in 127.0.0.0/8 written as four canonical decimal octets ({@code 127.0.0.1},
 *       {@code 127.1.2.3});
 *   <li>the IPv6 loopback written {@code [::1]}.
 * </ul>
 *
 * Everything else is not loopback, however it resolves: a host name that merely starts with one of those
 * ({@code 127.example.com}, {@code localhost.evil.example}, {@code 127.0.0.1.evil.example}); a loopback-looking
 * user-info ({@code http://127.0.0.1@evil.example} goes to {@code evil.example}); the other spellings of the same
 * addresses that some parsers accept ({@code 0x7f.0.0.1}, {@code 2130706433}, {@code 0127.0.0.1},
 * {@code [0:0:0:0:0:0:0:1]}, {@code [::ffff:127.0.0.1]}); and the trailing-dot forms ({@code localhost.},
 * {@code 127.0.0.1.}). One spelling per address leaves no room for two parsers to disagree about where a URL goes.
 */
public final class SecureUrls {

    private static final String PLAIN_HTTP_RULE =
            "must use https (plain http is allowed only to loopback: localhost, 127.0.0.0/8 or [::1])";

    private SecureUrls() {}

    /**
     * Returns {@code url} as an origin ({@code scheme://authority}, scheme in lower case) or throws, naming
     * {@code what}. The URL must be absolute {@code https}, or {@code http} to loopback (see the class comment), with no
     * path beyond {@code /}.
     *
     * @throws SalesforceConfigException whose message starts with {@code what}
     */
    public static URI requireSecureOrigin(String what, String url) {
        URI uri = requireHttpsOrLoopbackHttp(url, problem -> new SalesforceConfigException(what + " " + problem));
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            throw new SalesforceConfigException(
                    what + " must be a bare origin such as https://login.salesforce.com, got " + uri);
        }
        return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority());
    }

    /**
     * Returns {@code url} (stripped of surrounding white space, otherwise as written) as a full URL for a browser or
     * client to load: absolute {@code https}, or {@code http} to loopback (see the class comment), with any path and
     * query, but no user-info (a user name or password in a URL is readable by anyone who can read the URL) and no
     * {@code #fragment}.
     *
     * @param refusal makes the exception to throw from a problem such as {@code "must not have a #fragment"}; the
     *     problem does not name the URL's subject, so the caller adds it (say, the setting or option it came from)
     * @throws X when {@code url} is missing, not a URL, or breaks the rule above
     */
    public static <X extends RuntimeException> URI requireSecureUrl(String url, Function<String, X> refusal) {
        URI uri = requireHttpsOrLoopbackHttp(url, refusal);
        if (uri.getRawUserInfo() != null) {
            throw refusal.apply("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw refusal.apply("must not have a #fragment");
        }
        return uri;
    }

    private static <X extends RuntimeException> URI requireHttpsOrLoopbackHttp(
            String url, Function<String, X> refusal) {
        if (url == null || url.isBlank()) {
            throw refusal.apply("is required");
        }
        String text = url.strip();
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            // Not echoed: text that is no URL may be something pasted into the wrong field, such as a key.
            throw refusal.apply("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw refusal.apply("must be an absolute https URL, got " + text);
        }
        if (scheme.equals("http") && !isLoopbackHost(uri.getHost())) {
            throw refusal.apply(PLAIN_HTTP_RULE + ", got " + text);
        }
        return uri;
    }

    /**
     * Whether {@code host}, as {@link URI#getHost()} gives it (an IPv6 literal in brackets), is loopback by the rule in
     * the class comment. Text only: nothing is resolved.
     */
    private static boolean isLoopbackHost(String host) {
        // Deliberately not "localhost." (the fully qualified spelling): RFC 6761 asks resolvers to answer localhost
        // names themselves, but the trailing-dot form is the one a resolver is most likely to pass on to DNS instead
        // of /etc/hosts, so it is not sure to stay on this machine. "127.0.0.1." is a host name of numeric labels,
        // not an address literal (java.net.URI does not even find a host in it). Both are refused over http.
        // Nor "[::ffff:127.0.0.1]": an IPv4-mapped IPv6 address reaches 127.0.0.1 only on a dual-stack socket, and
        // it is a well-known spelling for slipping past address filters; [::1] and 127.x.y.z cover every local use.
        return isAsciiIgnoringCase(host, "localhost") || host.equals("[::1]") || isIpv4Loopback(host);
    }

    /**
     * Whether {@code text} is {@code lowerCaseAscii} up to ASCII letter case. Only A–Z fold, so that no other
     * character passes for a letter of it (String.equalsIgnoreCase would take U+017F, the long s, for an {@code s}).
     */
    private static boolean isAsciiIgnoringCase(String text, String lowerCaseAscii) {
        if (text.length() != lowerCaseAscii.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != lowerCaseAscii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * 127.0.0.0/8 as four canonical decimal octets: ASCII digits only, 0–255, no leading zeros (which some parsers
     * read as octal: {@code 0177.0.0.1} is 127.0.0.1 to them, and {@code 0127.0.0.1} is 87.0.0.1), first octet 127.
     */
    private static boolean isIpv4Loopback(String host) {
        String[] octets = host.split("\\.", -1);
        if (octets.length != 4 || !octets[0].equals("127")) {
            return false;
        }
        for (String octet : octets) {
            if (!isCanonicalOctet(octet)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCanonicalOctet(String octet) {
        if (octet.isEmpty() || octet.length() > 3 || (octet.length() > 1 && octet.charAt(0) == '0')) {
            return false;
        }
        int value = 0;
        for (int i = 0; i < octet.length(); i++) {
            char c = octet.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 255;
    }
}
