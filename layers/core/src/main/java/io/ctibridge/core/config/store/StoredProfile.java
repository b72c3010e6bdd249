package io.ctibridge.core.config.store;

import io.ctibridge.core.config.Profile;
import java.time.Instant;

/**
 * A profile as saved: which version it is, and who saved it when.
 *
 * @param version   1 for the first save, one more for each save or rollback after it
 * @param updatedBy who saved it, e.g. an operator's name or {@code cli}
 */
public record StoredProfile(Profile profile, int version, Instant updatedAt, String updatedBy) {}
