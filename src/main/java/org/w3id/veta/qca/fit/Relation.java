package org.w3id.veta.qca.fit;

import org.w3id.veta.qca.QcaException;

/** The direction of a set relation between an expression and the outcome. */
public enum Relation {
    NECESSITY, SUFFICIENCY;

    /** Like R's {@code nec()}/{@code suf()} ({@code pmatch}): any non-empty prefix, case-sensitive ("nec", "suf"). */
    public static Relation parse(String text) {
        String prefix = text.trim();
        if (!prefix.isEmpty() && "necessity".startsWith(prefix)) {
            return NECESSITY;
        }
        if (!prefix.isEmpty() && "sufficiency".startsWith(prefix)) {
            return SUFFICIENCY;
        }
        throw new QcaException("The relation should be either \"necessity\" or \"sufficiency\", not '" + text + "'.");
    }
}
