package dev.ecrgen.runtime.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.testing.ManualClock;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The watchdog's guard on a manual timer: it cuts the connection exactly when the budget has passed, never before. */
class DeadlineWatchdogTest {

    /** A connection that only counts its disconnects. */
    private static final class CountingConnection extends HttpURLConnection {
        int disconnects;

        CountingConnection() throws java.net.MalformedURLException {
            super(new URL("http://127.0.0.1:1/"));
        }

        @Override
        public void disconnect() {
            disconnects++;
        }

        @Override
        public boolean usingProxy() {
            return false;
        }

        @Override
        public void connect() {
        }
    }

    @Test
    void theGuardCutsTheConnectionWhenTheBudgetHasPassedAndNotBefore() throws Exception {
        ManualClock timer = new ManualClock();
        CountingConnection connection = new CountingConnection();
        DeadlineWatchdog.Guard guard = DeadlineWatchdog.arm(timer, connection, TimeUnit.MILLISECONDS.toNanos(250));
        assertEquals(List.of(250L), timer.delays());

        timer.advanceNanos(TimeUnit.MILLISECONDS.toNanos(250) - 1);
        assertFalse(guard.fired(), "one nanosecond before the budget");
        assertEquals(0, connection.disconnects);

        timer.advanceNanos(1);
        assertTrue(guard.fired());
        assertEquals(1, connection.disconnects, "cut once, at the budget");
        timer.advance(60_000);
        assertEquals(1, connection.disconnects);
        guard.disarm();
        assertTrue(guard.fired(), "disarming after the cut does not undo it");
    }

    @Test
    void aDisarmedGuardNeverFires() throws Exception {
        ManualClock timer = new ManualClock();
        CountingConnection connection = new CountingConnection();
        DeadlineWatchdog.Guard guard = DeadlineWatchdog.arm(timer, connection, TimeUnit.SECONDS.toNanos(5));
        timer.advance(4_999);
        guard.disarm();
        assertEquals(0, timer.pending(), "disarming cancels the scheduled cut");
        timer.advance(3_600_000);
        assertFalse(guard.fired());
        assertEquals(0, connection.disconnects);
    }

    @Test
    void theTransportsUseTheSharedTimerUnlessGivenAnother() {
        assertSame(DeadlineWatchdog.shared(), UrlConnectionTransport.create().timer());
        ManualClock timer = new ManualClock();
        assertSame(timer, UrlConnectionTransport.builder().timer(timer).build().timer());
    }
}
