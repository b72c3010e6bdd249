package io.ctibridge.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.DateDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Date;

/**
 * The naive baseline's event read: a default Jackson mapper that registers every module it finds on the classpath
 * (jsr310, and Joda for EventBridge's {@code time}), made to accept Connect's and Kinesis's capitalised names and
 * the fields the events types lack, the usual way. One addition a default mapper cannot do without: Kinesis's
 * {@code approximateArrivalTimestamp} is epoch seconds with a fraction, where Jackson's {@link Date} takes whole
 * milliseconds only.
 */
final class DefaultMapperSerde implements EventSerde {

    private ObjectMapper mapper;

    @Override
    public <I> I read(byte[] event, Class<I> type) throws IOException {
        return mapper().readValue(event, type);
    }

    @Override
    public <O> byte[] write(O answer, Class<O> type) throws IOException {
        return mapper().writeValueAsBytes(answer);
    }

    private ObjectMapper mapper() {
        if (mapper == null) {
            mapper = JsonMapper.builder()
                    .findAndAddModules()
                    .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .addModule(new SimpleModule().addDeserializer(Date.class, new EpochSecondsDate()))
                    .build();
        }
        return mapper;
    }

    /** Fractional epoch seconds as a {@link Date}; anything else as Jackson reads a {@code Date}. */
    private static final class EpochSecondsDate extends StdScalarDeserializer<Date> {

        EpochSecondsDate() {
            super(Date.class);
        }

        @Override
        public Date deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT
                    ? new Date(parser.getDecimalValue().movePointRight(3).longValue())
                    : DateDeserializers.DateDeserializer.instance.deserialize(parser, context);
        }
    }
}
