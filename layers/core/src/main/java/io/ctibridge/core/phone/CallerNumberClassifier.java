package io.ctibridge.core.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the raw caller ID Amazon Connect hands us into a {@link CallerNumber}: withheld, invalid or a number worth
 * searching. Classification happens before any Salesforce call so that withheld and junk numbers cost nothing.
 */
public final class CallerNumberClassifier {

    /** E.164 numbers have at most 15 digits, country code included. */
    static final int E164_MAX_DIGITS = 15;
    /** Words carriers and Connect put in the caller ID when the caller withheld it. Compared case-insensitively. */
    private static final Set<String> WITHHELD_WORDS = Set.of(
            "anonymous",
            "restricted",
            "private",
            "unavailable",
            "unknown",
            "withheld",
            "blocked",
            "no caller id",
            "not available",
            "unknown caller");

    /**
     * Numbers the networks substitute for a hidden caller ID: they spell ANONYMOUS, RESTRICTED, BLOCKED, UNAVAILABLE
     * and UNKNOWN on a phone keypad, and are passed on as if they were E.164.
     */
    private static final Set<String> PLACEHOLDER_NUMBERS =
            Set.of("+266696687", "+7378742833", "+2562533", "+86282452253", "+8656696");

    /** Longer input is not a phone number, whatever it contains; checked before parsing to bound the work. */
    private static final int MAX_INPUT_LENGTH = 64;

    /**
     * What a caller ID may contain. libphonenumber parses leniently (it reads "4155550123\\" as a number, and letters
     * as vanity digits); a caller ID with anything else is not a number a network delivered, so it is refused whole.
     */
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("[+0-9 ()./\\-]+");

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String defaultRegion;
    private final Set<String> ownNumbers;

    /**
     * @param defaultRegion ISO 3166 region used for numbers dialled in national format (e.g. "US", "GB")
     * @param ownNumbers    the contact center's own numbers in E.164: a call "from" one of them is a loop or spoof
     */
    public CallerNumberClassifier(String defaultRegion, Collection<String> ownNumbers) {
        this.defaultRegion =
                Objects.requireNonNull(defaultRegion, "defaultRegion").toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(this.defaultRegion)) {
            throw new IllegalArgumentException("unsupported phone region: " + defaultRegion);
        }
        this.ownNumbers = Set.copyOf(ownNumbers);
    }

    /**
     * @param rawCallerId  caller ID as received (may be null or empty)
     * @param dialedNumber the number the customer dialled (Connect's SystemEndpoint), may be null
     */
    public CallerNumber classify(String rawCallerId, String dialedNumber) {
        String raw = rawCallerId == null ? "" : rawCallerId.strip();
        if (raw.regionMatches(true, 0, "tel:", 0, 4)) {
            raw = raw.substring(4).strip();
        }
        if (raw.isEmpty()) {
            return new CallerNumber.Withheld("empty caller ID");
        }
        if (WITHHELD_WORDS.contains(raw.toLowerCase(Locale.ROOT))) {
            return new CallerNumber.Withheld("caller ID says '" + raw.toLowerCase(Locale.ROOT) + "'");
        }
        if (raw.length() > MAX_INPUT_LENGTH) {
            return new CallerNumber.Invalid("caller ID longer than " + MAX_INPUT_LENGTH + " characters");
        }
        if (PLACEHOLDER_NUMBERS.contains(raw)) {
            return new CallerNumber.Withheld("carrier placeholder for a hidden number");
        }
        if (!PHONE_CHARACTERS.matcher(raw).matches()) {
            return new CallerNumber.Invalid("caller ID contains characters that are not part of a phone number");
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(raw, defaultRegion);
        } catch (NumberParseException e) {
            return new CallerNumber.Invalid("not a phone number (" + e.getErrorType() + ")");
        }
        PhoneNumberUtil.ValidationResult possibility = UTIL.isPossibleNumberWithReason(number);
        if (possibility != PhoneNumberUtil.ValidationResult.IS_POSSIBLE) {
            return new CallerNumber.Invalid("not a possible number (" + possibility + ")");
        }
        String e164 = UTIL.format(number, PhoneNumberFormat.E164);
        if (e164.length() - 1 > E164_MAX_DIGITS) {
            // libphonenumber deems some longer national forms possible (Japan: +81 00…); no network delivers them.
            return new CallerNumber.Invalid("longer than E.164's " + E164_MAX_DIGITS + " digits");
        }
        if (PLACEHOLDER_NUMBERS.contains(e164)) {
            return new CallerNumber.Withheld("carrier placeholder for a hidden number");
        }
        int significant = UTIL.getNationalSignificantNumber(number).length();
        int minimum = SignificantDigits.minimum(number.getCountryCode());
        if (significant < minimum) {
            return new CallerNumber.Invalid("too short: " + significant + " significant digits, +"
                    + number.getCountryCode() + " numbers have at least " + minimum
                    + " (a short code or an extension)");
        }
        if (ownNumbers.contains(e164) || e164.equals(normalise(dialedNumber))) {
            return new CallerNumber.Invalid("caller ID is the contact center's own number");
        }
        return new CallerNumber.Valid(e164, searchDigits(number));
    }

    /** E.164 of a number already known to be international (e.g. Connect's SystemEndpoint), or null. */
    private String normalise(String number) {
        if (number == null || number.isBlank() || number.length() > MAX_INPUT_LENGTH) {
            return null;
        }
        try {
            return UTIL.format(UTIL.parse(number.strip(), defaultRegion), PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return null;
        }
    }

    /**
     * Salesforce keeps phones as typed and its phone search compares digits, so we search every digit form a person
     * is likely to have typed: with country code, national significant number, and national with trunk prefix.
     */
    private static List<String> searchDigits(PhoneNumber number) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(digitsOf(UTIL.format(number, PhoneNumberFormat.E164)));
        forms.add(digitsOf(UTIL.format(number, PhoneNumberFormat.NATIONAL)));
        forms.add(UTIL.getNationalSignificantNumber(number));
        forms.removeIf(String::isEmpty);
        return List.copyOf(forms);
    }

    static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        text.codePoints().filter(c -> c >= '0' && c <= '9').forEach(digits::appendCodePoint);
        return digits.toString();
    }
}
