package org.w3id.veta.load;

import static org.w3id.veta.load.Columns.arrangements;
import static org.w3id.veta.load.Columns.date;
import static org.w3id.veta.load.Columns.decimal;
import static org.w3id.veta.load.Columns.oneOf;
import static org.w3id.veta.load.Columns.iri;
import static org.w3id.veta.load.Columns.label;
import static org.w3id.veta.load.Columns.referencedBy;
import static org.w3id.veta.load.Columns.references;
import static org.w3id.veta.load.Columns.required;
import static org.w3id.veta.load.Columns.text;
import static org.w3id.veta.load.Columns.texts;
import static org.w3id.veta.load.Columns.typeFrom;
import static org.w3id.veta.load.Columns.wikidata;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.veta.vocab.VETA;

/**
 * The curated tables under {@code data/} and what each column means. This is the one place to change when a
 * table gains a column; docs/data.md describes the same tables for curators.
 */
public final class CuratedTables {
    private CuratedTables() {}

    /** Concept schemes of data/concepts.csv and the class of their concepts. */
    private static final Map<String, Resource> SCHEMES = Map.of(
            "stratum", VETA.MiningStratum,
            "level", VETA.GovernmentLevel,
            "function", VETA.GovernanceFunction,
            "instrument-type", VETA.InstrumentType,
            "institution", VETA.Institution,
            "registration-status", VETA.RegistrationStatus,
            "claim-kind", VETA.ClaimKind);

    private static final Resource QB_OBSERVATION = ResourceFactory.createResource("http://purl.org/linked-data/cube#Observation");
    private static final Property QB_DATASET = ResourceFactory.createProperty("http://purl.org/linked-data/cube#dataSet");

    private static final Map<String, Resource> ACTOR_TYPES = Map.of(
            "company", VETA.Company,
            "asm-operator", VETA.ASMOperator,
            "asm-organisation", VETA.ASMOrganisation,
            "asm-network", VETA.ASMNetwork,
            "community", VETA.Community);

    private static final Map<String, Resource> ARRANGEMENT_TYPES = Map.of(
            "exploitation-contract", VETA.ExploitationContract,
            "cession-contract", VETA.CessionContract,
            "surface-rights", VETA.SurfaceRightsAgreement,
            "ore-purchase", VETA.OrePurchaseAgreement,
            "sub-lease", VETA.SubLease,
            "work-for-ore", VETA.WorkForOreArrangement,
            "tolerance", VETA.Tolerance,
            "asm-owned-company", VETA.ASMOwnedCompany);

    private static final Map<String, Resource> EVENT_TYPES = Map.of(
            "conflict", VETA.Conflict,
            "enforcement", VETA.EnforcementOperation);

    public static final List<TableSpec> ALL = List.of(
            TableSpec.sources("sources.csv", VETA.Source,
                    required(text("citation", VETA.citation)),
                    iri("url", VETA.url)),
            TableSpec.vocabulary("concepts.csv", "scheme", SCHEMES,
                    required(text("label_en", SKOS.prefLabel, "en")),
                    text("label_es", SKOS.prefLabel, "es"),
                    text("definition_en", SKOS.definition, "en")),
            TableSpec.facts("departments.csv", "department", VETA.Department,
                    label("name"),
                    required(text("iso3166_2", VETA.iso3166_2)),
                    wikidata("wikidata"))
                    .withKeyProperty(VETA.ubigeo),
            TableSpec.facts("agencies.csv", "agency", VETA.StateAgency,
                    label("name"),
                    text("acronym", VETA.acronym),
                    required(references("level", VETA.level, "level")),
                    references("parent", VETA.parentAgency, "agency"),
                    wikidata("wikidata"),
                    texts("roles", VETA.role)),
            TableSpec.facts("regulations.csv", "regulation", VETA.Regulation,
                    label("label"),
                    required(references("type", VETA.instrumentType, "instrument-type")),
                    text("number", VETA.number),
                    text("title", DCTerms.title),
                    date("date", VETA.date),
                    text("date_note", VETA.dateNote),
                    text("effect", VETA.effect),
                    texts("topics", VETA.topic),
                    references("modifies", VETA.modifies, "regulation"),
                    text("articles", VETA.articlesModified),
                    references("extends_deadline_of", VETA.extendsDeadlineOf, "regulation"),
                    references("regulates", VETA.regulates, "regulation"),
                    references("repeals", VETA.repeals, "regulation"),
                    references("consolidates", VETA.consolidates, "regulation"),
                    references("relates_to", VETA.relatedTo, "regulation"),
                    references("creates", VETA.creates, "institution")),
            TableSpec.facts("deadline_extensions.csv", "deadline-extension", VETA.DeadlineExtension,
                    label("label"),
                    required(references("instrument", VETA.byInstrument, "regulation")),
                    required(text("deadline_of", VETA.deadlineOf)),
                    date("old_deadline", VETA.oldDeadline),
                    date("new_deadline", VETA.newDeadline)),
            TableSpec.facts("strata.csv", "stratum-definition", VETA.StratumDefinition,
                    label("label"),
                    required(references("stratum", VETA.defines, "stratum")),
                    required(text("substance", VETA.substance)),
                    decimal("max_hectares", VETA.maxHectares),
                    decimal("hectares_above", VETA.hectaresAbove),
                    decimal("max_tonnes_per_day", VETA.maxTonnesPerDay),
                    decimal("tonnes_per_day_above", VETA.tonnesPerDayAbove),
                    references("legal_basis", VETA.legalBasis, "regulation"),
                    date("valid_from", VETA.validFrom),
                    date("valid_until", VETA.validUntil),
                    text("description", DCTerms.description)),
            TableSpec.facts("reinfo_figures.csv", "observation", QB_OBSERVATION,
                    date("reference_date", VETA.refPeriod),
                    text("date_note", VETA.dateNote),
                    references("area", VETA.refArea, "department"),
                    required(references("category", VETA.registrationCategory, "registration-status")),
                    required(decimal("count", VETA.registrations)),
                    required(oneOf("qualifier", VETA.valueQualifier, "exact", "approximately", "more-than")),
                    text("note", DCTerms.description))
                    .withConstant(QB_DATASET, VETA.reinfoFigures),
            TableSpec.facts("claims.csv", "claim", VETA.Claim,
                    required(references("kind", VETA.claimKind, "claim-kind")),
                    required(text("statement", VETA.statement)),
                    text("value", VETA.value),
                    references("about", VETA.about, "case", "agency", "regulation", "source", "actor"),
                    references("claimed_by", VETA.claimedBy, "source")),
            TableSpec.facts("qca_sets.csv", "qca-set", VETA.QcaSet,
                    label("label"),
                    required(text("name", VETA.setName)),
                    required(oneOf("role", VETA.setRole, "condition", "outcome")),
                    required(references("study", VETA.inDesignOf, "source")),
                    text("description", DCTerms.description)),
            TableSpec.facts("case_codings.csv", "coding", VETA.CaseCoding,
                    required(references("case", VETA.codedCase, "case")),
                    required(references("set", VETA.codedSet, "qca-set")),
                    required(decimal("membership", VETA.membership)),
                    required(text("calibration", VETA.calibration)),
                    required(text("justification", VETA.justification)),
                    required(text("coder", VETA.coder))),
            TableSpec.facts("competences.csv", "competence", VETA.Competence,
                    required(references("agency", VETA.agency, "agency")),
                    required(references("function", VETA.function, "function")),
                    references("strata", VETA.stratum, "stratum"),
                    required(references("level", VETA.level, "level")),
                    references("legal_basis", VETA.legalBasis, "regulation"),
                    date("valid_from", VETA.validFrom),
                    date("valid_until", VETA.validUntil),
                    text("description", DCTerms.description)),
            TableSpec.facts("actors.csv", "actor", null,
                    typeFrom("type", ACTOR_TYPES),
                    label("name"),
                    text("acronym", VETA.acronym),
                    references("member_of", VETA.memberOf, "actor"),
                    text("description", DCTerms.description)),
            TableSpec.facts("cases.csv", "case", VETA.Case,
                    label("name"),
                    required(references("department", VETA.region, "department")),
                    text("place", VETA.placeName),
                    text("period", VETA.period),
                    references("concession_holders", VETA.concessionHolder, "actor", "agency"),
                    references("asm_actors", VETA.asmActor, "actor"),
                    references("other_actors", VETA.otherActor, "actor", "agency"),
                    arrangements("arrangements", ARRANGEMENT_TYPES),
                    text("key_facts", VETA.keyFacts)),
            TableSpec.facts("events.csv", "event", null,
                    typeFrom("type", EVENT_TYPES),
                    label("name"),
                    referencedBy("case", VETA.event, "case"),
                    date("date", VETA.date),
                    text("date_note", VETA.dateNote),
                    references("department", VETA.region, "department"),
                    text("place", VETA.placeName),
                    references("participants", VETA.participant, "actor", "agency"),
                    text("description", DCTerms.description)));
}
