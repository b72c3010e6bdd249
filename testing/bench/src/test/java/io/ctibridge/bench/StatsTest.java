package io.ctibridge.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void of_takesNearestRankPercentiles_ofOneToAHundred() {
        long[] samples = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();
        assertEquals(new Stats(100, 50, 90, 99, 1, 100), Stats.of(samples));
    }

    @Test
    void of_givesTheLowerMiddle_forAnEvenCount_andNeverInterpolates() {
        assertEquals(new Stats(4, 20, 40, 40, 10, 40), Stats.of(new long[] {40, 10, 30, 20}));
    }

    @Test
    void of_givesTheOnlySample_forEveryPercentile() {
        assertEquals(new Stats(1, 7, 7, 7, 7, 7), Stats.of(new long[] {7}));
    }

    @Test
    void of_leavesTheCallersArrayUnsorted() {
        long[] samples = {3, 1, 2};
        Stats.of(samples);
        assertArrayEquals(new long[] {3, 1, 2}, samples);
    }

    @Test
    void of_refusesNoSamples() {
        assertThrows(IllegalArgumentException.class, () -> Stats.of(new long[0]));
    }
}
