package io.ctibridge.cli.callcenter;

import io.ctibridge.core.salesforce.http.SecureUrls;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the call center definition file says about ctibridge's Open CTI adapter. Checked when built, with the
 * limits Salesforce's import applies, so that a file this tool writes is one Salesforce accepts.
 *
 * @param internalName    {@code reqInternalName}: 1–40 letters and digits, starting with a letter; unique in the org
 * @param displayName     {@code reqDisplayName}: the call center's name in Setup (≤ 80 characters, the Name field)
 * @param adapterUrl      {@code reqAdapterUrl}: the page hosting the adapter; https (Lightning loads nothing else)
 * @param popApiUrl       the screen-pop API the adapter calls, in the custom {@value #SETTINGS_SECTION} section
 * @param softphoneHeight {@code reqSoftphoneHeight} in pixels, {@value #MIN_HEIGHT}–{@value #MAX_HEIGHT}
 * @param softphoneWidth  {@code reqSoftphoneWidth} in pixels, {@value #MIN_WIDTH}–{@value #MAX_WIDTH}
 * @param dialing         {@code reqDialingOptions}
 */
public record CallCenterDefinition(
        String internalName,
        String displayName,
        URI adapterUrl,
        URI popApiUrl,
        int softphoneHeight,
        int softphoneWidth,
        DialingPrefixes dialing) {

    public static final String DEFAULT_INTERNAL_NAME = "ctibridgeConnect";
    public static final String DEFAULT_DISPLAY_NAME = "ctibridge Amazon Connect";
    public static final int DEFAULT_HEIGHT = 480;
    public static final int DEFAULT_WIDTH = 360;
    public static final int MIN_HEIGHT = 240;
    public static final int MAX_HEIGHT = 2560;
    public static final int MIN_WIDTH = 200;
    public static final int MAX_WIDTH = 1920;
    public static final int MAX_DISPLAY_NAME_LENGTH = 80;

    /** The custom section the adapter reads with {@code sforce.opencti.getCallCenterSettings}. */
    public static final String SETTINGS_SECTION = "ctiBridgeSettings";

    public static final String POP_API_URL_ITEM = "popApiUrl";
    /** The key under which {@code getCallCenterSettings} answers the pop API URL. */
    public static final String POP_API_URL_SETTING = "/" + SETTINGS_SECTION + "/" + POP_API_URL_ITEM;

    public static final String INTERNAL_NAME_ITEM = "reqInternalName";
    public static final String DISPLAY_NAME_ITEM = "reqDisplayName";
    public static final String ADAPTER_URL_ITEM = "reqAdapterUrl";
    public static final String HEIGHT_ITEM = "reqSoftphoneHeight";
    public static final String WIDTH_ITEM = "reqSoftphoneWidth";

    private static final Pattern INTERNAL_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

    public CallCenterDefinition {
        Objects.requireNonNull(dialing, "dialing");
        if (internalName == null || !INTERNAL_NAME.matcher(internalName).matches()) {
            throw new InvalidSettingException(
                    INTERNAL_NAME_ITEM,
                    "must be 1 to 40 letters or digits starting with a" + " letter (no spaces or punctuation), not '"
                            + internalName + "'");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidSettingException(DISPLAY_NAME_ITEM, "must not be blank");
        }
        if (displayName.length() > MAX_DISPLAY_NAME_LENGTH
                || displayName.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidSettingException(
                    DISPLAY_NAME_ITEM, "must be at most " + MAX_DISPLAY_NAME_LENGTH + " characters on one line");
        }
        Objects.requireNonNull(adapterUrl, "adapterUrl");
        Objects.requireNonNull(popApiUrl, "popApiUrl");
        requireRange(HEIGHT_ITEM, softphoneHeight, MIN_HEIGHT, MAX_HEIGHT);
        requireRange(WIDTH_ITEM, softphoneWidth, MIN_WIDTH, MAX_WIDTH);
    }

    /**
     * Builds a definition from an operator's text.
     *
     * @throws InvalidSettingException naming the bad setting
     */
    public static CallCenterDefinition of(
            String internalName,
            String displayName,
            String adapterUrl,
            String popApiUrl,
            int softphoneHeight,
            int softphoneWidth,
            DialingPrefixes dialing) {
        return new CallCenterDefinition(
                internalName,
                displayName == null ? null : displayName.strip(),
                secureUrl(ADAPTER_URL_ITEM, adapterUrl),
                secureUrl(POP_API_URL_ITEM, popApiUrl),
                softphoneHeight,
                softphoneWidth,
                dialing);
    }

    /** The file's sections in order: general information, dialing options, then ctibridge's own settings. */
    public List<CallCenterSection> sections() {
        return List.of(
                new CallCenterSection(
                        "reqGeneralInfo",
                        "General Information",
                        List.of(
                                new CallCenterSection.Item(INTERNAL_NAME_ITEM, "InternalName", internalName),
                                new CallCenterSection.Item(DISPLAY_NAME_ITEM, "Display Name", displayName),
                                new CallCenterSection.Item(ADAPTER_URL_ITEM, "CTI Adapter URL", adapterUrl.toString()),
                                new CallCenterSection.Item("reqUseApi", "Use CTI API", "true"),
                                new CallCenterSection.Item(
                                        HEIGHT_ITEM, "Softphone Height", Integer.toString(softphoneHeight)),
                                new CallCenterSection.Item(
                                        WIDTH_ITEM, "Softphone Width", Integer.toString(softphoneWidth)),
                                // Classic is the default when this is missing, and the adapter is Lightning only.
                                new CallCenterSection.Item(
                                        "reqSalesforceCompatibilityMode",
                                        "Salesforce Compatibility Mode",
                                        "Lightning"))),
                new CallCenterSection(
                        "reqDialingOptions",
                        "Dialing Options",
                        List.of(
                                new CallCenterSection.Item(
                                        DialingPrefixes.OUTSIDE_ITEM, "Outside Prefix", dialing.outside()),
                                new CallCenterSection.Item(
                                        DialingPrefixes.LONG_DISTANCE_ITEM,
                                        "Long Distance Prefix",
                                        dialing.longDistance()),
                                new CallCenterSection.Item(
                                        DialingPrefixes.INTERNATIONAL_ITEM,
                                        "International Prefix",
                                        dialing.international()))),
                new CallCenterSection(
                        SETTINGS_SECTION,
                        "ctibridge Settings",
                        List.of(new CallCenterSection.Item(POP_API_URL_ITEM, "Pop API URL", popApiUrl.toString()))));
    }

    /**
     * A URL a browser inside Salesforce will load: https, or plain http to loopback for a developer's machine, by
     * {@link SecureUrls#requireSecureUrl}'s rule. No user-info, since anything in the definition file is visible to
     * every admin.
     */
    private static URI secureUrl(String item, String value) {
        return SecureUrls.requireSecureUrl(value, problem -> new InvalidSettingException(item, problem));
    }

    private static void requireRange(String item, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidSettingException(item, "must be " + min + " to " + max + " pixels, not " + value);
        }
    }
}
