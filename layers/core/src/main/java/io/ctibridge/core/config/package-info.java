/**
 * The profile model: how one contact center matches callers, pops screens and logs calls, as immutable records with
 * their documented defaults. The public face is {@link Profile}, with {@link SearchTarget}, {@link PopRules} and
 * {@link CallLog} for its three concerns; {@link Profile#builtInDefault()} is what a function uses when no profile can
 * be read. Layer: shared, read by every job. It holds values only: parsing and checking live in {@code config.parse}
 * and storage in {@code config.store}, and its code must not depend on either (Profile imports ProfileValidator for a
 * javadoc link only), nor on AWS, Salesforce or a job; it uses {@code contact} for
 * {@link io.ctibridge.core.contact.LookupStatus}, the key of the pop rules.
 */
package io.ctibridge.core.config;
