/**
 * Profile documents in and out: {@link ProfileParser} turns JSON into a {@link io.ctibridge.core.config.Profile} and
 * back, strictly (unknown keys, duplicate keys and numbers in quotes are errors), and {@link ProfileValidator} checks
 * the values, reporting every {@link Violation} with the setting's path. {@link InvalidProfileException} carries those
 * violations. The profile store parses what it reads and validates before it saves, and the operator CLI checks files
 * with the same classes, so a bad profile is refused when written, never discovered during a call. Layer: shared. It is
 * code over {@code config} (and {@link io.ctibridge.core.contact.LookupStatus}) with no I/O but its bundled
 * default-profile.json, and must not depend on AWS, Salesforce, the stores or a job.
 */
package io.ctibridge.core.config.parse;
