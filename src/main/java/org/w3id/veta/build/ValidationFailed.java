package org.w3id.veta.build;

import org.w3id.veta.validate.ShapeCheck;

/** The data were read but break the SHACL shapes: a finding (exit code 1), not unreadable input. */
public class ValidationFailed extends RuntimeException {
    private final transient ShapeCheck.Result result;

    public ValidationFailed(ShapeCheck.Result result) {
        super(result.violations() + " SHACL violation(s)");
        this.result = result;
    }

    public ShapeCheck.Result result() { return result; }
}
