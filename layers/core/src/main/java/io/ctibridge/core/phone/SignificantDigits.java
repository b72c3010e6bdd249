package io.ctibridge.core.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The fewest national significant digits a caller's number may have, per country calling code. libphonenumber deems
 * 4–6 digit numbers "possible" in regions with variable-length plans (Germany, Austria, Korea), which are short codes
 * and extensions far more often than subscribers, and a 4-digit search term matches unrelated stored numbers.
 *
 * <p>The minimum comes from libphonenumber's metadata, not a table of ours. For each of the region's fixed-line and
 * mobile numbers it is their shortest possible length, raised to {@link #FLOOR} when that type also has numbers of
 * {@code FLOOR} digits or more: a type that mixes short and long lengths (German fixed lines: 5–15) has its short
 * ones refused, a type whose numbers are all short (Faroe Islands: 6 digits, Niue: 4) keeps them. The region's
 * minimum is the lower of the two.
 */
final class SignificantDigits {

    /** Fewer digits than this, where the same type of number also comes longer, is not a subscriber worth searching. */
    static final int FLOOR = 7;

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final MetadataSource METADATA =
            DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
    /** Filled per country code on first use: loading every region's metadata up front costs start-up time. */
    private static final ConcurrentMap<Integer, Integer> MINIMUM = new ConcurrentHashMap<>();

    private SignificantDigits() {}

    /** The minimum for numbers of this country calling code (e.g. 49). */
    static int minimum(int countryCode) {
        return MINIMUM.computeIfAbsent(countryCode, SignificantDigits::compute);
    }

    /**
     * From the code's main region only: it is the least strict of the regions sharing the code (a test checks every
     * code), and reading all 25 regions of +1 would add about 70 ms to a cold lookup.
     */
    private static int compute(int countryCode) {
        String region = UTIL.getRegionCodeForCountryCode(countryCode);
        if (PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)) {
            return forRegion(METADATA.getMetadataForNonGeographicalRegion(countryCode));
        }
        PhoneMetadata metadata = METADATA.getMetadataForRegion(region);
        // An unknown code ("ZZ") never gets here: parsing refuses it.
        return metadata == null ? FLOOR : forRegion(metadata);
    }

    static int forRegion(PhoneMetadata metadata) {
        List<Integer> general = metadata.getGeneralDesc().getPossibleLengthList();
        int minimum = Math.min(
                minimum(lengths(metadata.getFixedLine(), general)), minimum(lengths(metadata.getMobile(), general)));
        if (minimum == Integer.MAX_VALUE) {
            // Neither type exists for non-geographic codes such as +800: their own lengths are the answer.
            minimum = minimum(general);
        }
        return minimum == Integer.MAX_VALUE ? FLOOR : minimum;
    }

    /** The shortest of the lengths, raised to FLOOR when some are that long; MAX_VALUE for none. */
    private static int minimum(List<Integer> lengths) {
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (int length : lengths) {
            if (length > 0) {
                shortest = Math.min(shortest, length);
                longest = Math.max(longest, length);
            }
        }
        return longest < FLOOR ? shortest : Math.max(shortest, FLOOR);
    }

    /**
     * A type's possible lengths: an empty list means "the region's general lengths", {@code [-1]} means the region has
     * no numbers of the type (libphonenumber's metadata conventions).
     */
    private static List<Integer> lengths(PhoneNumberDesc type, List<Integer> general) {
        List<Integer> lengths = type.getPossibleLengthList();
        return lengths.isEmpty() ? general : lengths;
    }
}
