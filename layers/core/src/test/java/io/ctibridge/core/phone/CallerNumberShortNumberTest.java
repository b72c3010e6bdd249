package io.ctibridge.core.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers with fewer significant digits than their region's numbers have are INVALID, so short codes and extensions
 * are never searched (RELIABILITY.md, finding 4). The minimum comes from libphonenumber's metadata.
 */
class CallerNumberShortNumberTest {

    private static CallerNumber classify(String region, String raw) {
        return new CallerNumberClassifier(region, List.of()).classify(raw, null);
    }

    private static void assertTooShort(String region, String raw) {
        CallerNumber.Invalid invalid = assertInstanceOf(CallerNumber.Invalid.class, classify(region, raw), raw);
        assertTrue(invalid.reason().startsWith("too short"), invalid.reason());
    }

    /** All of them were VALID before the fix. (+821000 itself is "possible" only locally to libphonenumber 9.) */
    @ParameterizedTest
    @CsvSource({"DE, +490123", "GB, +490123", "GB, +82 10000", "GB, 00 82 100000", "US, 011 82 10000"})
    void classify_isInvalid_forTheFindingsFourToSixDigitNumbers(String region, String raw) {
        assertTooShort(region, raw);
    }

    @ParameterizedTest
    @CsvSource({"1, 10", "44, 9", "49, 7", "61, 9", "81, 9", "43, 7", "82, 7", "27, 7", "298, 6", "683, 4", "800, 8"})
    void minimum_comesFromTheMetadata_raisedToTheFloorWhereATypeAlsoComesLonger(int countryCode, int minimum) {
        assertEquals(minimum, SignificantDigits.minimum(countryCode));
    }

    @Test
    void minimum_ofACountryCode_isTheLeastStrictOfTheRegionsSharingIt_forEveryCode() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        MetadataSource metadata =
                DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        for (int countryCode : util.getSupportedCallingCodes()) {
            for (String region : util.getRegionCodesForCountryCode(countryCode)) {
                if (!region.equals(PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY)) {
                    assertTrue(
                            SignificantDigits.minimum(countryCode)
                                    <= SignificantDigits.forRegion(metadata.getMetadataForRegion(region)),
                            "+" + countryCode + " is stricter than its region " + region);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"US, (415) 555-0123, +14155550123", "GB, 01697 73456, +44169773456", "GB, 020 7946 0958, +442079460958"
    })
    void classify_acceptsUsAndUkNumbersOfFullLength(String region, String raw, String e164) {
        assertEquals(
                e164,
                assertInstanceOf(CallerNumber.Valid.class, classify(region, raw))
                        .e164());
    }

    @ParameterizedTest
    @CsvSource({"US, 911", "US, +1 411", "GB, 999", "GB, 118 118", "GB, +44 1234 56"})
    void classify_isInvalid_forUsAndUkShortCodes(String region, String raw) {
        assertInstanceOf(CallerNumber.Invalid.class, classify(region, raw), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+49 30 12345678", "+49 33203 1234", "03322 12345", "+49 3322 123"})
    void classify_acceptsGermanFixedLinesOfSevenDigitsOrMore(String raw) {
        assertInstanceOf(CallerNumber.Valid.class, classify("DE", raw), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+49 3322 12", "+49 3322 1", "03322 12", "110", "+49 115"})
    void classify_isInvalid_forGermanNumbersBelowSevenDigits_thoughTheMetadataAllowsFive(String raw) {
        assertInstanceOf(CallerNumber.Invalid.class, classify("DE", raw), raw);
    }

    @ParameterizedTest
    @CsvSource({
        "AU, 02 9374 4000, +61293744000",
        "AU, 0412 345 678, +61412345678",
        "JP, 03-1234-5678, +81312345678",
        "JP, 090-1234-5678, +819012345678"
    })
    void classify_acceptsAustralianAndJapaneseNumbersOfFullLength(String region, String raw, String e164) {
        assertEquals(
                e164,
                assertInstanceOf(CallerNumber.Valid.class, classify(region, raw))
                        .e164());
    }

    @ParameterizedTest
    @CsvSource({"AU, 13 11 44", "AU, 000", "AU, +61 2 9374", "JP, 110", "JP, +81 3 1234", "JP, 0120 12"})
    void classify_isInvalid_forAustralianAndJapaneseShortNumbers(String region, String raw) {
        assertInstanceOf(CallerNumber.Invalid.class, classify(region, raw), raw);
    }

    @ParameterizedTest
    @CsvSource({"FO, 301234, +298301234", "GB, +298 301234, +298301234", "US, +683 4002, +6834002"})
    void classify_acceptsNumbersOfRegionsWhoseEveryNumberIsShort(String region, String raw, String e164) {
        assertEquals(
                e164,
                assertInstanceOf(CallerNumber.Valid.class, classify(region, raw))
                        .e164());
    }

    @ParameterizedTest
    @CsvSource({"FO, 1234", "FO, +298 112", "US, +683 400"})
    void classify_isInvalid_belowTheLengthOfARegionWhoseEveryNumberIsShort(String region, String raw) {
        assertInstanceOf(CallerNumber.Invalid.class, classify(region, raw), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+2562533", "+8656696"})
    void classify_keepsShortCarrierPlaceholdersWithheld_notInvalid(String raw) {
        assertInstanceOf(CallerNumber.Withheld.class, classify("US", raw), raw);
    }

    /** Property: a random string of 1–6 digits is never VALID, typed as is, after a trunk 0 or after a +. */
    @ParameterizedTest
    @ValueSource(strings = {"US", "GB", "DE", "AU", "JP", "FR", "IT", "AT", "KR", "ZA", "IN", "BR", "FI", "SE"})
    void classify_isNeverValid_forOneToSixRandomDigits(String region) {
        long seed = region.hashCode();
        Random random = new Random(seed);
        CallerNumberClassifier classifier = new CallerNumberClassifier(region, List.of());
        for (int i = 0; i < 2_000; i++) {
            StringBuilder digits = new StringBuilder();
            int length = 1 + random.nextInt(6);
            for (int d = 0; d < length; d++) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            // The trunk 0 only while the whole stays 1–6 digits (in Italy it is a significant digit).
            List<String> forms = length < 6
                    ? List.of(digits.toString(), "0" + digits, "+" + digits)
                    : List.of(digits.toString(), "+" + digits);
            for (String raw : forms) {
                assertFalse(
                        classifier.classify(raw, null) instanceof CallerNumber.Valid,
                        () -> region + " classified '" + raw + "' as valid (seed " + seed + ")");
            }
        }
    }
}
