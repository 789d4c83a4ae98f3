package org.w3id.veta.build;

import java.io.PrintStream;
import java.time.Duration;

/** Progress lines on stderr, each with the time since the start, for steps a person would otherwise wait on blind. */
public final class Progress {
    private final PrintStream out;
    private final long start = System.nanoTime();

    public Progress(PrintStream out) { this.out = out; }

    public static Progress silent() { return new Progress(new PrintStream(java.io.OutputStream.nullOutputStream())); }

    public void step(String message) {
        out.printf("[%6.1fs] %s%n", elapsed().toMillis() / 1000.0, message);
    }

    public Duration elapsed() { return Duration.ofNanos(System.nanoTime() - start); }
}
