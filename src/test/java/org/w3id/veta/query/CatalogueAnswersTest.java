package org.w3id.veta.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.veta.support.Cli;
import org.w3id.veta.support.TestStore;

/**
 * The research questions the catalogue must answer, checked against facts read in the reference material
 * (../shared/reference), through the real command line, with parameters.
 */
class CatalogueAnswersTest {
    private static String store;

    @BeforeAll
    static void store() {
        store = TestStore.database().getParent().toString();
    }

    private static List<String> csv(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "query";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--store";
        all[args.length + 2] = store;
        all[args.length + 3] = "--format";
        all[args.length + 4] = "csv";
        Cli.Result result = Cli.run(all);
        assertEquals(0, result.exitCode(), result.err());
        return result.out().lines().toList();
    }

    @Test
    void theProcessDeadlineWasExtendedFiveTimesUpTo2026() {
        assertEquals(List.of("extensions,latestDeadline", "5,2026-12-31"), csv("deadline-extension-count"));
    }

    @Test
    void theDeadlineChainGoesFrom2014To2026() {
        List<String> deadlines = csv("deadline-extensions").stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertEquals(List.of("2014", "2020", "2020-12-31", "2021-12-31", "2024-12-31", "2025-06-30", "2025-12-31", "2026-12-31"), deadlines);
    }

    @Test
    void aPmaDealsWithRegionalGovernmentsIn2024AndWithMinemDgfmIn2026() {
        List<String> in2024 = csv("formalisation-agencies", "--param", "stratum=PMA", "--param", "date=2024");
        List<String> in2026 = csv("formalisation-agencies", "--param", "stratum=PMA", "--param", "date=2026");
        assertTrue(in2024.stream().anyMatch(l -> l.startsWith("Gobiernos Regionales") && l.contains("leading the formalisation process")), in2024.toString());
        assertFalse(in2024.stream().anyMatch(l -> l.startsWith("Dirección General de Formalización Minera") && l.contains("leading")), in2024.toString());
        assertTrue(in2026.stream().anyMatch(l -> l.startsWith("Dirección General de Formalización Minera") && l.contains("leading the formalisation process")), in2026.toString());
        assertFalse(in2026.stream().anyMatch(l -> l.startsWith("Gobiernos Regionales") && l.contains("leading")), in2026.toString());
    }

    @Test
    void theLawsThatModifiedDl1293IncludeTheDeadlineExtensions() {
        String answer = String.join("\n", csv("regulations-modifying", "--param", "target=dl-1293"));
        for (String law : List.of("Ley 31007", "Ley 31388", "Ley 32213", "Ley 32537", "DL 1607")) assertTrue(answer.contains(law), law + " in " + answer);
        assertFalse(answer.contains("DL 1695"), answer);
    }

    @Test
    void uncertainFactsOfLaRinconadaComeWithTheirReason() {
        String answer = String.join("\n", csv("case-sources", "--param", "case=la-rinconada"));
        assertTrue(answer.contains("uncertain"), answer);
        assertTrue(answer.contains("2024 or 2025"), answer);
    }

    @Test
    void exploitationContractsAreFoundInPatazCases() {
        String answer = String.join("\n", csv("cases-by-arrangement"));
        assertTrue(answer.contains("exploitation contract,2,"), answer);
    }

    @Test
    void aBadParameterIsAClearUsageError() {
        Cli.Result result = Cli.run("query", "formalisation-agencies", "--param", "date=2024-13", "--store", store);
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("parameter 'date'"), result.err());
        Cli.Result unknown = Cli.run("query", "no-such-query", "--store", store);
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("no catalogue query named 'no-such-query'"), unknown.err());
    }

    @Test
    void aQueryFileOutsideTheCatalogueRuns() {
        Cli.Result result = Cli.run("query", Path.of("queries/departments.rq").toAbsolutePath().toString(), "--store", store, "--format", "tsv");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(26, result.out().lines().count(), result.out());
    }
}
