package org.w3id.veta.cli;

/** A request the user can correct (unknown query name, no store yet, endpoint unreachable): exit code 2. */
public class UserError extends RuntimeException {
    public UserError(String message) { super(message); }
}
