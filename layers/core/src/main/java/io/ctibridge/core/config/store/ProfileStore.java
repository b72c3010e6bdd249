package io.ctibridge.core.config.store;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.InvalidProfileException;
import java.util.List;
import java.util.Optional;

/**
 * Versioned storage of profiles. Every save makes a new immutable version; the latest is the one in use.
 * A save validates first: an invalid profile is never stored.
 */
public interface ProfileStore {

    /**
     * The version in use.
     *
     * @throws InvalidProfileException when the stored document no longer parses or validates (edited by hand)
     */
    Optional<StoredProfile> get(String name);

    /**
     * Saves a new version on top of whatever is there now.
     *
     * @throws InvalidProfileException          when the profile is invalid; nothing is written
     * @throws ProfileVersionConflictException when someone else saved the same profile at the same moment
     */
    StoredProfile put(Profile profile, String updatedBy);

    /**
     * Saves a new version only if the one in use is still {@code expectedVersion} (0 when the profile must not
     * exist yet): an operator who edited version 3 does not overwrite a version 4 they never saw.
     *
     * @throws InvalidProfileException          when the profile is invalid; nothing is written
     * @throws ProfileVersionConflictException when the version in use is not {@code expectedVersion}
     */
    StoredProfile put(Profile profile, String updatedBy, int expectedVersion);

    /** Every saved version, newest first; empty when the profile does not exist. */
    List<StoredProfile> history(String name);

    /**
     * Saves the content of an earlier version as a new version, leaving the history intact.
     *
     * @throws java.util.NoSuchElementException when that version does not exist
     * @throws InvalidProfileException          when the old content fails today's validation
     */
    StoredProfile rollback(String name, int version, String updatedBy);
}
