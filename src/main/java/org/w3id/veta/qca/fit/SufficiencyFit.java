package org.w3id.veta.qca.fit;

/**
 * Parameters of fit for sufficiency of one term (or of a whole solution, where {@code covU} is null).
 * {@code cases} lists the explained truth-table rows the term covers (null when not applicable).
 */
public record SufficiencyFit(String term, double inclS, double PRI, double covS, Double covU, String cases) {

    public SufficiencyFit withCases(String newCases) {
        return new SufficiencyFit(term, inclS, PRI, covS, covU, newCases);
    }
}
