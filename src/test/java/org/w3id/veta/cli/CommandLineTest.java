package org.w3id.veta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.w3id.veta.support.Cli;
import org.w3id.veta.support.TestStore;

class CommandLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve", "query", "validate"})
    void everyCommandHasHelp(String command) {
        Cli.Result result = Cli.run(command, "--help");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("Usage: veta " + command), result.out());
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        Cli.Result result = Cli.run("build", "--no-such-option");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("Unknown option"), result.err());
    }

    @Test
    void theBuiltStoreConforms() {
        Cli.Result result = Cli.run("validate", "--store", TestStore.database().getParent().toString());
        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("Conforms"), result.out());
    }

    @Test
    void validatingTablesWithAViolationReportsItByShapeAndResourceWithExitCode1() throws java.io.IOException {
        Path data = TestStore.copyOf(TestStore.HOME.resolve("data"), "data");
        Path departments = data.resolve("departments.csv");
        java.nio.file.Files.writeString(departments, java.nio.file.Files.readString(departments).replace("PE-AMA", "PE-AM"));
        Cli.Result result = Cli.run("validate", "--data", data.toString());
        assertEquals(1, result.exitCode(), result.err());
        assertTrue(result.out().contains("Shape vs:DepartmentShape"), result.out());
        assertTrue(result.out().contains("<https://w3id.org/veta/id/department/01>"), result.out());
        assertTrue(result.out().contains("1 violation(s)."), result.out());
    }

    @Test
    void queryingWithoutAStoreSaysWhatToDo() {
        Cli.Result result = Cli.run("query", "departments", "--store", TestStore.temporaryFolder("empty").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("run 'veta build'"), result.err());
    }
}
