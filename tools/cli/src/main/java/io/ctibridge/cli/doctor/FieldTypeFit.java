package io.ctibridge.cli.doctor;

import io.ctibridge.cli.doctor.SalesforceProbe.FieldGrant;
import io.ctibridge.cli.doctor.WrittenValue.Shape;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a field's describe type takes what the call log writes into it. Salesforce refuses a write whose value
 * does not convert to the field's type, and a text longer than the field (STRING_TOO_LONG, API 15.0 and later: the
 * REST API does not truncate), so a mismatch loses every call's log or the long ones, not just a value.
 */
final class FieldTypeFit {

    /** Describe types holding text; anyType holds any value. */
    static final Set<String> TEXT = Set.of(
            "string", "textarea", "url", "phone", "email", "picklist", "multipicklist", "combobox", "encryptedstring");

    private static final Set<String> WHOLE_NUMBER = Set.of("int", "long", "double", "currency", "percent");
    // int holds no decimals: a sentiment of -1.25 does not convert.
    private static final Set<String> SCORE = Set.of("double", "currency", "percent");
    private static final Set<String> BOOLEAN = Set.of("boolean");
    // A date field refuses a date and time; Salesforce takes only YYYY-MM-DD there.
    private static final Set<String> DATETIME = Set.of("datetime");
    private static final String ANY = "anytype";

    /** The outcome for one field. */
    sealed interface Verdict {}

    record Fits() implements Verdict {}

    /** It fits, with something the operator may not expect (a number stored as text). */
    record Note(String detail) implements Verdict {}

    /** Most values fit; some are refused. */
    record Warning(String detail, String fix) implements Verdict {}

    /** No value fits. */
    record Misfit(String detail, String fix) implements Verdict {}

    private FieldTypeFit() {}

    static Verdict judge(WrittenValue value, FieldGrant field) {
        String type = field.type().toLowerCase(Locale.ROOT);
        if (type.equals(ANY)) {
            return new Fits();
        }
        if (value.shape() == Shape.TEXT) {
            return TEXT.contains(type) ? length(value, field) : misfit(value, field);
        }
        if (typesOf(value.shape()).contains(type)) {
            return new Fits();
        }
        if (TEXT.contains(type)) {
            return new Note(value.source() + " writes " + value.shape().written() + "; the field is " + field.type()
                    + ", so it holds it as text");
        }
        return misfit(value, field);
    }

    private static Verdict length(WrittenValue value, FieldGrant field) {
        // Length 0: describe gives none (the emulator's picklists); nothing to compare.
        if (value.longest() == 0 || field.length() == 0 || field.length() >= value.longest()) {
            return new Fits();
        }
        return new Warning(
                value.source() + " writes text up to " + value.longest() + " characters, but the field is "
                        + field.type() + "(" + field.length() + "): a longer value is refused",
                value.mapped()
                        ? "Set the mapping's maxLength to " + field.length() + ", or lengthen the field."
                        : "Lengthen the field to " + value.longest() + " characters (a long text area).");
    }

    private static Verdict misfit(WrittenValue value, FieldGrant field) {
        return new Misfit(
                value.source() + " writes " + value.shape().written() + ", but the field is " + field.type(),
                value.setting() + " " + value.shape().fits() + ", or change the field's type.");
    }

    private static Set<String> typesOf(Shape shape) {
        return switch (shape) {
            case TEXT -> TEXT;
            case WHOLE_NUMBER -> WHOLE_NUMBER;
            case SCORE -> SCORE;
            case BOOLEAN -> BOOLEAN;
            case DATETIME -> DATETIME;
        };
    }
}
