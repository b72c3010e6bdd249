package io.ctibridge.cli;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.InputStream;

/** Reads event JSON into the AWS Lambda Events types with the serializer the Java runtime itself uses. */
final class LambdaEvents {

    private LambdaEvents() {}

    static <T> T read(InputStream json, Class<T> type) {
        PojoSerializer<T> serializer = LambdaEventSerializers.serializerFor(type, LambdaEvents.class.getClassLoader());
        return serializer.fromJson(json);
    }
}
