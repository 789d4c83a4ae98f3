package org.w3id.veta.qca.fit;

/** Parameters of fit for necessity of one term: consistency, relevance and coverage. */
public record NecessityFit(String term, double inclN, double RoN, double covN) {
}
