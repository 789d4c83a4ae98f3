package org.w3id.veta.qca;

/**
 * An impossible or malformed QCA request (bad input, cut-offs out of range, nothing to minimise…).
 * The message is meant for the end user and mirrors the meaning of R's QCA error messages.
 */
public class QcaException extends RuntimeException {
    public QcaException(String message) {
        super(message);
    }
}
