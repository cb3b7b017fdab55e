package dev.ecrgen.services.ecr.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.model.DescribeRepositoriesResponse;
import dev.ecrgen.services.ecr.testing.LoopbackServer;
import dev.ecrgen.services.ecr.testing.LoopbackServer.Reply;
import dev.ecrgen.services.ecr.testing.Sigv4Verifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One client shared by 8 threads against a loopback server: 2,000 calls in the default build as a smoke load, 40,000
 * with the {@code load} profile ({@code -Decrgen.load.calls} sets any number):
 * no call may fail, every request must carry a valid SigV4 signature, and the used heap after GC at the end must be
 * within a small margin of the start.
 */
class LoadTest {
    private static final int THREADS = 8;
    private static final long HEAP_MARGIN = 16L * 1024 * 1024;

    @Test
    void eightThreadsShareOneClient() throws Exception {
        int calls = Integer.getInteger("ecrgen.load.calls", 2_000);
        AtomicInteger errors = new AtomicInteger();
        List<String> firstErrors = new ArrayList<>();
        try (LoopbackServer server = new LoopbackServer().reply(Reply.json(200,
                "{\"repositories\":[{\"repositoryName\":\"team/app\",\"createdAt\":1.7E9}]}"));
                EcrClient client = SecretMarker.client(server.endpoint(), RetryPolicy.defaults(), null, null)) {
            runCalls(client, Math.min(2_000, calls), errors, firstErrors);
            server.requests().clear();
            long heapBefore = usedHeapAfterGc();
            long started = System.nanoTime();
            runCalls(client, calls, errors, firstErrors);
            long millis = (System.nanoTime() - started) / 1_000_000;

            List<LoopbackServer.Recorded> seen = new ArrayList<>(server.requests());
            int badSignatures = 0;
            String firstProblem = null;
            for (LoopbackServer.Recorded r : seen) {
                String problem = Sigv4Verifier.problem(r.method(), r.path(), r.query(), r.headers(), r.body(),
                        SecretMarker.ACCESS_KEY, SecretMarker.SECRET_KEY, "us-west-2", "ecr");
                if (problem != null) {
                    badSignatures++;
                    firstProblem = firstProblem == null ? problem : firstProblem;
                }
            }
            int received = seen.size();
            seen.clear();
            server.requests().clear();
            long heapAfter = usedHeapAfterGc();
            System.out.println("[reliability] load: " + calls + " calls on " + THREADS + " threads in " + millis
                    + " ms, errors " + errors.get() + ", requests received " + received + ", bad signatures "
                    + badSignatures + ", used heap after GC " + heapBefore / 1024 + " KiB -> " + heapAfter / 1024
                    + " KiB");
            assertEquals(0, errors.get(), "calls failed: " + firstErrors);
            assertEquals(calls, received, "one request per call, none retried");
            assertNull(firstProblem, badSignatures + " requests were not validly signed");
            assertTrue(heapAfter - heapBefore < HEAP_MARGIN, "used heap grew from " + heapBefore + " to " + heapAfter);
        }
    }

    private static void runCalls(EcrClient client, int calls, AtomicInteger errors, List<String> firstErrors)
            throws Exception {
        AtomicInteger remaining = new AtomicInteger(calls);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    while (remaining.getAndDecrement() > 0) {
                        try {
                            DescribeRepositoriesResponse r = client.describeRepositories(b -> b.maxResults(5));
                            if (!"team/app".equals(r.repositories().get(0).repositoryName())) {
                                throw new IllegalStateException("wrong response " + r);
                            }
                        } catch (RuntimeException e) {
                            if (errors.incrementAndGet() <= 5) {
                                synchronized (firstErrors) {
                                    firstErrors.add(e.toString());
                                }
                            }
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
