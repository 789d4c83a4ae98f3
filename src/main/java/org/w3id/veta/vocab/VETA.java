package org.w3id.veta.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Constants of the Veta ontology ({@code ontology/veta.ttl}); one field per term, in the file's order. */
public final class VETA {
    public static final String NS = "https://w3id.org/veta/ontology#";
    public static final String ONTOLOGY = "https://w3id.org/veta/ontology";

    private VETA() {}

    private static Resource cls(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property prop(String local) { return ResourceFactory.createProperty(NS + local); }

    // Actors
    public static final Resource Actor = cls("Actor");
    public static final Resource Company = cls("Company");
    public static final Resource ASMOperator = cls("ASMOperator");
    public static final Resource ASMOrganisation = cls("ASMOrganisation");
    public static final Resource ASMNetwork = cls("ASMNetwork");
    public static final Resource StateAgency = cls("StateAgency");
    public static final Resource Community = cls("Community");
    public static final Property memberOf = prop("memberOf");
    public static final Property parentAgency = prop("parentAgency");
    public static final Property level = prop("level");
    public static final Property acronym = prop("acronym");
    public static final Property role = prop("role");

    // Concessions, arrangements, REINFO
    public static final Resource MiningConcession = cls("MiningConcession");
    public static final Resource Arrangement = cls("Arrangement");
    public static final Resource ExploitationContract = cls("ExploitationContract");
    public static final Resource CessionContract = cls("CessionContract");
    public static final Resource SurfaceRightsAgreement = cls("SurfaceRightsAgreement");
    public static final Resource OrePurchaseAgreement = cls("OrePurchaseAgreement");
    public static final Resource SubLease = cls("SubLease");
    public static final Resource WorkForOreArrangement = cls("WorkForOreArrangement");
    public static final Resource Tolerance = cls("Tolerance");
    public static final Resource ASMOwnedCompany = cls("ASMOwnedCompany");
    public static final Property party = prop("party");

    // Strata
    public static final Resource MiningStratum = cls("MiningStratum");
    public static final Resource StratumDefinition = cls("StratumDefinition");
    public static final Property defines = prop("defines");
    public static final Property maxHectares = prop("maxHectares");
    public static final Property maxTonnesPerDay = prop("maxTonnesPerDay");
    public static final Property hectaresAbove = prop("hectaresAbove");
    public static final Property tonnesPerDayAbove = prop("tonnesPerDayAbove");
    public static final Property substance = prop("substance");

    // Regulations
    public static final Resource Regulation = cls("Regulation");
    public static final Resource InstrumentType = cls("InstrumentType");
    public static final Property instrumentType = prop("instrumentType");
    public static final Property number = prop("number");
    public static final Property topic = prop("topic");
    public static final Property effect = prop("effect");
    public static final Property date = prop("date");
    public static final Property dateNote = prop("dateNote");
    public static final Property relatedTo = prop("relatedTo");
    public static final Property modifies = prop("modifies");
    public static final Property articlesModified = prop("articlesModified");
    public static final Property extendsDeadlineOf = prop("extendsDeadlineOf");
    public static final Property regulates = prop("regulates");
    public static final Property repeals = prop("repeals");
    public static final Property consolidates = prop("consolidates");
    public static final Property creates = prop("creates");
    public static final Resource Institution = cls("Institution");
    public static final Resource DeadlineExtension = cls("DeadlineExtension");
    public static final Property byInstrument = prop("byInstrument");
    public static final Property deadlineOf = prop("deadlineOf");
    public static final Property oldDeadline = prop("oldDeadline");
    public static final Property newDeadline = prop("newDeadline");

    // Competences
    public static final Resource Competence = cls("Competence");
    public static final Property agency = prop("agency");
    public static final Property function = prop("function");
    public static final Property stratum = prop("stratum");
    public static final Property legalBasis = prop("legalBasis");
    public static final Property validFrom = prop("validFrom");
    public static final Property validUntil = prop("validUntil");
    public static final Resource GovernanceFunction = cls("GovernanceFunction");
    public static final Resource GovernmentLevel = cls("GovernmentLevel");

    // Regions
    public static final Resource Department = cls("Department");
    public static final Resource Province = cls("Province");
    public static final Resource District = cls("District");
    public static final Property partOf = prop("partOf");
    public static final Resource UbigeoChange = cls("UbigeoChange");
    public static final Property changeType = prop("changeType");
    public static final Property codeBefore = prop("codeBefore");
    public static final Property codeAfter = prop("codeAfter");
    public static final Property nameBefore = prop("nameBefore");
    public static final Property nameAfter = prop("nameAfter");
    public static final Property ubigeo = prop("ubigeo");
    public static final Property iso3166_2 = prop("iso3166_2");
    public static final Property region = prop("region");
    public static final Property placeName = prop("placeName");

    // Events
    public static final Resource Conflict = cls("Conflict");
    public static final Resource EnforcementOperation = cls("EnforcementOperation");
    public static final Property participant = prop("participant");

    // Cases
    public static final Resource Case = cls("Case");
    public static final Property concessionHolder = prop("concessionHolder");
    public static final Property asmActor = prop("asmActor");
    public static final Property otherActor = prop("otherActor");
    public static final Property arrangement = prop("arrangement");
    public static final Property event = prop("event");
    public static final Property period = prop("period");
    public static final Property keyFacts = prop("keyFacts");

    // REINFO figures (RDF Data Cube)
    public static final Resource reinfoFigures = cls("reinfoFigures");
    public static final Resource RegistrationStatus = cls("RegistrationStatus");
    public static final Property refPeriod = prop("refPeriod");
    public static final Property refArea = prop("refArea");
    public static final Property registrationCategory = prop("registrationCategory");
    public static final Property registrations = prop("registrations");
    public static final Property valueQualifier = prop("valueQualifier");

    // Claims
    public static final Resource Claim = cls("Claim");
    public static final Resource ClaimKind = cls("ClaimKind");
    public static final Property claimKind = prop("claimKind");
    public static final Property statement = prop("statement");
    public static final Property claimedBy = prop("claimedBy");
    public static final Property about = prop("about");
    public static final Property value = prop("value");

    // QCA: conditions and case codings
    public static final Resource QcaSet = cls("QcaSet");
    public static final Property setName = prop("setName");
    public static final Property setRole = prop("setRole");
    public static final Property inDesignOf = prop("inDesignOf");
    public static final Resource CaseCoding = cls("CaseCoding");
    public static final Property codedCase = prop("codedCase");
    public static final Property codedSet = prop("codedSet");
    public static final Property membership = prop("membership");
    public static final Property calibration = prop("calibration");
    public static final Property justification = prop("justification");
    public static final Property coder = prop("coder");

    // QCA runs
    public static final Resource QcaRun = cls("QcaRun");
    public static final Property commandLine = prop("commandLine");
    public static final Property dataDescription = prop("dataDescription");
    public static final Property outcomeName = prop("outcomeName");
    public static final Property conditionName = prop("conditionName");
    public static final Property parameterSetting = prop("parameterSetting");
    public static final Property truthTableRow = prop("truthTableRow");
    public static final Resource TruthTableRow = cls("TruthTableRow");
    public static final Property configuration = prop("configuration");
    public static final Property outputValue = prop("outputValue");
    public static final Property rowCases = prop("rowCases");
    public static final Property caseInRow = prop("caseInRow");
    public static final Property caseLabel = prop("caseLabel");
    public static final Property solutionModel = prop("solutionModel");
    public static final Resource QcaModel = cls("QcaModel");
    public static final Property modelTerm = prop("modelTerm");
    public static final Property expression = prop("expression");
    public static final Property inclusion = prop("inclusion");
    public static final Property pri = prop("pri");
    public static final Property coverage = prop("coverage");
    public static final Property uniqueCoverage = prop("uniqueCoverage");

    // Sources, provenance, certainty
    public static final Resource Source = cls("Source");
    public static final Property source = prop("source");
    public static final Property url = prop("url");
    public static final Property citation = prop("citation");
    public static final Resource Certainty = cls("Certainty");
    public static final Property certainty = prop("certainty");
    public static final Property certaintyNote = prop("certaintyNote");
    public static final Property sourceFile = prop("sourceFile");
    public static final Property sha256 = prop("sha256");
    public static final Property rows = prop("rows");
    public static final Property loader = prop("loader");
    public static final Resource Official = cls("Official");
    public static final Resource Secondary = cls("Secondary");
    public static final Resource Uncertain = cls("Uncertain");
}
