/*
 * Builds one function's handler with its Lambda (no-arg) constructor and runs its SnapStart hooks, on the classpath
 * sam build gave it: the function's folder, its lib/ and the layer's java/lib/. A jar the zip and the layer both
 * lack fails here, in CI, rather than at the first invocation in Lambda; so does a priming event missing from the
 * zip. Priming never calls the network (SnapStartPrimingTest), so the dummy environment is never dialled.
 *
 * Usage (check-sam-build.py runs it): java -cp <classpath> .ci/PrimeHandler.java <handler class>
 */
public class PrimeHandler {
    public static void main(String[] args) throws Exception {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Class.forName(args[0], true, loader).getDeclaredConstructor().newInstance();
        Class.forName("io.ctibridge.core.priming.SnapStartPriming", true, loader)
                .getMethod("runHooksAsSnapStartWould").invoke(null);
        System.out.println("primed " + args[0]);
        System.exit(0); // the SDK's and the search executor's threads must not keep the JVM alive
    }
}
