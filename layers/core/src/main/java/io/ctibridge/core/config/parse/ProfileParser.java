package io.ctibridge.core.config.parse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.ctibridge.core.config.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Turns profile documents into {@link Profile}s and back. Strict on purpose: unknown properties (a typo would
 * otherwise silently fall back to a default), duplicate keys, numbers in quotes, {@code null} in lists and
 * fractional counts are all errors, reported with the setting's path and the line:column in the document.
 * Parsing checks shape only; {@link ProfileValidator} checks the values.
 */
public final class ProfileParser {

    /** The documented default profile, next to this class on the classpath. */
    public static final String DEFAULT_PROFILE_RESOURCE = "default-profile.json";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .withConfigOverride(List.class, list -> list.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(
                    LogicalType.Boolean,
                    c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withCoercionConfig(
                    LogicalType.Textual,
                    c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /**
     * @throws InvalidProfileException when the text is not JSON or not shaped like a profile
     */
    public Profile parse(String json) {
        Objects.requireNonNull(json, "json");
        Profile profile;
        try {
            profile = mapper.readValue(json, Profile.class);
        } catch (JsonProcessingException e) {
            throw new InvalidProfileException(null, List.of(ParseErrors.toViolation(e)));
        }
        if (profile == null) {
            throw new InvalidProfileException(null, List.of(new Violation("", "is null, expected a JSON object")));
        }
        return profile;
    }

    /** The document stored in DynamoDB: indented, every setting written out, defaults included. */
    public String toJson(Profile profile) {
        try {
            return mapper.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Profile always serializes", e);
        }
    }

    /** The text of {@value #DEFAULT_PROFILE_RESOURCE}, for the local stack and operators starting a profile. */
    public static String defaultProfileDocument() {
        try (InputStream in = ProfileParser.class.getResourceAsStream(DEFAULT_PROFILE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_PROFILE_RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
