/**
 * Where profiles live and how a function gets one. Jobs read through {@link ProfileReader}, which never fails:
 * {@link CachingProfileReader} keeps each profile briefly and falls back to the last good one, else the built-in
 * default, when the store is unreachable or a document broken. Operators write through {@link ProfileStore}, where
 * every save is validated and makes a new immutable version ({@link ProfileVersionConflictException} when someone saved
 * in between); {@link DynamoDbProfileStore} keeps it in the config table. Layer: shared; the composition root builds
 * one caching reader per execution environment ({@link io.ctibridge.core.root.CompositionRoot#profiles()}). It depends
 * on {@code config}, {@code config.parse}, {@code observability} and the table's attribute names in
 * {@link io.ctibridge.core.aws.TableDefinitions}, never on Salesforce or a job.
 */
package io.ctibridge.core.config.store;
