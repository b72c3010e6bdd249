package io.ctibridge.core.phone;

import java.util.List;
import java.util.Objects;

/**
 * What a caller ID turned out to be once classified. Only {@link Valid} numbers are ever searched in Salesforce.
 */
public sealed interface CallerNumber {

    /** The caller hid the number, or the network passed one of its placeholders instead of a number. */
    record Withheld(String reason) implements CallerNumber {
        public Withheld {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Something that is not a callable number: junk, too short (fewer significant digits than the region's numbers
     * have, see {@code SignificantDigits}), or the contact center's own number.
     */
    record Invalid(String reason) implements CallerNumber {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A possible phone number.
     *
     * @param e164        the number in E.164, e.g. {@code +14155550123}
     * @param searchDigits the digit strings Salesforce may have stored it as (international, national
     *                     significant, national with trunk prefix), most specific first, without duplicates
     */
    record Valid(String e164, List<String> searchDigits) implements CallerNumber {
        public Valid {
            Objects.requireNonNull(e164, "e164");
            searchDigits = List.copyOf(searchDigits);
        }

        /** The number safe for logs: {@code +1415*****23}. */
        public String masked() {
            return PhoneMasking.mask(e164);
        }
    }
}
