package dev.ecrgen.services.ecr.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Runs every case of {@link ConfigCases} in child JVMs and checks each client side against the table, two children at
 * a time.
 *
 * <p>{@link #SIDES_CHECKED_AGAINST_THE_TABLE} lists the sides held to the whole table. Today that is the official
 * client alone, which keeps the table honest. The ecrgen client joins it by adding {@link ClientSide#ECRGEN} once its
 * builder resolves the shared configuration (ClientBuilder calling
 * {@link dev.ecrgen.runtime.config.ClientConfigResolver}) and has {@code fipsEnabled}, {@code dualstackEnabled} and
 * {@code defaultsMode}; until then {@link #ecrgenSideRunsWhatTodaysBuilderSupports()} proves its child side works on
 * the cases that need no configuration.
 */
class ConfigParityTest {
    static final List<ClientSide> SIDES_CHECKED_AGAINST_THE_TABLE = List.of(ClientSide.OFFICIAL);

    /** Cases today's ecrgen client already passes: builder settings only, nothing read from the configuration. */
    static final List<String> ECRGEN_TODAY = List.of("nothing configured", "builder endpointOverride",
            "retries: nothing configured");

    private static final int PARALLEL_CHILDREN = 2;

    @Test
    void everySideMatchesTheTable() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (ClientSide side : SIDES_CHECKED_AGAINST_THE_TABLE) {
            mismatches.addAll(check(side, ConfigCases.all()));
        }
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " case(s) differ from the table:\n" + String.join("\n", mismatches));
        }
    }

    @Test
    void ecrgenSideRunsWhatTodaysBuilderSupports() throws Exception {
        List<ConfigCase> cases = new ArrayList<>();
        for (ConfigCase c : ConfigCases.all()) {
            if (ECRGEN_TODAY.contains(c.name)) {
                cases.add(c);
            }
        }
        assertEquals(ECRGEN_TODAY.size(), cases.size(), "every listed case is in the table");
        List<String> mismatches = check(ClientSide.ECRGEN, cases);
        if (!mismatches.isEmpty()) {
            fail(String.join("\n", mismatches));
        }
    }

    @Test
    void caseNamesAreUnique() {
        List<String> names = new ArrayList<>();
        for (ConfigCase c : ConfigCases.all()) {
            if (names.contains(c.name)) {
                fail("two cases are named '" + c.name + "'");
            }
            names.add(c.name);
        }
    }

    private static List<String> check(ClientSide side, List<ConfigCase> cases) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_CHILDREN);
        try {
            List<Future<Observation>> running = new ArrayList<>();
            for (ConfigCase c : cases) {
                running.add(pool.submit(() -> CaseRunner.run(side, c)));
            }
            List<String> mismatches = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                ConfigCase c = cases.get(i);
                Observation seen = running.get(i).get();
                Observation expected = new Observation(c.expectedWire, c.expectedOutcome);
                if (!expected.equals(seen)) {
                    mismatches.add(side + " '" + c.name + "'\n  expected " + expected + "\n  saw      " + seen);
                }
            }
            return mismatches;
        } finally {
            pool.shutdownNow();
        }
    }
}
