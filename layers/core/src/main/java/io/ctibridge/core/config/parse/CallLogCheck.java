package io.ctibridge.core.config.parse;

import io.ctibridge.core.config.CallLog;
import io.ctibridge.core.config.CallLogDestination;
import io.ctibridge.core.config.ContactChannel;
import io.ctibridge.core.config.ContactLens;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Rules for {@code callLog}: the activity it describes must be one Salesforce can save. */
final class CallLogCheck {

    /** Task Subject holds 255 characters; the number replacing the placeholder adds up to 16. */
    static final int MAX_SUBJECT_LENGTH = 230;
    /** Fields the call logger sets itself from the contact record; a profile cannot override them. */
    static final Set<String> RESERVED_FIELDS = Stream.concat(
                    CallLog.WRITTEN_FIELDS.stream(), Stream.of(CallLog.CREATE_ONLY_FIELD))
            .collect(Collectors.toUnmodifiableSet());

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    private CallLogCheck() {}

    static void check(CallLog log, Violations violations) {
        violations.require(
                SalesforceNames.isObject(log.object()),
                "callLog.object",
                "must be an object API name such as Task (" + SalesforceNames.NAME_RULE + ")");
        violations.requireText(log.status(), "callLog.status");
        violations.requireText(log.priority(), "callLog.priority");
        checkSubject(log.subjectInbound(), "callLog.subjectInbound", violations);
        checkSubject(log.subjectOutbound(), "callLog.subjectOutbound", violations);
        if (log.dispositionAttribute() != null) {
            violations.requireText(log.dispositionAttribute(), "callLog.dispositionAttribute");
        }
        checkChannels(log.channels(), violations);
        checkDestination(log, violations);
        String fallbackOwner = log.ownerMapping().fallbackOwnerId();
        violations.require(
                fallbackOwner == null || SalesforceNames.isUserId(fallbackOwner),
                "callLog.ownerMapping.fallbackOwnerId",
                "must be a 15- or 18-character User Id (005…), or be left out");
        for (String field : new TreeSet<>(log.extraFields().keySet())) {
            String path = "callLog.extraFields." + field;
            if (violations.require(
                    SalesforceNames.isField(field),
                    path,
                    "is not a field API name (" + SalesforceNames.NAME_RULE + ")")) {
                violations.require(
                        !RESERVED_FIELDS.contains(field),
                        path,
                        "is set by the call logger from the contact record and cannot be overridden");
            }
        }
        checkContactLens(log, violations);
    }

    /**
     * Contact Lens fields: API names, none the call logger sets itself or a profile extra sets, none named twice,
     * and at least one when enabled (else the analysis would be read for nothing).
     */
    private static void checkContactLens(CallLog log, Violations violations) {
        ContactLens lens = log.contactLens();
        Map<String, String> fields = lens.fieldsBySetting();
        violations.require(
                !lens.enabled() || !fields.isEmpty(),
                "callLog.contactLens",
                "is enabled but names no field; name at least one, e.g. summaryField");
        Map<String, String> seen = new HashMap<>();
        fields.forEach((setting, field) -> {
            String path = "callLog.contactLens." + setting;
            if (!violations.require(
                    SalesforceNames.isField(field),
                    path,
                    "is not a field API name (" + SalesforceNames.NAME_RULE + ")")) {
                return;
            }
            violations.require(
                    !RESERVED_FIELDS.contains(field),
                    path,
                    field + " is set by the call logger from the contact record; name a field of its own");
            violations.require(
                    !log.extraFields().containsKey(field),
                    path,
                    field + " is also in callLog.extraFields; a field gets one value");
            String earlier = seen.putIfAbsent(field, setting);
            violations.require(earlier == null, path, field + " is already callLog.contactLens." + earlier);
        });
    }

    private static void checkSubject(String subject, String path, Violations violations) {
        if (!violations.requireText(subject, path)) {
            return;
        }
        violations.require(
                subject.length() <= MAX_SUBJECT_LENGTH, path, "must be at most " + MAX_SUBJECT_LENGTH + " characters");
        Matcher placeholders = PLACEHOLDER.matcher(subject);
        while (placeholders.find()) {
            violations.require(
                    placeholders.group().equals(CallLog.CALLER_PLACEHOLDER),
                    path,
                    "has unknown placeholder " + placeholders.group() + "; the only one is "
                            + CallLog.CALLER_PLACEHOLDER);
        }
    }

    private static void checkDestination(CallLog log, Violations violations) {
        if (!violations.require(
                CallLogDestination.of(log.destination()).isPresent(),
                "callLog.destination",
                "must be Task, VoiceCall or both, not " + log.destination())) {
            return;
        }
        for (Map.Entry<String, String> attribute : new TreeMap<>(log.voiceCall().callAttributes()).entrySet()) {
            String path = "callLog.voiceCall.callAttributes." + attribute.getKey();
            violations.requireText(attribute.getKey(), "callLog.voiceCall.callAttributes");
            violations.require(
                    attribute.getValue() != null && SalesforceNames.isField(attribute.getValue()),
                    path,
                    "must name a VoiceCall field (" + SalesforceNames.NAME_RULE + "), such as Reason__c");
        }
    }

    private static void checkChannels(List<ContactChannel> channels, Violations violations) {
        violations.require(!channels.isEmpty(), "callLog.channels", "must name at least one channel, e.g. VOICE");
        Set<ContactChannel> seen = new HashSet<>();
        for (int i = 0; i < channels.size(); i++) {
            violations.require(
                    seen.add(channels.get(i)), "callLog.channels[" + i + "]", channels.get(i) + " is listed twice");
        }
    }
}
