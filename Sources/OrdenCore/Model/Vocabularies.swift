// Closed sets of values from the content model. Each case's raw value is what an editor writes.

public enum Hosting: String, ClosedValue { case saas, onPremises = "on-premises", hosted, hybrid }
public enum ProductStatus: String, ClosedValue { case active, deprecated, discontinued }
public enum StandardKind: String, ClosedValue { case api, message, archive, identity, nationalComponent = "national-component" }
public enum LifecycleStatus: String, ClosedValue {
    case planned, procurement, implementing, production, phaseOut = "phase-out", retired
}
/// Gartner TIME: what to do with a system.
public enum TimeCategory: String, ClosedValue { case tolerate, invest, migrate, eliminate }
public enum Criticality: String, ClosedValue { case low, medium, high, critical }
public enum Visibility: String, ClosedValue { case `public`, `internal` }
public enum Language: String, ClosedValue { case nb, nn }
public enum Direction: String, ClosedValue { case out, `in`, both }
public enum IntegrationFrequency: String, ClosedValue {
    case realtime, hourly, daily, weekly, monthly, yearly, onDemand = "on-demand"
}
public enum AccessRights: String, ClosedValue { case `public`, restricted, nonPublic = "non-public" }
public enum DatasetLicence: String, ClosedValue {
    case nlod20 = "NLOD-2.0", ccBy40 = "CC-BY-4.0", ccBySa40 = "CC-BY-SA-4.0", cc010 = "CC0-1.0"
}
/// Codes of the EU file-type vocabulary.
public enum FileFormat: String, ClosedValue {
    case csv = "CSV", json = "JSON", jsonLD = "JSON_LD", xml = "XML", geojson = "GEOJSON", gml = "GML"
    case xlsx = "XLSX", ods = "ODS", pdf = "PDF", html = "HTML", zip = "ZIP", txt = "TXT", shp = "SHP"
    case rdfTurtle = "RDF_TURTLE", rdfXML = "RDF_XML", wms = "WMS_SRVC", wfs = "WFS_SRVC"
}
/// The EU data-theme vocabulary.
public enum DataTheme: String, ClosedValue {
    case agri = "AGRI", econ = "ECON", educ = "EDUC", ener = "ENER", envi = "ENVI", gove = "GOVE", heal = "HEAL"
    case intr = "INTR", just = "JUST", opDatpro = "OP_DATPRO", regi = "REGI", soci = "SOCI", tech = "TECH", tran = "TRAN"
}
/// How often a dataset is updated (EU frequency vocabulary).
public enum UpdateFrequency: String, ClosedValue {
    case continuous, daily, weekly, monthly, quarterly, annual, irregular, never, unknown
}
/// Where an initiative (tiltak) stands in the action plan.
public enum InitiativeStatus: String, ClosedValue { case proposed, approved, ongoing, done, stopped }
public enum ContractType: String, ClosedValue {
    case ssaD = "SSA-D", ssaL = "SSA-L", ssaV = "SSA-V", ssaB = "SSA-B", ssaK = "SSA-K", ssaT = "SSA-T"
    case dpa = "DPA", framework, other
}
/// Special categories of personal data (GDPR articles 9 and 10).
public enum SpecialCategory: String, ClosedValue {
    case health, ethnicOrigin = "ethnic-origin", politicalOpinions = "political-opinions"
    case religiousBeliefs = "religious-beliefs", tradeUnionMembership = "trade-union-membership"
    case genetic, biometric, sexLife = "sex-life", sexualOrientation = "sexual-orientation"
    case criminalConvictions = "criminal-convictions"
}

/// Software categories of the publiccode.yml standard. Unknown categories are a warning, not an
/// error, since the standard's list grows.
public enum PubliccodeCategories {
    /// Each category with its name in bokmål, as shown on the site.
    public static let labels: [String: String] = [
        "accounting": "Regnskap",
        "agile-project-management": "Smidig prosjektstyring",
        "applicant-tracking": "Rekruttering",
        "application-development": "Applikasjonsutvikling",
        "appointment-scheduling": "Timebestilling",
        "backup": "Sikkerhetskopiering",
        "billing-and-invoicing": "Fakturering",
        "blog": "Blogg",
        "budgeting": "Budsjettering",
        "business-intelligence": "Virksomhetsanalyse (BI)",
        "business-process-management": "Prosessstyring",
        "cad": "DAK/CAD",
        "call-center-management": "Kundesenter",
        "cloud-management": "Skyforvaltning",
        "collaboration": "Samhandling",
        "communications": "Kommunikasjon",
        "compliance-management": "Etterlevelse",
        "contact-management": "Kontaktforvaltning",
        "content-management": "Innholdsforvaltning",
        "crm": "Kunderelasjoner (CRM)",
        "customer-service-and-support": "Kundeservice",
        "data-analytics": "Dataanalyse",
        "data-collection": "Datainnsamling",
        "data-visualization": "Datavisualisering",
        "digital-asset-management": "Forvaltning av digitale ressurser",
        "digital-citizenship": "Digitale innbyggertjenester",
        "document-management": "Dokumenthåndtering",
        "donor-management": "Giverforvaltning",
        "e-commerce": "Netthandel",
        "e-signature": "Elektronisk signatur",
        "email-management": "E-posthåndtering",
        "email-marketing": "E-postmarkedsføring",
        "employee-management": "Personalforvaltning",
        "enterprise-project-management": "Porteføljestyring",
        "enterprise-social-networking": "Intern samhandling",
        "erp": "Virksomhetssystem (ERP)",
        "event-management": "Arrangementer",
        "facility-management": "Eiendomsdrift",
        "feedback-and-reviews-management": "Tilbakemeldinger",
        "financial-reporting": "Økonomirapportering",
        "fleet-management": "Flåtestyring",
        "fundraising-management": "Innsamling",
        "geographic-information-systems": "Geografiske informasjonssystemer (GIS)",
        "grant-management": "Tilskuddsforvaltning",
        "graphic-design": "Grafisk design",
        "help-desk": "Brukerstøtte",
        "hr": "Personal (HR)",
        "ide": "Utviklingsmiljø",
        "instant-messaging": "Direktemeldinger",
        "inventory-management": "Lagerstyring",
        "it-asset-management": "IT-eiendelsforvaltning",
        "it-development": "IT-utvikling",
        "it-management": "IT-styring",
        "it-security": "Informasjonssikkerhet",
        "it-service-management": "IT-tjenesteforvaltning",
        "knowledge-management": "Kunnskapsforvaltning",
        "learning-management-system": "Læringsplattform",
        "marketing": "Markedsføring",
        "mind-mapping": "Tankekart",
        "mobile-marketing": "Mobil markedsføring",
        "mobile-payment": "Mobilbetaling",
        "network-management": "Nettverksdrift",
        "office": "Kontorstøtte",
        "online-booking": "Nettbooking",
        "online-community": "Nettsamfunn",
        "payment-management": "Betalingsformidling",
        "payroll": "Lønn",
        "predictive-analysis": "Prediktiv analyse",
        "procurement": "Innkjøp",
        "productivity-suite": "Kontorpakke",
        "project-collaboration": "Prosjektsamhandling",
        "project-management": "Prosjektstyring",
        "property-management": "Eiendomsforvaltning",
        "real-estate-management": "Eiendomsforvaltning",
        "remote-support": "Fjernhjelp",
        "resource-management": "Ressursstyring",
        "sales-management": "Salgsstyring",
        "seo": "Søkemotoroptimalisering",
        "social-media-management": "Sosiale medier",
        "survey": "Spørreundersøkelser",
        "talent-management": "Kompetanseutvikling",
        "task-management": "Oppgavestyring",
        "taxes-management": "Skatt og avgift",
        "test-management": "Testforvaltning",
        "time-management": "Tidsplanlegging",
        "time-tracking": "Timeregistrering",
        "translation": "Oversettelse",
        "video-conferencing": "Videomøter",
        "video-editing": "Videoredigering",
        "visitor-management": "Besøksregistrering",
        "voip": "IP-telefoni",
        "warehouse-management": "Lagerstyring",
        "web-collaboration": "Nettsamhandling",
        "web-conferencing": "Nettmøter",
        "website-builder": "Nettsidebygger",
        "workflow-management": "Arbeidsflyt",
    ]

    public static let all = Set(labels.keys)
}
