package org.w3id.veta.cli;

import java.io.PrintWriter;
import org.w3id.veta.build.ValidationFailed;
import org.w3id.veta.cli.qca.QcaCommand;
import org.w3id.veta.io.InputError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code veta} command. Exit codes: 0 ok, 1 findings (e.g. SHACL violations), 2 bad usage or bad input.
 */
@Command(name = "veta",
        mixinStandardHelpOptions = true,
        versionProvider = Veta.Version.class,
        description = "Veta: an open knowledge graph of Peru's mining governance.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ValidateCommand.class, QcaCommand.class,
                CommandLine.HelpCommand.class})
public final class Veta {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Veta());
        cli.setExecutionExceptionHandler(Veta::handle);
        return cli;
    }

    /** Bad input prints as {@code path:line: problem}; no stack traces for mistakes a user can fix. */
    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof InputError input) {
            err.println(input.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof ValidationFailed failed) {
            err.print(failed.result().format());
            err.println(failed.getMessage() + ": nothing was changed");
            return FINDINGS;
        }
        if (e instanceof UserError user) {
            err.println("veta: " + user.getMessage());
            return BAD_INPUT;
        }
        throw new RuntimeException(e);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String version = Veta.class.getPackage().getImplementationVersion();
            return new String[] {"veta " + (version == null ? "(development)" : version)};
        }
    }
}
