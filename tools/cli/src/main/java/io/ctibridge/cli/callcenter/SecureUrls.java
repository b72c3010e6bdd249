package io.ctibridge.cli.callcenter;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URLs a browser inside Salesforce will load: absolute {@code https}, or plain {@code http} to loopback for a
 * developer's machine. No user-info, since anything in the definition file is visible to every admin.
 */
final class SecureUrls {

    // 127.0.0.0/8 as an address literal; "127.example.com" is a host name like any other.
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(?:\\.\\d{1,3}){3}");

    private SecureUrls() {}

    /** @throws InvalidSettingException for {@code item} */
    static URI require(String item, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidSettingException(item, "is required");
        }
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(item, "is not a valid URL: " + value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidSettingException(item, "must be an absolute https URL, not " + value);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new InvalidSettingException(
                    item,
                    "must use https (Lightning loads only https; http is allowed" + " only to localhost), not "
                            + value);
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidSettingException(item, "must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidSettingException(item, "must not have a #fragment");
        }
        return uri;
    }

    private static boolean isLoopback(String host) {
        return host.equalsIgnoreCase("localhost") || IPV4_LOOPBACK.matcher(host).matches() || host.equals("[::1]");
    }
}
