package io.ctibridge.emulator.sosl;

import io.ctibridge.emulator.schema.FieldDef;
import io.ctibridge.emulator.schema.FieldType;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides whether a record matches a search term within a set of fields.
 *
 * <p>Text fields match word by word: the field is split into letter/digit tokens and a leaf matches when its
 * tokens appear consecutively (case-insensitive; wildcards stay within one token).
 *
 * <p>Phone fields match by digits, as Salesforce's phone search does: every non-digit is dropped from both the
 * term and the stored value, and the digit strings must be equal (wildcards: {@code *} any digits, {@code ?}
 * one digit). So {@code 4155550123} finds {@code (415) 555-0123} and {@code 415.555.0123}, and
 * {@code 14155550123} finds {@code +1 415 555 0123} — but a term with a country code does not find a number
 * stored without one (or the reverse): equal digit strings only. A stored extension (x45) is part of the digits.
 */
public final class SearchMatcher {
    private static final Pattern NON_TOKEN = Pattern.compile("[^\\p{L}\\p{N}]+");

    public boolean matches(SearchExpr expr, List<FieldDef> fields, Map<String, Object> record) {
        return switch (expr) {
            case SearchExpr.And and -> matches(and.left(), fields, record) && matches(and.right(), fields, record);
            case SearchExpr.Or or -> matches(or.left(), fields, record) || matches(or.right(), fields, record);
            case SearchExpr.AndNot andNot ->
                matches(andNot.left(), fields, record) && !matches(andNot.right(), fields, record);
            case SearchExpr.Adjacent adjacent ->
                adjacent.words().stream().allMatch(word -> matches(word, fields, record))
                        || matches(adjacent.joined(), fields, record);
            case SearchExpr.Leaf leaf ->
                fields.stream().anyMatch(field -> leafMatches(leaf, field, record.get(field.name())));
        };
    }

    private static boolean leafMatches(SearchExpr.Leaf leaf, FieldDef field, Object value) {
        if (value == null) {
            return false;
        }
        String text = value.toString();
        if (field.type() == FieldType.PHONE) {
            return phoneMatches(leaf, text);
        }
        return textMatches(leaf, text);
    }

    static boolean phoneMatches(SearchExpr.Leaf leaf, String stored) {
        String digits = stored.replaceAll("\\D", "");
        return !digits.isEmpty()
                && leaf.phoneDigits().map(p -> p.matcher(digits).matches()).orElse(false);
    }

    static boolean textMatches(SearchExpr.Leaf leaf, String stored) {
        List<Pattern> wanted = leaf.tokens();
        if (wanted.isEmpty()) {
            return false;
        }
        String[] tokens = NON_TOKEN.split(stored.strip());
        for (int startAt = 0; startAt + wanted.size() <= tokens.length; startAt++) {
            boolean all = true;
            for (int i = 0; i < wanted.size() && all; i++) {
                all = wanted.get(i).matcher(tokens[startAt + i]).matches();
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
