package io.ctibridge.cli;

import io.ctibridge.cli.common.TextFiles;
import io.ctibridge.cli.common.UsageException;
import io.ctibridge.cli.profiles.ProfileCheck;
import io.ctibridge.cli.profiles.ProfileTable;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.InvalidProfileException;
import io.ctibridge.core.config.store.StoredProfile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code config push FILE --profile NAME}: saves the file as the profile's next version. {@code --profile} must
 * name the profile the file declares: it confirms which profile is being replaced, so that pushing the wrong file
 * fails instead of overwriting another contact center's settings. Pushing content equal to the version in use
 * saves nothing, so a pipeline can push on every run.
 */
@Command(
        name = "push",
        mixinStandardHelpOptions = true,
        description = "Validate a profile file and save it as the profile's next version.",
        exitCodeListHeading = "%nExit codes:%n",
        footer = "",
        exitCodeList = {
            "0:saved, or already the version in use",
            "1:invalid profile, or the save failed",
            "2:bad arguments or unreadable file"
        })
final class ConfigPushCommand extends OperatorCommand {

    @Parameters(paramLabel = "FILE", description = "The profile document (JSON).")
    Path file;

    @Option(
            names = "--profile",
            required = true,
            paramLabel = "NAME",
            description = "The profile to replace; must equal the file's \"profile\".")
    String profileName;

    @Option(
            names = "--updated-by",
            paramLabel = "WHO",
            defaultValue = "${sys:user.name}",
            description = "Recorded in the history (default: your OS user, ${DEFAULT-VALUE}).")
    String updatedBy;

    @Option(
            names = "--expected-version",
            paramLabel = "N",
            description = "Save only if version N is still the one in use (0: the profile must not exist yet).")
    Integer expectedVersion;

    @Mixin
    ConfigTableOptions table;

    @Override
    protected int run() {
        ProfileCheck check = new ProfileCheck();
        Profile profile;
        switch (check.check(TextFiles.readUtf8(file))) {
            case ProfileCheck.Valid valid -> profile = valid.profile();
            case ProfileCheck.Invalid invalid -> {
                ProblemReport.print(err(), file.toString(), invalid);
                return FAILED;
            }
        }
        if (!profile.profile().equals(profileName)) {
            throw new UsageException("--profile is '" + profileName + "' but " + file + " is the profile '"
                    + profile.profile() + "'; push the right file, or change its \"profile\" to copy it");
        }
        if (expectedVersion != null && expectedVersion < 0) {
            throw new UsageException("--expected-version must be 0 or more, not " + expectedVersion);
        }
        try (ProfileTable profiles = ProfileTable.open(table.target(environment()))) {
            Optional<StoredProfile> inUse = readable(profiles, profileName);
            if (inUse.isPresent()
                    && sameContent(check, inUse.get().profile(), profile)
                    && (expectedVersion == null
                            || expectedVersion == inUse.get().version())) {
                out().println("profile '" + profileName + "' version "
                        + inUse.get().version() + " already has this content; nothing was pushed");
                return OK;
            }
            StoredProfile saved = profiles.save(
                    profile,
                    updatedBy,
                    expectedVersion == null ? OptionalInt.empty() : OptionalInt.of(expectedVersion));
            out().println("pushed profile '" + profileName + "' as version " + saved.version() + " (by "
                    + saved.updatedBy() + ") to table " + profiles.tableName());
            return OK;
        }
    }

    /** The version in use; a hand-edited item that no longer validates is replaced like any other. */
    private static Optional<StoredProfile> readable(ProfileTable profiles, String name) {
        try {
            return profiles.current(name);
        } catch (InvalidProfileException e) {
            return Optional.empty();
        }
    }

    private static boolean sameContent(ProfileCheck check, Profile stored, Profile pushed) {
        return check.canonicalJson(stored).equals(check.canonicalJson(pushed));
    }
}
