import OrdenBuild
import OrdenCatalogue
import OrdenModel
import OrdenSite

/// The closed sets a spreadsheet column can hold, with the words municipalities' own
/// spreadsheets use. The export writes the Norwegian label; the import reads label, value or synonym.
enum SheetChoices {
    static let lifecycle = Choice(LifecycleStatus.self, label: Format.bokmål.lifecycle, synonyms: [
        .planned: ["Planlagt", "Planned"],
        .procurement: ["Anskaffelse", "Under anskaffelse", "Anskaffes", "Procurement"],
        .implementing: ["Under innføring", "Innføring", "Innføres", "Implementering", "Implementing"],
        .production: ["I drift", "Drift", "I bruk", "Produksjon", "In production", "Production", "Aktiv"],
        .phaseOut: ["Under utfasing", "Utfases", "Utfasing", "Skal avvikles", "Phase-out", "Phasing out"],
        .retired: ["Avviklet", "Faset ut", "Utfaset", "Avsluttet", "Ute av drift", "Retired"],
    ])

    static let hosting = Choice(Hosting.self, label: Format.bokmål.hosting, synonyms: [
        .saas: ["Sky", "Skytjeneste", "SaaS", "Cloud", "Skyløsning"],
        .onPremises: ["Lokalt", "Lokal drift", "Egen drift", "Intern drift", "On-premises", "On premise", "Eget datasenter"],
        .hosted: ["Driftet av leverandør", "Leverandørdrift", "Hosted", "Hostet", "Ekstern drift", "Driftsleverandør"],
        .hybrid: ["Hybrid"],
    ])

    static let criticality = Choice(Criticality.self, label: Format.bokmål.criticality, synonyms: [
        .low: ["Lav", "Low"], .medium: ["Middels", "Moderat", "Medium"], .high: ["Høy", "High"],
        .critical: ["Kritisk", "Svært høy", "Critical"],
    ])

    static let time = Choice(TimeCategory.self, label: Format.bokmål.time, synonyms: [
        .tolerate: ["Tolerere", "Tolerate"], .invest: ["Investere", "Invest"],
        .migrate: ["Migrere", "Migrate"], .eliminate: ["Eliminere", "Eliminate"],
    ])

    static let visibility = Choice(Visibility.self, label: { $0 == .public ? "Offentlig" : "Intern" }, synonyms: [
        .public: ["Offentlig", "Åpen", "Public"], .internal: ["Intern", "Internt", "Internal"],
    ])

    static let accessRights = Choice(AccessRights.self, label: Format.bokmål.accessRights, synonyms: [
        .public: ["Offentlig", "Åpen", "Allmenn", "Public"], .restricted: ["Begrenset tilgang", "Restricted"],
        .nonPublic: ["Ikke-offentlig", "Ikke offentlig", "Unntatt offentlighet", "Lukket", "Non-public"],
    ])

    static let licence = Choice(DatasetLicence.self, synonyms: [
        .nlod20: ["NLOD", "NLOD 2.0", "Norsk lisens for offentlige data"], .ccBy40: ["CC BY", "CC BY 4.0", "CC-BY"],
        .ccBySa40: ["CC BY-SA", "CC BY-SA 4.0"], .cc010: ["CC0", "CC 0", "CC0 1.0"],
    ])

    static let format = Choice(FileFormat.self, synonyms: [
        .xlsx: ["Excel"], .shp: ["Shape", "Shapefile"], .rdfTurtle: ["Turtle", "TTL"], .rdfXML: ["RDF"], .jsonLD: ["JSON-LD"],
        .wms: ["WMS"], .wfs: ["WFS"], .txt: ["Tekst", "Text"],
    ])

    static let theme = Choice(DataTheme.self, label: Format.bokmål.theme, synonyms: [
        .agri: ["Jordbruk, fiske, skogbruk og mat", "Jordbruk"], .gove: ["Forvaltning", "Offentlig sektor"],
        .educ: ["Utdanning", "Kultur"], .envi: ["Miljø og klima"],
    ])

    static let frequency = Choice(UpdateFrequency.self, label: Format.bokmål.updateFrequency, synonyms: [
        .continuous: ["Sanntid", "Løpende"], .annual: ["Hvert år", "Yearly"], .never: ["Aldri"],
    ])

    static let contractType = Choice(ContractType.self, synonyms: [
        .dpa: ["Databehandleravtale", "DBA"], .framework: ["Rammeavtale", "Framework agreement"],
        .other: ["Annen", "Annet", "Andre"],
    ])

    static let noark5 = Choice(Noark5Status.self, label: Format.bokmål.noark5, synonyms: [
        .compliant: ["Ja", "Noark 5", "Noark-5", "Kompatibel", "Godkjent", "Compliant"],
        .partial: ["Delvis", "Delvis Noark", "Partial"],
        .no: ["Nei", "Ikke Noark", "No"],
    ])

    static let preservation = Choice(Preservation.self, label: Format.bokmål.preservation, synonyms: [
        .preserve: ["Bevares", "Bevaring", "B", "Preserve"],
        .dispose: ["Kasseres", "Kassasjon", "K", "Dispose"],
        .partial: ["Delvis", "Delvis bevaring", "Bevares delvis", "Partial"],
    ])

    static let processingStatus = Choice(ProcessingStatus.self, label: Format.bokmål.processingStatus, synonyms: [
        .draft: ["Utkast", "Kladd", "Draft"],
        .approved: ["Godkjent", "Vedtatt", "Approved"],
    ])

    static let specialCategory = Choice(SpecialCategory.self, label: Format.bokmål.specialCategory, synonyms: [
        .health: ["Helse"], .ethnicOrigin: ["Etnisitet", "Rase eller etnisk opprinnelse"],
        .politicalOpinions: ["Politiske oppfatninger"], .religiousBeliefs: ["Religion", "Religiøs overbevisning", "Religiøs eller filosofisk overbevisning"],
        .tradeUnionMembership: ["Fagforening"], .genetic: ["Genetisk"], .biometric: ["Biometri", "Biometrisk"],
        .sexLife: ["Seksualliv"], .sexualOrientation: ["Seksuell orientering"],
        .criminalConvictions: ["Straffedommer", "Lovovertredelser", "Straffbare forhold"],
    ])

    static let category = Choice(PubliccodeCategories.all.sorted(),
                                labels: Dictionary(uniqueKeysWithValues: PubliccodeCategories.all.map { ($0, Format.bokmål.category($0)) }))

    static let yesNo = Choice(["true", "false"], labels: ["true": "Ja", "false": "Nei"], synonyms: [
        "true": ["Ja", "J", "Yes", "Y", "X", "1", "Sant"], "false": ["Nei", "N", "No", "0", "Usant"],
    ])
}
