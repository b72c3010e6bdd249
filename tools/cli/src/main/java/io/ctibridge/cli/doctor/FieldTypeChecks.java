package io.ctibridge.cli.doctor;

import io.ctibridge.cli.doctor.SalesforceProbe.FieldGrant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report lines for the types of the fields one profile fills on one object: a line for each field whose type
 * does not take the value (fail), takes only the shorter values (warn) or takes it as text (a note), and one line
 * saying they all fit when none failed or warned. Fields missing from describe are the existence check's to report.
 */
final class FieldTypeChecks {

    private FieldTypeChecks() {}

    static List<CheckResult> of(
            String profile, String object, List<WrittenValue> values, Map<String, FieldGrant> fields) {
        List<CheckResult> lines = new ArrayList<>();
        int checked = 0;
        boolean clean = true;
        for (WrittenValue value : values) {
            FieldGrant field = fields.get(value.field());
            if (field == null) {
                continue;
            }
            checked++;
            String name = "Profile '" + profile + "': " + object + "." + value.field();
            switch (FieldTypeFit.judge(value, field)) {
                case FieldTypeFit.Fits fits -> {}
                case FieldTypeFit.Note note -> lines.add(CheckResult.pass(name, note.detail()));
                case FieldTypeFit.Warning warning -> {
                    clean = false;
                    lines.add(CheckResult.warn(name, warning.detail(), warning.fix()));
                }
                case FieldTypeFit.Misfit misfit -> {
                    clean = false;
                    lines.add(CheckResult.fail(name, misfit.detail(), misfit.fix()));
                }
            }
        }
        if (clean && checked > 0) {
            lines.addFirst(CheckResult.pass(
                    "Profile '" + profile + "': " + object + " field types take what the call log writes",
                    checked + " fields"));
        }
        return lines;
    }
}
