package io.ctibridge.cli.doctor;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The browser origins of an org's pages, derived from its My Domain: Lightning Experience, the org's own Visualforce
 * pages ({@code --c}) and the managed package's Visualforce pages that host the Amazon Connect CTI adapter
 * ({@code --amazonconnect}, or another namespace). Enhanced domains; sandboxes add {@code .sandbox}.
 */
public record SalesforceOrigins(String myDomain, boolean sandbox) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String MY_SALESFORCE = ".my.salesforce.com";
    private static final String SANDBOX_MY_SALESFORCE = ".sandbox.my.salesforce.com";

    /**
     * @param value {@code acme}, {@code acme.my.salesforce.com}, {@code https://acme.my.salesforce.com} or a
     *              sandbox's {@code acme--dev.sandbox.my.salesforce.com}
     * @throws IllegalArgumentException for anything else, such as {@code login.salesforce.com}
     */
    public static SalesforceOrigins fromMyDomain(String value) {
        String host = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (host.contains("://")) {
            host = URI.create(host).getHost();
            host = host == null ? "" : host;
        }
        host = host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
        boolean sandbox = host.endsWith(SANDBOX_MY_SALESFORCE);
        String name = sandbox
                ? host.substring(0, host.length() - SANDBOX_MY_SALESFORCE.length())
                : host.endsWith(MY_SALESFORCE) ? host.substring(0, host.length() - MY_SALESFORCE.length()) : host;
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a My Domain: give its name (acme) or host"
                    + " (acme.my.salesforce.com), not a shared login host");
        }
        return new SalesforceOrigins(name, sandbox);
    }

    /** {@code https://acme.lightning.force.com} */
    public String lightning() {
        return "https://" + myDomain + (sandbox ? ".sandbox" : "") + ".lightning.force.com";
    }

    /** {@code https://acme--<namespace>.vf.force.com}; {@code c} is the org's own pages. */
    public String visualforce(String namespace) {
        return "https://" + myDomain + "--" + namespace.toLowerCase(Locale.ROOT) + (sandbox ? ".sandbox" : "")
                + ".vf.force.com";
    }

    /** Every origin the adapter may run on: Lightning, the org's Visualforce and the adapter package's. */
    public List<String> adapterOrigins(String adapterNamespace) {
        return List.of(lightning(), visualforce("c"), visualforce(adapterNamespace));
    }
}
