package io.ctibridge.core.phone;

/**
 * Masks phone numbers for logs and, where a profile asks for it, for Task subjects: enough is kept to tell calls
 * apart when debugging (country and area code, last two digits), not enough to identify the caller.
 */
public final class PhoneMasking {

    private static final int KEEP_PREFIX = 5; // "+" and four digits: country code and (most of) the area code
    private static final int KEEP_SUFFIX = 2;

    private PhoneMasking() {}

    /** {@code +14155550123} → {@code +1415*****23}; anything short or not a number keeps at most its last two characters. */
    public static String mask(String number) {
        if (number == null || number.isEmpty()) {
            return "";
        }
        if (number.startsWith("+") && number.length() > KEEP_PREFIX + KEEP_SUFFIX) {
            return number.substring(0, KEEP_PREFIX)
                    + "*".repeat(number.length() - KEEP_PREFIX - KEEP_SUFFIX)
                    + number.substring(number.length() - KEEP_SUFFIX);
        }
        int keep = Math.min(KEEP_SUFFIX, Math.max(0, number.length() - 4));
        return "*".repeat(Math.min(number.length() - keep, 16)) + number.substring(number.length() - keep);
    }
}
