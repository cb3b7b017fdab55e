package dev.ecrgen.services.ecr.config;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Runs every case of {@link ConfigCases} in child JVMs and checks both client sides against the table, two children
 * at a time: the official client, which keeps the table honest, and the ecrgen client, which must put the same
 * requests on the wire (host, path, number of attempts) and end the same way, except where the table gives ecrgen's
 * own clearer message for a bad setting.
 */
class ConfigParityTest {
    static final List<ClientSide> SIDES_CHECKED_AGAINST_THE_TABLE = List.of(ClientSide.OFFICIAL, ClientSide.ECRGEN);

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
                Observation expected = new Observation(c.expectedWire, c.expectedOutcome(side));
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
