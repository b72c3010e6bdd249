package io.ctibridge.core.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers longer than E.164 allows are invalid, though libphonenumber deems them possible (Jazzer's finding). */
class CallerNumberLengthTest {

    private final CallerNumberClassifier classifier = new CallerNumberClassifier("GB", List.of());

    @Test
    void classify_refusesAJapaneseFormOfEighteenDigits() {
        CallerNumber number = classifier.classify("+8100845464001041-041", "+18005550100");
        assertEquals(new CallerNumber.Invalid("longer than E.164's 15 digits"), number);
    }

    @Test
    void classify_refusesAJapaneseFormOfSixteenDigits() {
        assertInstanceOf(CallerNumber.Invalid.class, classifier.classify("+0081000004001008-041", "+18005550100"));
    }
}
