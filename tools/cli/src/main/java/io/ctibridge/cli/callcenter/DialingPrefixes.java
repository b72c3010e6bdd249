package io.ctibridge.cli.callcenter;

import java.util.regex.Pattern;

/**
 * The {@code reqDialingOptions} digits the softphone puts before numbers. Amazon Connect dials E.164 numbers
 * itself, so all three are empty unless a contact center's own PBX rules need them.
 */
public record DialingPrefixes(String outside, String longDistance, String international) {

    // Declared before NONE: static fields are initialized in order, and NONE's constructor uses it.
    private static final Pattern DIGITS = Pattern.compile("[0-9]{0,10}");

    public static final String OUTSIDE_ITEM = "reqOutsidePrefix";
    public static final String LONG_DISTANCE_ITEM = "reqLongDistPrefix";
    public static final String INTERNATIONAL_ITEM = "reqInternationalPrefix";

    public static final DialingPrefixes NONE = new DialingPrefixes("", "", "");

    public DialingPrefixes {
        outside = require(OUTSIDE_ITEM, outside);
        longDistance = require(LONG_DISTANCE_ITEM, longDistance);
        international = require(INTERNATIONAL_ITEM, international);
    }

    private static String require(String item, String value) {
        String digits = value == null ? "" : value.strip();
        if (!DIGITS.matcher(digits).matches()) {
            throw new InvalidSettingException(item, "must be up to 10 digits, not '" + value + "'");
        }
        return digits;
    }
}
