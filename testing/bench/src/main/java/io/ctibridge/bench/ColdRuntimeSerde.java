package io.ctibridge.bench;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;

/**
 * The Lambda runtime's serializers as a {@code RequestHandler}'s first invocation after a restore met them before
 * the handlers read their own stream: the runtime's serialization library (the events library's serializer for its
 * types, its plain Jackson factory otherwise), never used before the snapshot, so loaded, built and run cold.
 *
 * <p>The handler's own codec is now primed on that same library, so a fresh serializer from it would find its
 * classes loaded and compiled. This one comes from a copy of the library in a class loader of its own, created on
 * the first read: nothing the priming warmed is reused, as nothing was before the change.
 */
final class ColdRuntimeSerde implements EventSerde {

    private static final String PACKAGE = "com.amazonaws.services.lambda.runtime.serialization.";

    private ClassLoader runtime;

    @Override
    public <I> I read(byte[] event, Class<I> type) throws IOException {
        return type.cast(onSerializer(
                serializer(type), "fromJson", new Class<?>[] {InputStream.class}, new ByteArrayInputStream(event)));
    }

    @Override
    public <O> byte[] write(O answer, Class<O> type) throws IOException {
        if (answer == null) {
            return "null".getBytes(StandardCharsets.US_ASCII);
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        onSerializer(serializer(type), "toJson", new Class<?>[] {Object.class, OutputStream.class}, answer, json);
        return json.toByteArray();
    }

    /** What the runtime would choose for {@code type}, from the cold copy. */
    private Object serializer(Class<?> type) throws IOException {
        Class<?> events = runtimeClass("events.LambdaEventSerializers");
        boolean eventType =
                (boolean) call(null, events, "isLambdaSupportedEvent", new Class<?>[] {String.class}, type.getName());
        if (eventType) {
            return call(
                    null,
                    events,
                    "serializerFor",
                    new Class<?>[] {Class.class, ClassLoader.class},
                    type,
                    type.getClassLoader());
        }
        Class<?> factory = runtimeClass("factories.JacksonFactory");
        Object instance = call(null, factory, "getInstance", new Class<?>[0]);
        return call(instance, factory, "getSerializer", new Class<?>[] {Class.class}, type);
    }

    private Class<?> runtimeClass(String name) throws IOException {
        if (runtime == null) {
            // The library is self-contained (its Jackson shaded in): its jar alone, over the platform's classes.
            URL library = LambdaEventSerializers.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation();
            runtime = new URLClassLoader(
                    "cold-lambda-runtime-serialization", new URL[] {library}, ClassLoader.getPlatformClassLoader());
        }
        try {
            return Class.forName(PACKAGE + name, true, runtime);
        } catch (ClassNotFoundException e) {
            throw new IOException("the runtime's serialization library lacks " + name, e);
        }
    }

    /** A method of the copy's {@code PojoSerializer} interface, which the harness's own copy is not. */
    private Object onSerializer(Object serializer, String method, Class<?>[] parameters, Object... arguments)
            throws IOException {
        return call(serializer, runtimeClass("PojoSerializer"), method, parameters, arguments);
    }

    private static Object call(Object target, Class<?> owner, String method, Class<?>[] parameters, Object... arguments)
            throws IOException {
        try {
            return owner.getMethod(method, parameters).invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtimeException) {
                throw runtimeException;
            }
            throw new IOException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the runtime's serialization library has no " + method, e);
        }
    }
}
