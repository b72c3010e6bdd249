package io.ctibridge.reliability;

import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.ContactRecordParser;
import io.ctibridge.core.calllog.record.MalformedContactRecordException;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.InvalidProfileException;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.config.parse.ProfileValidator;
import io.ctibridge.core.phone.CallerNumber;
import io.ctibridge.core.phone.CallerNumberClassifier;
import io.ctibridge.core.phone.PhoneMasking;
import io.ctibridge.core.poptoken.PopTokenKeys;
import io.ctibridge.core.poptoken.PopTokenService;
import io.ctibridge.core.poptoken.PopTokenVerdict;
import io.ctibridge.local.ConnectFlowEvents;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What must hold for any input of the parsers that need no server. Each check throws {@link AssertionError} with
 * the reason; an exception of the code under test escapes as itself, which is a failure too.
 */
public final class ParserChecks {

    /**
     * E.164: at most 15 digits. The classifier's minimum of significant digits (finding 4) is stricter; this only
     * checks the shape, since a whole region may have short numbers (Niue: +683 and 4 digits).
     */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    private static final Pattern DIGITS = Pattern.compile("[0-9]{2,17}");

    private final CallerNumberClassifier us =
            new CallerNumberClassifier("US", List.of(ConnectFlowEvents.SYSTEM_NUMBER));
    private final CallerNumberClassifier uk = new CallerNumberClassifier("GB", List.of());
    private final ContactRecordParser contactRecords = new ContactRecordParser();
    private final ProfileParser profileParser = new ProfileParser();
    private final ProfileValidator validator = new ProfileValidator();
    private final PopTokenService popTokens;
    private final String contactId = "5fb1a7d3-0b5c-4f38-9f7e-2a36b1c4e9d0";
    private final String genuineToken;

    public ParserChecks() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        PopTokenKeys keys = new PopTokenKeys("k1", Map.of("k1", key));
        this.popTokens = new PopTokenService(() -> keys, Clock.systemUTC());
        this.genuineToken = popTokens.mint(contactId, Duration.ofMinutes(10));
    }

    /** Classification answers one of its three kinds; a valid number is E.164, searched only as digits, masked. */
    public void callerId(String raw) {
        for (CallerNumberClassifier classifier : List.of(us, uk)) {
            CallerNumber number = classifier.classify(raw, ConnectFlowEvents.SYSTEM_NUMBER);
            switch (number) {
                case CallerNumber.Valid valid -> {
                    require(E164.matcher(valid.e164()).matches(), "not E.164: " + valid.e164());
                    require(!valid.searchDigits().isEmpty(), "no search digits for " + valid.e164());
                    valid.searchDigits()
                            .forEach(d -> require(DIGITS.matcher(d).matches(), "search term not digits: " + d));
                    String masked = PhoneMasking.mask(valid.e164());
                    require(!masked.contains(valid.e164().substring(1)), "mask keeps the number: " + masked);
                }
                case CallerNumber.Withheld withheld -> require(withheld.reason() != null, "withheld without reason");
                case CallerNumber.Invalid invalid -> require(invalid.reason() != null, "invalid without reason");
            }
        }
        PhoneMasking.mask(raw);
    }

    /** The CTR parser answers a record or a typed refusal with a reason, never anything else. */
    public void contactRecord(byte[] data) {
        try {
            ContactRecord record = contactRecords.parse(data);
            require(record.contactId() != null && !record.contactId().isBlank(), "a record without ContactId");
        } catch (MalformedContactRecordException e) {
            require(e.getMessage() != null && !e.getMessage().isBlank(), "a refusal without reason");
        }
    }

    /** A tampered token is never VALID, and verifying never throws, whatever the contact asked for. */
    public void tamperedToken(TokenMutation mutation) {
        String tampered = mutation.apply(genuineToken);
        PopTokenVerdict verdict = popTokens.verify(tampered, contactId);
        require(verdict != PopTokenVerdict.VALID, "tampered token accepted: " + mutation);
        popTokens.verify(tampered, "another-contact");
        popTokens.verify(genuineToken, tampered);
    }

    /** Arbitrary text as a token: never VALID, never an exception. */
    public void arbitraryToken(String token) {
        require(popTokens.verify(token, contactId) != PopTokenVerdict.VALID, "arbitrary text accepted as a token");
    }

    /** A profile document is parsed and validated, or refused with violations; a stored profile is always valid. */
    public void profileDocument(String json) {
        Profile profile;
        try {
            profile = profileParser.parse(json);
        } catch (InvalidProfileException e) {
            require(!e.violations().isEmpty(), "refused without violations");
            return;
        }
        try {
            validator.requireValid(profile);
        } catch (InvalidProfileException e) {
            require(!e.violations().isEmpty(), "invalid without violations");
            return;
        }
        // What passes must survive the round trip the store makes.
        validator.requireValid(profileParser.parse(profileParser.toJson(profile)));
    }

    /** The genuine token itself verifies: the checks above would pass vacuously if it did not. */
    public void genuineTokenVerifies() {
        require(popTokens.verify(genuineToken, contactId) == PopTokenVerdict.VALID, "a genuine token is refused");
    }

    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new AssertionError(problem);
        }
    }
}
