package io.ctibridge.planted.testkit;

/** Stands for the test infrastructure (testing/testkit). */
public class PlantedTestkit {
    public static String fixture() {
        return "fixture";
    }
}
