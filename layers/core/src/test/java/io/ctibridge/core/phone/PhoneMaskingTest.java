package io.ctibridge.core.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PhoneMaskingTest {

    @Test
    void mask_keepsCountryAndAreaCodeAndLastTwoDigits() {
        assertEquals("+1415*****23", PhoneMasking.mask("+14155550123"));
        assertEquals("+4420******58", PhoneMasking.mask("+442079460958"));
    }

    @Test
    void mask_hidesAlmostAllOfShortOrNonE164Input() {
        assertEquals("", PhoneMasking.mask(null));
        assertEquals("***", PhoneMasking.mask("abc"));
        assertEquals("******23", PhoneMasking.mask("41512323"));
    }
}
