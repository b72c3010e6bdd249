package io.ctibridge.core.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CallerNumberClassifierTest {

    private final CallerNumberClassifier us = new CallerNumberClassifier("US", List.of("+18005550100"));

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "anonymous",
                "Anonymous",
                "ANONYMOUS",
                "Restricted",
                "Private",
                "Unavailable",
                "Unknown",
                "withheld",
                "+266696687",
                "+7378742833",
                "+2562533",
                "+86282452253",
                "+8656696"
            })
    void classify_isWithheld_forHiddenCallerIds(String raw) {
        assertInstanceOf(CallerNumber.Withheld.class, us.classify(raw, null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12",
                "+1",
                "hello",
                "+1415555",
                "' OR 1=1 --",
                "{}",
                "\\",
                "+999999999999999999",
                "☎☎☎☎☎☎",
                "4155550123456789012345",
                "4155550123\\",
                "+1 800 FLOWERS",
                "415555012３",
                "+14155550123' OR ''='",
                "+1415555\u00000123"
            })
    void classify_isInvalid_forJunkAndImpossibleNumbers(String raw) {
        assertInstanceOf(CallerNumber.Invalid.class, us.classify(raw, null));
    }

    @Test
    void classify_isInvalid_whenInputIsVeryLong() {
        assertInstanceOf(CallerNumber.Invalid.class, us.classify("1".repeat(10_000), null));
    }

    @Test
    void classify_isInvalid_whenCallerIsTheDialedSystemNumber() {
        CallerNumber result = us.classify("+14155550100", "+1 (415) 555-0100");
        assertInstanceOf(CallerNumber.Invalid.class, result);
    }

    @Test
    void classify_isInvalid_whenCallerIsOneOfTheProfilesOwnNumbers() {
        assertInstanceOf(CallerNumber.Invalid.class, us.classify("+18005550100", "+14155550100"));
    }

    @Test
    void classify_normalisesUsNationalNumber_toE164WithSearchForms() {
        CallerNumber.Valid valid = assertInstanceOf(CallerNumber.Valid.class, us.classify("(415) 555-0123", null));
        assertEquals("+14155550123", valid.e164());
        assertEquals(List.of("14155550123", "4155550123"), valid.searchDigits());
    }

    @Test
    void classify_keepsUkTrunkPrefixForm_becauseBritonsTypeNumbersWithTheLeadingZero() {
        CallerNumber.Valid valid = assertInstanceOf(CallerNumber.Valid.class, us.classify("+44 20 7946 0958", null));
        assertEquals("+442079460958", valid.e164());
        assertEquals(List.of("442079460958", "02079460958", "2079460958"), valid.searchDigits());
    }

    @Test
    void classify_usesTheProfileRegion_forNationalNumbers() {
        CallerNumberClassifier germany = new CallerNumberClassifier("DE", List.of());
        CallerNumber.Valid valid = assertInstanceOf(CallerNumber.Valid.class, germany.classify("030 12345678", null));
        assertEquals("+493012345678", valid.e164());
        assertEquals(List.of("493012345678", "03012345678", "3012345678"), valid.searchDigits());
    }

    @Test
    void classify_acceptsIndianMobile() {
        CallerNumber.Valid valid = assertInstanceOf(CallerNumber.Valid.class, us.classify("+91 98765 43210", null));
        assertEquals("+919876543210", valid.e164());
    }

    @Test
    void classify_stripsTelUriPrefix() {
        CallerNumber.Valid valid = assertInstanceOf(CallerNumber.Valid.class, us.classify("tel:+14155550123", null));
        assertEquals("+14155550123", valid.e164());
    }

    @Test
    void constructor_rejectsUnknownRegion() {
        assertThrows(IllegalArgumentException.class, () -> new CallerNumberClassifier("XX", List.of()));
    }
}
