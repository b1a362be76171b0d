// Closed sets of values from the content model. Each case's raw value is what an editor writes.

package enum Hosting: String, ClosedValue { case saas, onPremises = "on-premises", hosted, hybrid }
package enum ProductStatus: String, ClosedValue { case active, deprecated, discontinued }
package enum StandardKind: String, ClosedValue { case api, message, archive, identity, nationalComponent = "national-component" }
package enum LifecycleStatus: String, ClosedValue {
    case planned, procurement, implementing, production, phaseOut = "phase-out", retired
}
/// Gartner TIME: what to do with a system.
package enum TimeCategory: String, ClosedValue { case tolerate, invest, migrate, eliminate }
package enum Criticality: String, ClosedValue { case low, medium, high, critical }
package enum Visibility: String, ClosedValue { case `public`, `internal` }
package enum Language: String, ClosedValue { case nb, nn }
package enum Direction: String, ClosedValue { case out, `in`, both }
package enum IntegrationFrequency: String, ClosedValue {
    case realtime, hourly, daily, weekly, monthly, yearly, onDemand = "on-demand"
}
package enum AccessRights: String, ClosedValue { case `public`, restricted, nonPublic = "non-public" }
package enum DatasetLicence: String, ClosedValue {
    case nlod20 = "NLOD-2.0", ccBy40 = "CC-BY-4.0", ccBySa40 = "CC-BY-SA-4.0", cc010 = "CC0-1.0"
}
/// Codes of the EU file-type vocabulary.
package enum FileFormat: String, ClosedValue {
    case csv = "CSV", json = "JSON", jsonLD = "JSON_LD", xml = "XML", geojson = "GEOJSON", gml = "GML"
    case xlsx = "XLSX", ods = "ODS", pdf = "PDF", html = "HTML", zip = "ZIP", txt = "TXT", shp = "SHP"
    case rdfTurtle = "RDF_TURTLE", rdfXML = "RDF_XML", wms = "WMS_SRVC", wfs = "WFS_SRVC"
}
/// The EU data-theme vocabulary.
package enum DataTheme: String, ClosedValue {
    case agri = "AGRI", econ = "ECON", educ = "EDUC", ener = "ENER", envi = "ENVI", gove = "GOVE", heal = "HEAL"
    case intr = "INTR", just = "JUST", opDatpro = "OP_DATPRO", regi = "REGI", soci = "SOCI", tech = "TECH", tran = "TRAN"
}
/// The main themes (hovedtema) of LOS, Digdir's vocabulary for public services
/// (https://psi.norge.no/los/struktur), which DCAT-AP-NO recommends beside the EU data themes.
/// The raw value is the theme's slug in https://psi.norge.no/los/tema/<slug>.
package enum LOSTheme: String, ClosedValue {
    case work = "arbeid", buildingAndProperty = "bygg-og-eiendom", democracy = "demokrati-og-innbyggerrettigheter"
    case familyAndChildren = "familie-og-barn", healthAndCare = "helse-og-omsorg", culture = "kultur-idrett-og-fritid"
    case legal = "lov-og-rett", business = "naring", nature = "natur-klima-og-miljo"
    case civilProtection = "samfunnssikkerhet-og-beredskap", taxes = "skatt-og-avgift", education = "skole-og-utdanning"
    case socialServices = "sosiale-tjenester", transport = "trafikk-og-transport"

    package static let prefix = "https://psi.norge.no/los/tema/"
    package var iri: String { Self.prefix + rawValue }
}
/// How often a dataset is updated (EU frequency vocabulary).
package enum UpdateFrequency: String, ClosedValue {
    case continuous, daily, weekly, monthly, quarterly, annual, irregular, never, unknown
}
/// How a system meets Noark 5, the standard for archive systems (self-declared: the national
/// archive no longer approves systems).
package enum Noark5Status: String, ClosedValue { case compliant, partial, no }
/// What is to become of a system's archive (arkivlova §§ 12–13): preserved, disposed of after its
/// retention period, or partly each.
package enum Preservation: String, ClosedValue { case preserve, dispose, partial }
/// Where an entry of the record of processing activities stands: a draft, or approved.
package enum ProcessingStatus: String, ClosedValue { case draft, approved }
/// Where an initiative (tiltak) stands in the action plan.
package enum InitiativeStatus: String, ClosedValue { case proposed, approved, ongoing, done, stopped }
package enum ContractType: String, ClosedValue {
    case ssaD = "SSA-D", ssaL = "SSA-L", ssaV = "SSA-V", ssaB = "SSA-B", ssaK = "SSA-K", ssaT = "SSA-T"
    case dpa = "DPA", framework, other
}
/// Special categories of personal data (GDPR articles 9 and 10).
package enum SpecialCategory: String, ClosedValue {
    case health, ethnicOrigin = "ethnic-origin", politicalOpinions = "political-opinions"
    case religiousBeliefs = "religious-beliefs", tradeUnionMembership = "trade-union-membership"
    case genetic, biometric, sexLife = "sex-life", sexualOrientation = "sexual-orientation"
    case criminalConvictions = "criminal-convictions"
}

/// Software categories of the publiccode.yml standard. Unknown categories are a warning, not an
/// error, since the standard's list grows.
package enum PubliccodeCategories {
    /// Every category of the standard. Their names on the site are the `category.*` texts of the
    /// theme's translation files (values.yml).
    package static let all: Set<String> = [
        "accounting", "agile-project-management", "applicant-tracking", "application-development",
        "appointment-scheduling", "backup", "billing-and-invoicing", "blog", "budgeting", "business-intelligence",
        "business-process-management", "cad", "call-center-management", "cloud-management", "collaboration",
        "communications", "compliance-management", "contact-management", "content-management", "crm",
        "customer-service-and-support", "data-analytics", "data-collection", "data-visualization", "design",
        "design-system", "digital-asset-management", "digital-citizenship", "document-management",
        "donor-management", "e-commerce", "e-signature", "educational-content", "email-management",
        "email-marketing", "employee-management", "enterprise-project-management", "enterprise-social-networking",
        "erp", "event-management", "facility-management", "feedback-and-reviews-management", "financial-reporting",
        "fleet-management", "fundraising", "gamification", "geographic-information-systems", "grant-management",
        "graphic-design", "help-desk", "hr", "ide", "identity-management", "instant-messaging",
        "integrated-library-system", "inventory-management", "it-asset-management", "it-development",
        "it-management", "it-security", "it-service-management", "knowledge-management",
        "learning-management-system", "marketing", "mind-mapping", "mobile-marketing", "mobile-payment",
        "network-management", "office", "online-booking", "online-community", "other", "payment-gateway", "payroll",
        "predictive-analysis", "procurement", "productivity-suite", "project-collaboration", "project-management",
        "property-management", "real-estate-management", "regulations-and-directives", "remote-support",
        "resource-management", "sales-management", "seo", "service-desk", "social-media-management", "survey",
        "talent-management", "task-management", "taxes-management", "test-management", "time-management",
        "time-tracking", "translation", "video-conferencing", "video-editing", "visitor-management", "voip",
        "warehouse-management", "web-collaboration", "web-conferencing", "website-builder", "whistleblowing",
        "workflow-management",
    ]
}

/// The languages the interface is written in: orden.yml's `language`, or a municipality's
/// målform for its own pages.
package enum UILanguage: String, ClosedValue {
    case nb, nn, en

    /// What the text of records is written in when the record does not say: bokmål on an English site.
    package var contentLanguage: Language { self == .nn ? .nn : .nb }

    package init(_ language: Language) {
        self = language == .nn ? .nn : .nb
    }
}

/// Who a build is for. The public build leaves out internal fields and the security report;
/// the internal build (for the municipality's own staff) adds them.
package enum Audience: String, Sendable, CaseIterable {
    case `public`, `internal`
}
