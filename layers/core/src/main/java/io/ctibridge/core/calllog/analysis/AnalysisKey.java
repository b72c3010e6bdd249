package io.ctibridge.core.calllog.analysis;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The S3 key of a Contact Lens post-call analysis file, read: {@code Analysis/Voice/YYYY/MM/DD/<contactId>_analysis_
 * <ts>.json}, or {@code Analysis/Voice/Redacted/YYYY/MM/DD/<contactId>_analysis_redacted_<ts>.json}. Any year: the
 * date folders are matched, never listed. A prefix before {@code Analysis/} (an instance's folder in a shared bucket)
 * is allowed.
 *
 * @param key       the key, decoded
 * @param contactId the ContactId the file analyses
 * @param redacted  whether it is the redacted variant
 * @param at        when Contact Lens wrote it (the key's timestamp); orders the analyses of one contact
 */
public record AnalysisKey(String key, String contactId, boolean redacted, Instant at) {

    private static final Pattern KEY = Pattern.compile("(?:.*/)?Analysis/Voice/(Redacted/)?\\d{4}/\\d{2}/\\d{2}/"
            + "([0-9A-Za-z-]{1,128})_analysis_(redacted_)?([0-9T:.Z+-]{10,40})\\.json");

    public AnalysisKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
    }

    /**
     * The key as an EventBridge S3 event carries it ({@code detail.object.key}, URL-encoded with {@code +} for a
     * space), read; empty when it is not an analysis file's key.
     */
    public static Optional<AnalysisKey> fromEventKey(String encodedKey) {
        if (encodedKey == null) {
            return Optional.empty();
        }
        String key;
        try {
            key = URLDecoder.decode(encodedKey, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return Optional.empty();
        }
        return parse(key);
    }

    /** A decoded key, read; empty when it is not an analysis file's key. */
    public static Optional<AnalysisKey> parse(String key) {
        Matcher matcher = KEY.matcher(key);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        boolean redactedFolder = matcher.group(1) != null;
        boolean redactedName = matcher.group(3) != null;
        if (redactedFolder != redactedName) {
            return Optional
                    .empty(); // a redacted name outside Redacted/, or the reverse: not a file Contact Lens writes
        }
        try {
            return Optional.of(new AnalysisKey(key, matcher.group(2), redactedFolder, Instant.parse(matcher.group(4))));
        } catch (DateTimeParseException badTimestamp) {
            return Optional.empty();
        }
    }
}
