package io.ctibridge.core.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.ctibridge.core.config.parse.ProfileValidator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A config profile: how one contact center matches callers, pops screens and logs calls. Stored in DynamoDB as a
 * JSON document and chosen by the contact flow's {@code profile} parameter. Every setting but the name has a
 * default, so {@code {"profile": "sales"}} is a complete profile. Check one with {@link ProfileValidator}.
 *
 * @param profile                the name, {@code [a-z0-9-]{1,64}}
 * @param defaultRegion          ISO 3166 region for numbers dialled without country code (default {@code US})
 * @param systemNumbers          the contact center's own numbers (E.164): a call "from" one is INVALID
 * @param lookupDeadlineMs       the whole lookup answers within this (default 3000; Connect gives up at 8 s)
 * @param popTokenTtlSeconds     lifetime of the screen-pop token (default 900)
 * @param contactStateTtlSeconds how long a contact's lookup result is kept for the pop and the log (default 1 day)
 * @param maxMatches             matches kept per lookup (default 10)
 * @param searchTargets          objects searched, see {@link SearchTarget#DEFAULTS}
 * @param tieBreak               order of matches that priorities leave equal
 * @param popRules               the pop for each lookup status
 * @param callLog                how calls are logged
 * @param operations             named operations a contact flow may invoke besides the lookup (none by default)
 */
public record Profile(
        String profile,
        String defaultRegion,
        List<String> systemNumbers,
        int lookupDeadlineMs,
        int popTokenTtlSeconds,
        int contactStateTtlSeconds,
        int maxMatches,
        List<SearchTarget> searchTargets,
        TieBreak tieBreak,
        PopRules popRules,
        CallLog callLog,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FlowOperation> operations) {

    public static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,64}");
    public static final String DEFAULT_NAME = "default";
    public static final String DEFAULT_REGION = "US";
    public static final int DEFAULT_LOOKUP_DEADLINE_MS = 3000;
    public static final int DEFAULT_POP_TOKEN_TTL_SECONDS = 900;
    public static final int DEFAULT_CONTACT_STATE_TTL_SECONDS = 86_400;
    public static final int DEFAULT_MAX_MATCHES = 10;

    public Profile {
        defaultRegion = defaultRegion == null ? DEFAULT_REGION : defaultRegion;
        systemNumbers = systemNumbers == null ? List.of() : List.copyOf(systemNumbers);
        searchTargets = searchTargets == null ? SearchTarget.DEFAULTS : List.copyOf(searchTargets);
        tieBreak = tieBreak == null ? TieBreak.LAST_MODIFIED : tieBreak;
        popRules = popRules == null ? PopRules.defaults() : popRules;
        callLog = callLog == null ? CallLog.defaults() : callLog;
        operations = operations == null ? List.of() : List.copyOf(operations);
    }

    /** A profile without operations, as every profile was before they existed. */
    public Profile(
            String profile,
            String defaultRegion,
            List<String> systemNumbers,
            int lookupDeadlineMs,
            int popTokenTtlSeconds,
            int contactStateTtlSeconds,
            int maxMatches,
            List<SearchTarget> searchTargets,
            TieBreak tieBreak,
            PopRules popRules,
            CallLog callLog) {
        this(
                profile,
                defaultRegion,
                systemNumbers,
                lookupDeadlineMs,
                popTokenTtlSeconds,
                contactStateTtlSeconds,
                maxMatches,
                searchTargets,
                tieBreak,
                popRules,
                callLog,
                null);
    }

    /** Reads a profile document: absent settings take their defaults. */
    @JsonCreator
    static Profile fromJson(
            @JsonProperty("profile") String profile,
            @JsonProperty("defaultRegion") String defaultRegion,
            @JsonProperty("systemNumbers") List<String> systemNumbers,
            @JsonProperty("lookupDeadlineMs") Integer lookupDeadlineMs,
            @JsonProperty("popTokenTtlSeconds") Integer popTokenTtlSeconds,
            @JsonProperty("contactStateTtlSeconds") Integer contactStateTtlSeconds,
            @JsonProperty("maxMatches") Integer maxMatches,
            @JsonProperty("searchTargets") List<SearchTarget> searchTargets,
            @JsonProperty("tieBreak") TieBreak tieBreak,
            @JsonProperty("popRules") PopRules popRules,
            @JsonProperty("callLog") CallLog callLog,
            @JsonProperty("operations") List<FlowOperation> operations) {
        return new Profile(
                profile,
                defaultRegion,
                systemNumbers,
                orDefault(lookupDeadlineMs, DEFAULT_LOOKUP_DEADLINE_MS),
                orDefault(popTokenTtlSeconds, DEFAULT_POP_TOKEN_TTL_SECONDS),
                orDefault(contactStateTtlSeconds, DEFAULT_CONTACT_STATE_TTL_SECONDS),
                orDefault(maxMatches, DEFAULT_MAX_MATCHES),
                searchTargets,
                tieBreak,
                popRules,
                callLog,
                operations);
    }

    /** A profile of that name with every setting at its default. */
    public static Profile defaults(String name) {
        return fromJson(name, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * What a function uses when no profile can be read and none ever was: the documented defaults, which pop a
     * New Contact form for every caller not found. Same content as {@code default-profile.json}.
     */
    public static Profile builtInDefault() {
        return defaults(DEFAULT_NAME);
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public Profile withName(String name) {
        return new Profile(
                name,
                defaultRegion,
                systemNumbers,
                lookupDeadlineMs,
                popTokenTtlSeconds,
                contactStateTtlSeconds,
                maxMatches,
                searchTargets,
                tieBreak,
                popRules,
                callLog,
                operations);
    }

    /** The names of the operations that {@code test} selects, e.g. those whose record the screen pop opens. */
    public List<String> operationNames(java.util.function.Predicate<FlowOperation> test) {
        return operations.stream().filter(test).map(FlowOperation::name).toList();
    }

    /** The operation of that name, if the profile has one. */
    public java.util.Optional<FlowOperation> operation(String name) {
        return operations.stream().filter(op -> op.name().equals(name)).findFirst();
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
