package org.w3id.veta.io;

import java.nio.file.Path;

/**
 * Bad input that a person must fix: names the file, the line (0 when the whole file is concerned)
 * and what is wrong, and prints as {@code path:line: problem}, the form editors and CI logs link to.
 */
public class InputError extends RuntimeException {
    private final Path file;
    private final long line;
    private final String problem;

    public InputError(Path file, long line, String problem) {
        super(format(file, line, problem));
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() { return file; }
    public long line() { return line; }
    public String problem() { return problem; }

    private static String format(Path file, long line, String problem) {
        return line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem;
    }
}
