package io.ctibridge.core.phone;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneFieldMatcherTest {

    private final CallerNumberClassifier classifier = new CallerNumberClassifier("US", List.of());
    private final CallerNumber.Valid sf = (CallerNumber.Valid) classifier.classify("+14155550123", null);
    private final CallerNumber.Valid london = (CallerNumber.Valid) classifier.classify("+442079460958", null);

    @ParameterizedTest
    @ValueSource(strings = {"(415) 555-0123", "415.555.0123", "+1 415 555 0123", "4155550123", "1-415-555-0123"})
    void matches_usNumberTypedAnyWay(String stored) {
        assertTrue(PhoneFieldMatcher.matches(sf, stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+44 20 7946 0958", "020 7946 0958", "+44 (0)20 7946 0958"})
    void matches_ukNumberTypedAnyWay(String stored) {
        assertTrue(PhoneFieldMatcher.matches(london, stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(415) 555-0124", "+44 415 555 0123", "", "n/a", "555-0123"})
    void doesNotMatch_otherNumbers(String stored) {
        assertFalse(PhoneFieldMatcher.matches(sf, stored));
    }
}
