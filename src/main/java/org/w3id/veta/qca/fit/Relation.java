package org.w3id.veta.qca.fit;

import org.w3id.veta.qca.QcaException;

/** The direction of a set relation between an expression and the outcome. */
public enum Relation {
    NECESSITY, SUFFICIENCY;

    public static Relation parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "necessity", "nec" -> NECESSITY;
            case "sufficiency", "suf" -> SUFFICIENCY;
            default -> throw new QcaException("relation must be 'necessity' or 'sufficiency', not '" + text + "'");
        };
    }
}
