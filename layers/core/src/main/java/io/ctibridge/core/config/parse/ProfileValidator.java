package io.ctibridge.core.config.parse;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.ctibridge.core.config.Profile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a profile's values and reports every problem with the path of the bad setting, so that a bad profile is
 * refused when it is written, never discovered during a call.
 */
public final class ProfileValidator {

    /** Below this no Salesforce round trip fits; above it Connect (8 s) may give up before the fallback answers. */
    public static final int MIN_LOOKUP_DEADLINE_MS = 200;

    public static final int MAX_LOOKUP_DEADLINE_MS = 7500;
    public static final int MIN_POP_TOKEN_TTL_SECONDS = 60;
    public static final int MAX_POP_TOKEN_TTL_SECONDS = 86_400;
    /** The call log reads the state when the call ends, which can be hours after it started. */
    public static final int MIN_CONTACT_STATE_TTL_SECONDS = 3_600;

    public static final int MAX_CONTACT_STATE_TTL_SECONDS = 14 * 86_400;
    public static final int MAX_MATCHES_LIMIT = 50;

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();

    /** Every problem found; empty when the profile is usable. */
    public List<Violation> validate(Profile profile) {
        Violations violations = new Violations();
        violations.require(
                Profile.isValidName(profile.profile()),
                "profile",
                "is required: 1 to 64 lower-case letters, digits or '-'");
        checkRegion(profile.defaultRegion(), violations);
        checkSystemNumbers(profile.systemNumbers(), violations);
        violations.requireRange(
                profile.lookupDeadlineMs(), MIN_LOOKUP_DEADLINE_MS, MAX_LOOKUP_DEADLINE_MS, "lookupDeadlineMs");
        violations.requireRange(
                profile.popTokenTtlSeconds(),
                MIN_POP_TOKEN_TTL_SECONDS,
                MAX_POP_TOKEN_TTL_SECONDS,
                "popTokenTtlSeconds");
        violations.requireRange(
                profile.contactStateTtlSeconds(),
                MIN_CONTACT_STATE_TTL_SECONDS,
                MAX_CONTACT_STATE_TTL_SECONDS,
                "contactStateTtlSeconds");
        violations.requireRange(profile.maxMatches(), 1, MAX_MATCHES_LIMIT, "maxMatches");
        SearchTargetsCheck.check(profile.searchTargets(), violations);
        PopRulesCheck.check(profile.popRules(), violations);
        CallLogCheck.check(profile.callLog(), violations);
        OperationsCheck.check(profile.operations(), violations);
        FieldMappingsCheck.check(profile.callLog(), violations);
        return violations.toList();
    }

    /**
     * @return the profile, when valid
     * @throws InvalidProfileException listing every violation
     */
    public Profile requireValid(Profile profile) {
        List<Violation> violations = validate(profile);
        if (!violations.isEmpty()) {
            throw new InvalidProfileException(profile.profile(), violations);
        }
        return profile;
    }

    private void checkRegion(String region, Violations violations) {
        violations.require(
                region != null && phoneNumbers.getSupportedRegions().contains(region),
                "defaultRegion",
                "must be an upper-case ISO 3166 region code that libphonenumber knows, e.g. US, GB, DE");
    }

    private void checkSystemNumbers(List<String> numbers, Violations violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < numbers.size(); i++) {
            String number = numbers.get(i);
            String path = "systemNumbers[" + i + "]";
            if (violations.require(
                    number != null && E164.matcher(number).matches() && isPossible(number),
                    path,
                    "must be a possible phone number in E.164 form, e.g. +14155550100")) {
                violations.require(seen.add(number), path, "is listed twice");
            }
        }
    }

    private boolean isPossible(String e164) {
        try {
            return phoneNumbers.isPossibleNumber(phoneNumbers.parse(e164, null));
        } catch (NumberParseException e) {
            return false;
        }
    }
}
