package io.ctibridge.cli;

import io.ctibridge.cli.profiles.ProfileCheck;
import io.ctibridge.core.config.parse.InvalidProfileException;
import io.ctibridge.core.config.parse.Violation;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints why a profile is invalid on stderr: one line per problem, each starting with what was checked, and a
 * count when there are several. A file with one problem (any file that is not JSON) gets exactly one line.
 */
final class ProblemReport {

    private ProblemReport() {}

    /** @param file the document's file name; lines read {@code file:line:col: path: message} for editors */
    static void print(PrintWriter err, String file, ProfileCheck.Invalid invalid) {
        invalid.problems().forEach(problem -> err.println(problem.describe(file)));
        printCount(err, file, invalid.problems().size());
    }

    /** A stored version that fails today's checks, e.g. on rollback; {@code subject} names it. */
    static void print(PrintWriter err, String subject, InvalidProfileException invalid) {
        List<Violation> violations = invalid.violations();
        violations.forEach(violation -> err.println(subject + ": " + violation));
        printCount(err, subject, violations.size());
    }

    private static void printCount(PrintWriter err, String subject, int problems) {
        if (problems > 1) {
            err.println(subject + ": " + problems + " problems");
        }
    }
}
