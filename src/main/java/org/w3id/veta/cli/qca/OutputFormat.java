package org.w3id.veta.cli.qca;

/** How results are written: R-like text tables, or JSON in the layout of the reference cases. */
public enum OutputFormat {
    text, json
}
