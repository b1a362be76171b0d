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
/// The themes (tema) of LOS, Digdir's vocabulary for public services
/// (https://psi.norge.no/los/struktur), which DCAT-AP-NO recommends beside the EU data themes:
/// the 14 main themes (hovedtema) and the 78 themes under them. The raw value is the theme's slug
/// in https://psi.norge.no/los/tema/<slug>. LOSVocabularyTests holds the cases, `broader` and the
/// labels to the vendored vocabulary (Tests/vocabularies/los).
package enum LOSTheme: String, ClosedValue {
    // Arbeid
    case work = "arbeid"
    case arbeidsliv = "arbeidsliv", arbeidssoking = "arbeidssoking", inntekt = "inntekt", inntektssikring = "inntektssikring", permisjonsordninger = "permisjonsordninger"
    // Bygg og eiendom
    case buildingAndProperty = "bygg-og-eiendom"
    case bygging = "bygging", eiendom = "eiendom", flytting = "flytting", kjopOgSalg = "kjop-og-salg", leieOgUtleie = "leie-og-utleie", planer = "planer", priserOgGebyrForByggOgEiendom = "priser-og-gebyr-for-bygg-og-eiendom"
    // Demokrati og innbyggerrettigheter
    case democracy = "demokrati-og-innbyggerrettigheter"
    case apenhet = "apenhet", innbyggerrettigheter = "innbyggerrettigheter", medvirkning = "medvirkning", personopplysninger = "personopplysninger", politikkOgValg = "politikk-og-valg"
    // Familie og barn
    case familyAndChildren = "familie-og-barn"
    case barnehage = "barnehage", barnevernOgForeldrestotte = "barnevern-og-foreldrestotte", dodsfallOgGravferd = "dodsfall-og-gravferd", ekteskap = "ekteskap", familieytelser = "familieytelser", foreldreOgForesatte = "foreldre-og-foresatte", samliv = "samliv"
    // Helse og omsorg
    case healthAndCare = "helse-og-omsorg"
    case akuttHjelp = "akutt-hjelp", avlastningOgStotte = "avlastning-og-stotte", folkehelse = "folkehelse", helsetjenester = "helsetjenester", hjelpemidler = "hjelpemidler", omsorgstjenester = "omsorgstjenester", pasientrettigheter = "pasientrettigheter", rusOgAvhengighet = "rus-og-avhengighet", svangerskap = "svangerskap"
    // Kultur, idrett og fritid
    case culture = "kultur-idrett-og-fritid"
    case bibliotek = "bibliotek", friluftsliv = "friluftsliv", fritid = "fritid", idrett = "idrett", kultur = "kultur", lotteriOgPengespill = "lotteri-og-pengespill", tilskuddTilKulturIdrettOgFritid = "tilskudd-til-kultur-idrett-og-fritid", utlanOgLeie = "utlan-og-leie"
    // Lov og rett
    case legal = "lov-og-rett"
    case erstatningsordninger = "erstatningsordninger", lovbruddOgStraff = "lovbrudd-og-straff", rettsvesen = "rettsvesen"
    // Næring
    case business = "naring"
    case handelOgService = "handel-og-service", landbruk = "landbruk", naringsliv = "naringsliv", naringsutvikling = "naringsutvikling", tilskuddsordningerForNaring = "tilskuddsordninger-for-naring"
    // Natur, klima og miljø
    case nature = "natur-klima-og-miljo"
    case avfallshandtering = "avfallshandtering", energi = "energi", forurensningOgStraling = "forurensning-og-straling", miljotilskudd = "miljotilskudd", naturforvaltning = "naturforvaltning", varOgKlima = "var-og-klima"
    // Samfunnssikkerhet og beredskap
    case civilProtection = "samfunnssikkerhet-og-beredskap"
    case brann = "brann", forsvaret = "forsvaret", varslingstjenester = "varslingstjenester"
    // Skatt og avgift
    case taxes = "skatt-og-avgift"
    case avgift = "avgift", skatt = "skatt"
    // Skole og utdanning
    case education = "skole-og-utdanning"
    case grunnskole = "grunnskole", hoyereUtdanning = "hoyere-utdanning", skolehverdag = "skolehverdag", skolemiljo = "skolemiljo", studiefinansiering = "studiefinansiering", videregaendeSkole = "videregaende-skole", voksenopplaring = "voksenopplaring"
    // Sosiale tjenester
    case socialServices = "sosiale-tjenester"
    case botilbud = "botilbud", kvalifiseringTilArbeid = "kvalifisering-til-arbeid", okonomiskeYtelserOgRadgivning = "okonomiske-ytelser-og-radgivning"
    // Trafikk og transport
    case transport = "trafikk-og-transport"
    case batHavnOgKyst = "bat-havn-og-kyst", forerkortOgSertifikat = "forerkort-og-sertifikat", kjoretoy = "kjoretoy", luftfart = "luftfart", mobilitetstilbud = "mobilitetstilbud", trafikkinformasjon = "trafikkinformasjon", vegOgVegregulering = "veg-og-vegregulering", yrkestransport = "yrkestransport"

    package static let prefix = "https://psi.norge.no/los/tema/"
    package var iri: String { Self.prefix + rawValue }

    /// The main theme (hovedtema) a theme is under (skos:broader), nil for a main theme.
    package var broader: LOSTheme? {
        switch self {
        case .arbeidsliv, .arbeidssoking, .inntekt, .inntektssikring, .permisjonsordninger: .work
        case .bygging, .eiendom, .flytting, .kjopOgSalg, .leieOgUtleie, .planer, .priserOgGebyrForByggOgEiendom: .buildingAndProperty
        case .apenhet, .innbyggerrettigheter, .medvirkning, .personopplysninger, .politikkOgValg: .democracy
        case .barnehage, .barnevernOgForeldrestotte, .dodsfallOgGravferd, .ekteskap, .familieytelser, .foreldreOgForesatte, .samliv: .familyAndChildren
        case .akuttHjelp, .avlastningOgStotte, .folkehelse, .helsetjenester, .hjelpemidler, .omsorgstjenester, .pasientrettigheter, .rusOgAvhengighet, .svangerskap: .healthAndCare
        case .bibliotek, .friluftsliv, .fritid, .idrett, .kultur, .lotteriOgPengespill, .tilskuddTilKulturIdrettOgFritid, .utlanOgLeie: .culture
        case .erstatningsordninger, .lovbruddOgStraff, .rettsvesen: .legal
        case .handelOgService, .landbruk, .naringsliv, .naringsutvikling, .tilskuddsordningerForNaring: .business
        case .avfallshandtering, .energi, .forurensningOgStraling, .miljotilskudd, .naturforvaltning, .varOgKlima: .nature
        case .brann, .forsvaret, .varslingstjenester: .civilProtection
        case .avgift, .skatt: .taxes
        case .grunnskole, .hoyereUtdanning, .skolehverdag, .skolemiljo, .studiefinansiering, .videregaendeSkole, .voksenopplaring: .education
        case .botilbud, .kvalifiseringTilArbeid, .okonomiskeYtelserOgRadgivning: .socialServices
        case .batHavnOgKyst, .forerkortOgSertifikat, .kjoretoy, .luftfart, .mobilitetstilbud, .trafikkinformasjon, .vegOgVegregulering, .yrkestransport: .transport
        default: nil
        }
    }

    package var isMainTheme: Bool { broader == nil }
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
