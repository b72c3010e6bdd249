package io.ctibridge.core.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void after_expiresOnceItsTimeHasPassed() throws InterruptedException {
        Deadline deadline = Deadline.after(Duration.ofMillis(30));
        assertFalse(deadline.isExpired());
        assertTrue(deadline.remaining().compareTo(Duration.ofMillis(30)) <= 0);
        Thread.sleep(40);
        assertTrue(deadline.isExpired());
        assertTrue(deadline.remaining().isZero());
    }

    @Test
    void none_neverExpires_evenForHugeTimeouts() {
        assertFalse(Deadline.none().isExpired());
        assertFalse(Deadline.after(Duration.ofDays(365 * 1000)).isExpired());
        assertTrue(Deadline.none().remaining().compareTo(Duration.ofDays(365)) > 0);
    }

    @Test
    void after_rejectsNegativeTimeouts() {
        assertThrows(IllegalArgumentException.class, () -> Deadline.after(Duration.ofMillis(-1)));
    }
}
