package io.ctibridge.cli.doctor;

import java.util.List;

/**
 * A group of related checks (Salesforce, config, pop API, Connect). A group decides itself which checks it can run:
 * one that depends on a failed check is reported as skipped with that reason, never silently left out.
 */
@FunctionalInterface
public interface CheckGroup {

    /** Runs the group's checks; expected failures are results, not exceptions. */
    List<CheckResult> run();
}
