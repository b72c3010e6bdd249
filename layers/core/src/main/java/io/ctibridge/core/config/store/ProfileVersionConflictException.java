package io.ctibridge.core.config.store;

/** Someone else saved the profile between the moment it was read and the save. Read it again, then retry. */
public final class ProfileVersionConflictException extends RuntimeException {

    private final String profileName;
    private final int expectedVersion;

    public ProfileVersionConflictException(String profileName, int expectedVersion, Throwable cause) {
        super(
                "profile '" + profileName + "' is no longer at version " + expectedVersion
                        + ": someone else saved it meanwhile; read the current version and apply the change again",
                cause);
        this.profileName = profileName;
        this.expectedVersion = expectedVersion;
    }

    public String profileName() {
        return profileName;
    }

    public int expectedVersion() {
        return expectedVersion;
    }
}
