package io.ctibridge.core.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.MatchType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Tells whether a phone value as a person typed it into Salesforce is the caller's number. The search finds
 * candidates by digits; this decides which of a record's phone fields actually matched, which drives ranking.
 */
public final class PhoneFieldMatcher {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneFieldMatcher() {}

    /**
     * True when {@code storedValue} is the same number as {@code caller}: identical in E.164, or the same national
     * number where the stored value has no country code (people rarely type one for local numbers).
     */
    public static boolean matches(CallerNumber.Valid caller, String storedValue) {
        if (storedValue == null || storedValue.isBlank() || storedValue.length() > 64) {
            return false;
        }
        PhoneNumber callerNumber;
        try {
            callerNumber = UTIL.parse(caller.e164(), null);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("caller number is not E.164", e);
        }
        MatchType match = UTIL.isNumberMatch(callerNumber, storedValue);
        if (match == MatchType.EXACT_MATCH || match == MatchType.NSN_MATCH) {
            return true;
        }
        // A value typed with the national trunk prefix ("020 7946 0958") is not parsed as the same NSN by the
        // region-less comparison above; its digits equal one of the forms we searched for.
        String digits = CallerNumberClassifier.digitsOf(storedValue);
        return !digits.isEmpty() && caller.searchDigits().contains(digits);
    }
}
