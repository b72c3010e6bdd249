package io.ctibridge.cli.doctor;

import java.util.Objects;

/**
 * One line of the doctor's report.
 *
 * @param name   what was checked, e.g. {@code Salesforce token}
 * @param status pass, warn (passes, but some cases will fail), fail or skip
 * @param detail what was found (pass, warn and fail) or why the check did not run (skip); may be empty
 * @param fix    for a failure or a warning, the fix in one sentence; empty otherwise
 */
public record CheckResult(String name, Status status, String detail, String fix) {

    public enum Status {
        PASS,
        WARN,
        FAIL,
        SKIP
    }

    public CheckResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
        fix = fix == null ? "" : fix;
    }

    public static CheckResult pass(String name, String detail) {
        return new CheckResult(name, Status.PASS, detail, "");
    }

    /** Passes, but some cases will fail: the doctor's exit code stays 0. */
    public static CheckResult warn(String name, String detail, String fix) {
        return new CheckResult(name, Status.WARN, detail, fix);
    }

    public static CheckResult fail(String name, String detail, String fix) {
        return new CheckResult(name, Status.FAIL, detail, fix);
    }

    public static CheckResult skip(String name, String why) {
        return new CheckResult(name, Status.SKIP, why, "");
    }

    public boolean failed() {
        return status == Status.FAIL;
    }
}
