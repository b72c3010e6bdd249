/**
 * What the call log copies from a finished contact onto its destination, whichever that is (a Task, a VoiceCall):
 * {@link CallFieldMapper} turns the profile's {@code callLog.fieldMappings} and a
 * {@link io.ctibridge.core.calllog.record.ContactRecord} into {@link MappedFields} (named, typed values, as a map or
 * as the JSON a VoiceCall's {@code callAttributes} takes), and the recording an agent can open, built by
 * {@link ConnectConsole} from the instance alias. Layer: jobs, a part of the call log used by its destinations; it
 * depends on {@code calllog.record} and {@code config} only, never on a destination, the ledger or another job.
 */
package io.ctibridge.core.calllog.fields;
