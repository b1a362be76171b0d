// The fixed part of the synthetic content: a KOSTRA-like taxonomy of municipal service areas,
// the kinds of product each area buys (segments), the integration standards, and templates for
// datasets and processing activities. Names and KOSTRA codes are real Norwegian public-sector
// terms; every vendor and product built on top of them is invented.

/// A system a municipality cannot do without, which other systems integrate with.
enum Hub: Sendable {
    case archive, finance, payroll, hr, identity, gis, health
}

/// A kind of product within a service area ("Sak- og arkivsystem"): each has its own market,
/// with a leader and a long tail.
struct SegmentSpec: Sendable {
    var id: String
    var label: String
    /// The word products of this kind are named with: "Kvarnel Arkiv".
    var noun: String
    /// A publiccode.yml category.
    var category: String
    /// How likely a municipality is to run such a system at all.
    var adoption: Double
    var hub: Hub? = nil
    /// How many products of this kind one municipality may run side by side.
    var slots: Int = 1
    /// National or regional shared services: integration targets, never run as a local system.
    var shared: Bool = false
}

struct DatasetSpec: Sendable {
    var title: String
    var access: String
    var themes: [String]
    var formats: [String]
    var personal: Bool
    var frequency: String
    var about: String
}

struct ActivitySpec: Sendable {
    var name: String
    var purpose: String
}

/// What a service area's processing of personal data looks like.
struct PrivacyProfile: Sendable {
    var subjects: [String]
    var categories: [String]
    var special: [String]
    var law: String
    /// The GDPR article for the ordinary personal data, usually 6(1)(e) (public authority).
    var article: String = "6(1)(e)"
    /// The article 9 exception for special categories.
    var specialArticle: String = "9(2)(h)"
    var recipients: [String] = []
}

struct AreaSpec: Sendable {
    var id: String
    var name: String
    var kostra: [String]
    var parent: String?
    /// The unit that owns the area's systems: "Oppvekst".
    var unit: String
    var about: String
    var standards: [String]
    /// Whether the area's case handling is archived in the sak/arkiv system.
    var archives: Bool
    var privacy: PrivacyProfile
    var segments: [SegmentSpec]
    var datasets: [DatasetSpec]
    var activities: [ActivitySpec]
}

struct StandardSpec: Sendable {
    var id: String
    var name: String
    var kind: String
    var about: String
}

enum Taxonomy {
    /// The top-level groups: areas with children and no products of their own.
    static let groups: [(id: String, name: String, kostra: [String], about: String)] = [
        ("styring-og-administrasjon", "Styring og administrasjon", ["100", "110", "120", "180"], "Politisk styring, administrasjon og fellestjenester som hele kommunen bruker."),
        ("oppvekst-og-utdanning", "Oppvekst og utdanning", ["201", "202", "211", "213", "215", "221", "222", "223"], "Barnehage, grunnskole, skolefritidsordning, voksenopplæring og pedagogisk-psykologisk tjeneste."),
        ("helse-og-omsorg", "Helse og omsorg", ["232", "233", "234", "241", "253", "254", "256", "261"], "Helsestasjon, legetjeneste, pleie og omsorg, rehabilitering og velferdsteknologi."),
        ("velferd", "Velferd og sosiale tjenester", ["242", "243", "244", "251", "252", "265", "273", "275", "276", "281", "283"], "Barnevern, sosialtjenesten i NAV-kontoret, kommunale boliger og bosetting av flyktninger."),
        ("plan-bygg-og-geodata", "Plan, bygg og geodata", ["301", "302", "303", "325", "329", "360"], "Arealplanlegging, byggesak, kart og oppmåling, landbruk og næringsutvikling."),
        ("teknisk-drift", "Teknisk drift og infrastruktur", ["121", "130", "330", "332", "338", "339", "340", "345", "350", "353", "355", "357"], "Vann og avløp, renovasjon, veier, kommunale bygg og brann og redning."),
        ("kultur-og-fritid", "Kultur og fritid", ["370", "375", "377", "380", "381", "383", "385", "386", "393"], "Bibliotek, kulturskole, idrett, friluftsliv, arrangementer og gravplasser."),
    ]

    static func S(_ id: String, _ label: String, _ noun: String, _ category: String, _ adoption: Double,
                  hub: Hub? = nil, slots: Int = 1, shared: Bool = false) -> SegmentSpec {
        SegmentSpec(id: id, label: label, noun: noun, category: category, adoption: adoption, hub: hub, slots: slots, shared: shared)
    }

    static func D(_ title: String, _ access: String, _ themes: [String], _ formats: [String], personal: Bool = false,
                  _ frequency: String, _ about: String) -> DatasetSpec {
        DatasetSpec(title: title, access: access, themes: themes, formats: formats, personal: personal, frequency: frequency, about: about)
    }

    static func A(_ name: String, _ purpose: String) -> ActivitySpec { ActivitySpec(name: name, purpose: purpose) }

    static let contactData = ["navn", "kontaktopplysninger"]
    static let citizens = ["innbyggere"]

    static let areas: [AreaSpec] = administration + upbringing + health + welfare + planning + technical + culture

    static let administration: [AreaSpec] = [
        AreaSpec(id: "politisk-styring", name: "Politisk styring", kostra: ["100", "110"], parent: "styring-og-administrasjon",
                 unit: "Politisk sekretariat", about: "Folkevalgte organer, møtebehandling, valg og kontrollutvalg.",
                 standards: ["noark-5", "fiks-arkiv", "id-porten"], archives: true,
                 privacy: PrivacyProfile(subjects: ["folkevalgte", "innbyggere"], categories: contactData + ["partitilhørighet", "møtedeltakelse"],
                                         special: ["political-opinions"], law: "kommuneloven", specialArticle: "9(2)(g)"),
                 segments: [
                    S("politisk-motebehandling", "Politisk møtebehandling", "Politikk", "document-management", 1.0),
                    S("motestromming", "Strømming og opptak av møter", "Møtestrøm", "video-conferencing", 0.7),
                    S("folkevalgtportal", "Folkevalgtportal", "Folkevalgt", "web-collaboration", 0.4),
                    S("valggjennomforing", "Valggjennomføring", "Valg", "data-collection", 0.3),
                 ],
                 datasets: [
                    D("Politiske møter og vedtak", "public", ["GOVE"], ["HTML", "JSON"], "weekly", "Møtekalender, saksdokumenter og vedtak fra kommunestyret, formannskapet og utvalgene"),
                    D("Folkevalgte og utvalg", "public", ["GOVE"], ["CSV", "JSON"], "irregular", "Oversikt over folkevalgte, partitilhørighet og hvilke utvalg de sitter i"),
                 ],
                 activities: [
                    A("Politisk møtebehandling", "Forberede, gjennomføre og protokollere møter i folkevalgte organer"),
                    A("Godtgjøring til folkevalgte", "Beregne og utbetale møtegodtgjøring og tapt arbeidsfortjeneste til folkevalgte"),
                 ]),
        AreaSpec(id: "arkiv", name: "Sak og arkiv", kostra: ["120"], parent: "styring-og-administrasjon",
                 unit: "Dokumentsenteret", about: "Postmottak, saksbehandling, journalføring og arkivdepot.",
                 standards: ["noark-5", "fiks-arkiv", "fiks-io", "svarut", "svarinn", "eformidling"], archives: false,
                 privacy: PrivacyProfile(subjects: ["innbyggere", "ansatte", "næringsdrivende"], categories: contactData + ["fødselsnummer", "opplysninger i saksdokumenter"],
                                         special: ["health", "criminal-convictions"], law: "arkivlova og offentleglova", recipients: ["interkommunalt arkiv"]),
                 segments: [
                    S("sak-arkiv", "Sak- og arkivsystem", "Arkiv", "document-management", 1.0, hub: .archive),
                    S("digitalt-postmottak", "Skanning og digitalt postmottak", "Post", "document-management", 0.6),
                    S("arkivdepot", "Depot og arkivuttrekk", "Depot", "document-management", 0.5),
                    S("innsynslosning", "Innsynsløsning og offentlig journal", "Innsyn", "digital-citizenship", 0.7),
                 ],
                 datasets: [
                    D("Offentlig postjournal", "public", ["GOVE"], ["HTML", "JSON"], "daily", "Kommunens offentlige journal over inngående og utgående dokumenter, med skjerming etter offentleglova"),
                    D("Arkivplan", "public", ["GOVE"], ["PDF", "HTML"], "annual", "Kommunens arkivplan med oversikt over arkiver, rutiner og bevaringsvedtak"),
                    D("Sakarkiv", "non-public", ["GOVE"], ["XML"], personal: true, "continuous", "Saker og dokumenter i sak- og arkivsystemet"),
                 ],
                 activities: [
                    A("Journalføring og arkivering", "Motta, registrere, journalføre og arkivere dokumenter i kommunens saker"),
                    A("Innsyn etter offentleglova", "Behandle krav om innsyn og publisere offentlig journal"),
                    A("Deponering og avlevering", "Ta ut, deponere og avlevere arkivmateriale til arkivdepot"),
                 ]),
        AreaSpec(id: "okonomi", name: "Økonomi og regnskap", kostra: ["120"], parent: "styring-og-administrasjon",
                 unit: "Økonomi", about: "Regnskap, budsjett, fakturering, innfordring og finansforvaltning.",
                 standards: ["ehf", "peppol", "saf-t", "kostra-rapportering", "openapi"], archives: true,
                 privacy: PrivacyProfile(subjects: ["innbyggere", "leverandører", "ansatte"], categories: contactData + ["fødselsnummer", "kontonummer", "betalingsopplysninger"],
                                         special: [], law: "kommuneloven og bokføringsloven", article: "6(1)(c)", recipients: ["Skatteetaten", "revisjonen"]),
                 segments: [
                    S("okonomisystem", "Økonomisystem (ERP)", "Økonomi", "erp", 1.0, hub: .finance),
                    S("budsjettering", "Budsjett og økonomiplan", "Budsjett", "budgeting", 0.8),
                    S("fakturabehandling", "Fakturabehandling og attestasjon", "Faktura", "billing-and-invoicing", 0.7),
                    S("innfordring", "Innfordring og inkasso", "Innfordring", "payment-gateway", 0.5),
                    S("finansforvaltning", "Finansforvaltning og rapportering", "Finans", "financial-reporting", 0.4),
                    S("betalingslosning", "Betalingsløsning for innbyggere", "Betal", "mobile-payment", 0.6),
                 ],
                 datasets: [
                    D("Budsjett og regnskap", "public", ["ECON", "GOVE"], ["CSV", "XLSX"], "annual", "Vedtatt budsjett og avlagt regnskap per tjenesteområde og art"),
                    D("Leverandørfakturaer", "public", ["ECON"], ["CSV"], "monthly", "Betalte fakturaer fra leverandører over en terskelverdi"),
                    D("Kundereskontro", "non-public", ["ECON"], ["CSV"], personal: true, "daily", "Kunder, utestående krav og innbetalinger"),
                 ],
                 activities: [
                    A("Regnskap og betaling", "Føre regnskap, betale leverandører og oppfylle bokføringsplikten"),
                    A("Fakturering og innfordring", "Fakturere kommunale krav og følge opp ubetalte krav"),
                 ]),
        AreaSpec(id: "personal", name: "Personal og lønn", kostra: ["120"], parent: "styring-og-administrasjon",
                 unit: "Organisasjon og personal", about: "Lønn, personaladministrasjon, rekruttering, turnus og kompetanse.",
                 standards: ["a-melding", "altinn", "saml-2", "scim-2", "openapi"], archives: true,
                 privacy: PrivacyProfile(subjects: ["ansatte", "søkere", "tidligere ansatte"], categories: contactData + ["fødselsnummer", "lønn og skatt", "fravær", "arbeidstid"],
                                         special: ["health", "trade-union-membership"], law: "arbeidsmiljøloven og a-opplysningsloven", article: "6(1)(b)", specialArticle: "9(2)(b)",
                                         recipients: ["Skatteetaten", "NAV", "KLP", "fagforeninger"]),
                 segments: [
                    S("lonnssystem", "Lønnssystem", "Lønn", "payroll", 1.0, hub: .payroll),
                    S("personalsystem", "Personalsystem (HR)", "HR", "hr", 0.95, hub: .hr),
                    S("rekruttering", "Rekruttering", "Rekrutt", "applicant-tracking", 0.8),
                    S("turnus", "Turnus og arbeidstidsplanlegging", "Turnus", "time-management", 0.8),
                    S("timeregistrering", "Timeregistrering og fravær", "Tid", "time-tracking", 0.6),
                    S("kompetanse", "Kompetanse og e-læring for ansatte", "Kompetanse", "talent-management", 0.6, slots: 2),
                 ],
                 datasets: [
                    D("Ansattregister", "non-public", ["GOVE"], ["CSV"], personal: true, "daily", "Ansatte, stillinger, organisasjonstilknytning og arbeidsforhold"),
                    D("Sykefraværsstatistikk", "restricted", ["GOVE", "SOCI"], ["XLSX"], "quarterly", "Sykefravær per tjenesteområde og kvartal, uten opplysninger om enkeltpersoner"),
                 ],
                 activities: [
                    A("Lønn og personal", "Utbetale lønn, rapportere til a-ordningen og følge opp arbeidsforhold"),
                    A("Rekruttering", "Lyse ut stillinger, vurdere søkere og ansette"),
                    A("Oppfølging av sykefravær", "Følge opp sykmeldte ansatte og tilrettelegge arbeidet"),
                 ]),
        AreaSpec(id: "innkjop", name: "Innkjøp og kontraktsforvaltning", kostra: ["120"], parent: "styring-og-administrasjon",
                 unit: "Innkjøp", about: "Anskaffelser, kontraktsoppfølging, e-handel og signering.",
                 standards: ["ehf", "peppol", "enhetsregisteret"], archives: true,
                 privacy: PrivacyProfile(subjects: ["kontaktpersoner hos leverandører"], categories: contactData, special: [], law: "anskaffelsesloven"),
                 segments: [
                    S("konkurransegjennomforing", "Konkurransegjennomføring", "Anbud", "procurement", 0.7),
                    S("kontraktsregister", "Kontraktsregister", "Kontrakt", "procurement", 0.6),
                    S("e-handel", "E-handel og bestilling", "Handel", "e-commerce", 0.5),
                    S("e-signering", "Elektronisk signering", "Signer", "e-signature", 0.6),
                 ],
                 datasets: [
                    D("Kontrakter og rammeavtaler", "public", ["ECON", "GOVE"], ["CSV"], "monthly", "Gjeldende kontrakter og rammeavtaler med leverandør, verdi og varighet"),
                 ],
                 activities: [
                    A("Anskaffelser", "Gjennomføre konkurranser og inngå kontrakter med leverandører"),
                 ]),
        AreaSpec(id: "ikt-drift", name: "IKT-drift og brukerstøtte", kostra: ["120"], parent: "styring-og-administrasjon",
                 unit: "IKT", about: "Servicedesk, klienter, nettverk, sikkerhetskopi, telefoni og skyplattform.",
                 standards: ["saml-2", "openid-connect", "scim-2", "openapi"], archives: false,
                 privacy: PrivacyProfile(subjects: ["ansatte", "elever"], categories: ["navn", "brukernavn", "enhetsinformasjon", "logger"], special: [], law: "kommuneloven"),
                 segments: [
                    S("servicedesk", "Servicedesk og ITSM", "Service", "it-service-management", 0.95),
                    S("klientdrift", "Klientdrift og programvaredistribusjon", "Klient", "it-management", 0.9),
                    S("mobilhandtering", "Mobilhåndtering (MDM)", "Mobil", "it-asset-management", 0.85),
                    S("sikkerhetskopiering", "Sikkerhetskopiering", "Backup", "backup", 0.95),
                    S("nettverksovervaking", "Nettverk og overvåking", "Nett", "network-management", 0.8, slots: 2),
                    S("skyplattform", "Skyplattform og virtualisering", "Sky", "cloud-management", 0.7, slots: 2),
                    S("integrasjonsplattform", "Integrasjonsplattform", "Integrasjon", "business-process-management", 0.8),
                    S("fjernhjelp", "Fjernhjelp", "Fjernhjelp", "remote-support", 0.6),
                    S("utskrift", "Utskrift og skriveradministrasjon", "Print", "it-management", 0.7),
                    S("lisensforvaltning", "IT-eiendeler og lisenser", "Lisens", "it-asset-management", 0.5),
                    S("telefoni", "Telefoni og sentralbord", "Telefoni", "voip", 0.85),
                    S("kosystem", "Kundesenter og køsystem", "Kø", "call-center-management", 0.4),
                 ],
                 datasets: [
                    D("IT-eiendeler", "restricted", ["TECH"], ["XLSX"], "continuous", "Maskiner, mobiler, lisenser og hvem de er utlevert til"),
                 ],
                 activities: [
                    A("Brukerstøtte og IT-drift", "Gi brukerstøtte, drifte klienter og følge opp henvendelser til servicedesk"),
                 ]),
        AreaSpec(id: "informasjonssikkerhet", name: "Informasjonssikkerhet og identitet", kostra: ["120"], parent: "styring-og-administrasjon",
                 unit: "IKT", about: "Identitets- og tilgangsstyring, endepunktvern, logganalyse og internkontroll.",
                 standards: ["saml-2", "openid-connect", "scim-2", "id-porten", "feide"], archives: false,
                 privacy: PrivacyProfile(subjects: ["ansatte", "elever", "innleid personell"], categories: ["navn", "brukernavn", "roller og tilganger", "logger"], special: [],
                                         law: "personopplysningsloven og kommuneloven § 25-1"),
                 segments: [
                    S("identitetsforvaltning", "Identitets- og tilgangsstyring (IAM)", "ID", "it-security", 1.0, hub: .identity),
                    S("endepunktvern", "Endepunktvern og antivirus", "Vern", "it-security", 0.95),
                    S("logganalyse", "Logganalyse og sikkerhetsovervåking", "Logg", "it-security", 0.6, slots: 2),
                    S("avvikssystem", "Avvik og internkontroll", "Avvik", "compliance-management", 0.8),
                    S("passordhvelv", "Passordhvelv og privilegert tilgang", "Hvelv", "it-security", 0.5),
                 ],
                 datasets: [
                    D("Tilgangslogg", "non-public", ["TECH"], ["JSON"], personal: true, "continuous", "Pålogginger og tildelte tilganger i kommunens systemer"),
                 ],
                 activities: [
                    A("Tilgangsstyring", "Opprette brukere, tildele og fjerne tilganger i kommunens systemer"),
                    A("Sikkerhetsovervåking og logging", "Oppdage og håndtere sikkerhetshendelser gjennom logganalyse"),
                    A("Avvikshåndtering", "Registrere, følge opp og lære av avvik i virksomheten"),
                 ]),
        AreaSpec(id: "samhandling", name: "Kontorstøtte og samhandling", kostra: ["120"], parent: "styring-og-administrasjon",
                 unit: "IKT", about: "E-post, kontorstøtte, intranett, prosjektverktøy og kvalitetssystem.",
                 standards: ["saml-2", "openid-connect", "scim-2"], archives: false,
                 privacy: PrivacyProfile(subjects: ["ansatte"], categories: ["navn", "e-post og dokumenter", "kalender"], special: [], law: "kommuneloven"),
                 segments: [
                    S("kontorstotte", "Kontorstøtte og e-post", "Kontor", "productivity-suite", 1.0),
                    S("intranett", "Intranett", "Intra", "enterprise-social-networking", 0.8),
                    S("prosjektstyring", "Prosjekt og portefølje", "Prosjekt", "project-management", 0.6, slots: 2),
                    S("oppgavestyring", "Oppgavestyring og planlegging", "Oppgave", "task-management", 0.4),
                    S("direktemeldinger", "Direktemeldinger og chat", "Prat", "instant-messaging", 0.5),
                    S("kvalitetssystem", "Kunnskapsbase og kvalitetssystem", "Kvalitet", "knowledge-management", 0.7, slots: 2),
                 ],
                 datasets: [],
                 activities: [
                    A("E-post og samhandling", "Kommunisere og samarbeide internt og med andre gjennom e-post, dokumenter og møter"),
                 ]),
        AreaSpec(id: "innbyggerdialog", name: "Innbyggerdialog og selvbetjening", kostra: ["120"], parent: "styring-og-administrasjon",
                 unit: "Kommunikasjon og service", about: "Nettsted, skjemaer, varsling, chat og undersøkelser.",
                 standards: ["id-porten", "altinn", "fiks-io", "digital-postkasse", "openapi"], archives: true,
                 privacy: PrivacyProfile(subjects: ["innbyggere"], categories: contactData + ["fødselsnummer", "henvendelser"], special: [], law: "forvaltningsloven"),
                 segments: [
                    S("nettsted", "Nettsted", "Web", "content-management", 1.0),
                    S("eskjema", "Eskjema og selvbetjening", "Skjema", "data-collection", 0.9, slots: 2),
                    S("chatbot", "Chatbot og innbyggerdialog", "Dialog", "customer-service-and-support", 0.5),
                    S("varsling", "SMS og varsling til innbyggere", "Varsel", "communications", 0.85, slots: 2),
                    S("sporreundersokelser", "Spørreundersøkelser", "Spør", "survey", 0.6),
                    S("timebestilling", "Timebestilling", "Time", "appointment-scheduling", 0.5),
                    S("sosiale-medier", "Publisering i sosiale medier", "Sosial", "social-media-management", 0.3),
                    S("felles-tjenester", "Felles nasjonal eller regional tjeneste", "Felles", "digital-citizenship", 0, shared: true),
                 ],
                 datasets: [
                    D("Kommunale tjenester og kontaktinformasjon", "public", ["GOVE"], ["JSON", "CSV"], "irregular", "Kommunens tjenester med beskrivelse, åpningstider og kontaktpunkt"),
                    D("Innbyggerhenvendelser", "restricted", ["GOVE"], ["CSV"], personal: true, "daily", "Henvendelser til servicetorget, chat og skjemaer"),
                 ],
                 activities: [
                    A("Innbyggerhenvendelser", "Ta imot og besvare henvendelser fra innbyggere på telefon, chat og skjema"),
                    A("Varsling av innbyggere", "Sende varsler om vannbrudd, stengte veier og andre hendelser på SMS og e-post"),
                    A("Brukerundersøkelser", "Måle hvor fornøyde innbyggerne er med tjenestene"),
                 ]),
        AreaSpec(id: "styringsinformasjon", name: "Styringsinformasjon og analyse", kostra: ["120"], parent: "styring-og-administrasjon",
                 unit: "Økonomi", about: "Styringsdata, analyse, mål- og resultatstyring og dataplattform.",
                 standards: ["kostra-rapportering", "openapi"], archives: false,
                 privacy: PrivacyProfile(subjects: ["ansatte", "innbyggere"], categories: ["aggregerte tjenestedata", "brukernavn"], special: [], law: "kommuneloven"),
                 segments: [
                    S("styringsinformasjon", "Styringsinformasjon (BI)", "Innsikt", "business-intelligence", 0.7, slots: 2),
                    S("dataplattform", "Dataplattform og åpne data", "Data", "data-analytics", 0.4),
                    S("malstyring", "Mål- og resultatstyring", "Mål", "enterprise-project-management", 0.6),
                    S("dashbord", "Rapporter og dashbord", "Dashbord", "data-visualization", 0.4),
                 ],
                 datasets: [
                    D("Nøkkeltall for tjenestene", "public", ["GOVE", "ECON"], ["CSV", "JSON"], "annual", "Utvalgte nøkkeltall for tjenestene, hentet fra KOSTRA og egne fagsystemer"),
                 ],
                 activities: []),
    ]

    static let upbringing: [AreaSpec] = [
        AreaSpec(id: "barnehage", name: "Barnehage", kostra: ["201", "211", "221"], parent: "oppvekst-og-utdanning",
                 unit: "Oppvekst", about: "Kommunale og private barnehager, opptak, foreldrebetaling og spesialpedagogisk hjelp.",
                 standards: ["id-porten", "feide", "folkeregisteret", "fiks-arkiv"], archives: true,
                 privacy: PrivacyProfile(subjects: ["barn", "foreldre og foresatte"], categories: contactData + ["fødselsnummer", "familieforhold", "inntekt"],
                                         special: ["health"], law: "barnehageloven"),
                 segments: [
                    S("barnehageadministrasjon", "Barnehageadministrasjon og opptak", "Barnehage", "resource-management", 1.0),
                    S("foreldrekommunikasjon", "Foreldrekommunikasjon i barnehagen", "Foreldre", "communications", 0.8),
                    S("pedagogisk-dokumentasjon", "Pedagogisk dokumentasjon", "Lek", "knowledge-management", 0.4),
                    S("spesialpedagogisk-hjelp", "Spesialpedagogisk hjelp", "Støtte", "workflow-management", 0.4),
                 ],
                 datasets: [
                    D("Barnehager og kapasitet", "public", ["EDUC", "SOCI"], ["CSV", "JSON"], "annual", "Barnehager i kommunen med adresse, eierform, antall plasser og åpningstider"),
                    D("Barnehageopptak", "non-public", ["EDUC"], ["CSV"], personal: true, "annual", "Søknader om barnehageplass, tildelinger og ventelister"),
                 ],
                 activities: [
                    A("Barnehageopptak", "Behandle søknader om barnehageplass og tildele plasser etter opptakskriteriene"),
                    A("Foreldrebetaling og moderasjon", "Beregne foreldrebetaling og behandle søknader om redusert betaling"),
                    A("Oppfølging av barn i barnehagen", "Dokumentere og følge opp barnets trivsel, utvikling og behov for tilrettelegging"),
                 ]),
        AreaSpec(id: "grunnskole", name: "Grunnskole", kostra: ["202", "222"], parent: "oppvekst-og-utdanning",
                 unit: "Oppvekst", about: "Skoleadministrasjon, læringsplattform, læremidler og spesialundervisning.",
                 standards: ["feide", "folkeregisteret", "fiks-arkiv", "saml-2", "openapi"], archives: true,
                 privacy: PrivacyProfile(subjects: ["elever", "foreldre og foresatte", "lærere"], categories: contactData + ["fødselsnummer", "karakterer og vurderinger", "fravær"],
                                         special: ["health"], law: "opplæringslova"),
                 segments: [
                    S("skoleadministrasjon", "Skoleadministrasjon", "Skole", "resource-management", 1.0),
                    S("laeringsplattform", "Læringsplattform", "Læring", "learning-management-system", 1.0, slots: 2),
                    S("digitale-laeremidler", "Digitale læremidler", "Læremiddel", "learning-management-system", 0.9, slots: 6),
                    S("skole-hjem", "Kommunikasjon skole–hjem", "Hjem", "communications", 0.7),
                    S("elev-pc", "Nettbrett- og PC-forvaltning i skolen", "Elev-PC", "it-asset-management", 0.8),
                    S("kartlegging-og-prover", "Kartlegging og prøver", "Kartlegging", "survey", 0.6, slots: 3),
                    S("timeplanlegging", "Timeplanlegging", "Timeplan", "time-management", 0.6),
                    S("tilpasset-opplaering", "Spesialundervisning og tilpasset opplæring", "Tilpass", "workflow-management", 0.5),
                    S("skolebibliotek", "Skolebibliotek", "Skolebok", "inventory-management", 0.4),
                 ],
                 datasets: [
                    D("Skoler og skolekretser", "public", ["EDUC", "REGI"], ["GEOJSON", "CSV"], "annual", "Grunnskoler med adresse, trinn og skolekretsgrenser"),
                    D("Elevtall per skole", "public", ["EDUC"], ["CSV"], "annual", "Antall elever per skole og trinn per 1. oktober"),
                    D("Elevmapper", "non-public", ["EDUC"], ["PDF"], personal: true, "continuous", "Dokumentasjon om den enkelte elev"),
                    D("Resultater fra nasjonale prøver", "restricted", ["EDUC"], ["XLSX"], "annual", "Resultater fra nasjonale prøver per skole, til bruk i kvalitetsarbeidet"),
                 ],
                 activities: [
                    A("Elevadministrasjon", "Registrere elever, fravær, vurdering og kommunikasjon med foresatte"),
                    A("Spesialundervisning", "Behandle saker om spesialundervisning og følge opp individuelle opplæringsplaner"),
                    A("Undervisning på læringsplattform", "Gi undervisning, motta innleveringer og gi tilbakemeldinger digitalt"),
                 ]),
        AreaSpec(id: "sfo", name: "Skolefritidsordning", kostra: ["215"], parent: "oppvekst-og-utdanning",
                 unit: "Oppvekst", about: "Plasser, oppmøte og betaling i skolefritidsordningen.",
                 standards: ["feide", "id-porten"], archives: false,
                 privacy: PrivacyProfile(subjects: ["elever", "foreldre og foresatte"], categories: contactData + ["fødselsnummer", "oppmøte", "betalingsopplysninger"], special: [], law: "opplæringslova"),
                 segments: [S("sfo-administrasjon", "SFO-administrasjon og betaling", "SFO", "billing-and-invoicing", 0.8)],
                 datasets: [D("SFO-plasser og satser", "public", ["EDUC", "ECON"], ["CSV"], "annual", "Plasser i skolefritidsordningen og gjeldende satser")],
                 activities: [A("Skolefritidsordning", "Tildele plass i skolefritidsordningen og fakturere foreldrebetaling")]),
        AreaSpec(id: "voksenopplaering", name: "Voksenopplæring og introduksjonsprogram", kostra: ["213", "275"], parent: "oppvekst-og-utdanning",
                 unit: "Voksenopplæringen", about: "Opplæring for voksne, norskopplæring og introduksjonsprogram.",
                 standards: ["fiks-arkiv", "folkeregisteret"], archives: true,
                 privacy: PrivacyProfile(subjects: ["deltakere"], categories: contactData + ["fødselsnummer", "utdanning", "oppmøte"], special: ["ethnic-origin"],
                                         law: "opplæringslova og integreringsloven", specialArticle: "9(2)(g)", recipients: ["IMDi", "NAV"]),
                 segments: [
                    S("voksenopplaering-admin", "Elevadministrasjon i voksenopplæringen", "Voksen", "resource-management", 0.6),
                    S("introduksjonsprogram", "Introduksjonsprogram og kvalifisering", "Intro", "workflow-management", 0.6),
                 ],
                 datasets: [D("Deltakere i introduksjonsprogrammet", "restricted", ["EDUC", "SOCI"], ["XLSX"], "quarterly", "Antall deltakere, timer og resultater i introduksjonsprogrammet")],
                 activities: [A("Introduksjonsprogram", "Gi introduksjonsprogram og opplæring i norsk og samfunnskunnskap til nyankomne innvandrere")]),
        AreaSpec(id: "skoleskyss", name: "Skoleskyss", kostra: ["223"], parent: "oppvekst-og-utdanning",
                 unit: "Oppvekst", about: "Rett til skyss, bestilling og ruter.",
                 standards: ["openapi"], archives: true,
                 privacy: PrivacyProfile(subjects: ["elever"], categories: contactData + ["skole og adresse"], special: [], law: "opplæringslova"),
                 segments: [S("skyssbestilling", "Bestilling av skoleskyss", "Skyss", "fleet-management", 0.5)],
                 datasets: [D("Skyssruter", "restricted", ["TRAN", "EDUC"], ["CSV"], "annual", "Ruter og stoppesteder for skoleskyss")],
                 activities: [A("Skoleskyss", "Vurdere rett til skoleskyss og bestille skyss for elever")]),
        AreaSpec(id: "ppt", name: "Pedagogisk-psykologisk tjeneste", kostra: ["202"], parent: "oppvekst-og-utdanning",
                 unit: "PPT", about: "Sakkyndig vurdering og hjelp til barn, elever og skoler.",
                 standards: ["fiks-arkiv", "folkeregisteret"], archives: true,
                 privacy: PrivacyProfile(subjects: ["barn", "elever", "foreldre og foresatte"], categories: contactData + ["fødselsnummer", "sakkyndige vurderinger"], special: ["health"],
                                         law: "opplæringslova og barnehageloven"),
                 segments: [
                    S("ppt-fagsystem", "Fagsystem for PPT", "PPT", "workflow-management", 0.85),
                    S("ppt-kartlegging", "Kartleggingsverktøy for PPT", "Test", "survey", 0.3),
                 ],
                 datasets: [D("Sakkyndige vurderinger", "non-public", ["EDUC"], ["PDF"], personal: true, "continuous", "Sakkyndige vurderinger fra PPT")],
                 activities: [A("Sakkyndig vurdering", "Utrede behov for spesialundervisning og spesialpedagogisk hjelp og skrive sakkyndige vurderinger")]),
    ]

    static let healthPrivacy = PrivacyProfile(subjects: ["pasienter og brukere", "pårørende"], categories: contactData + ["fødselsnummer", "helseopplysninger", "pårørende"],
                                              special: ["health"], law: "helse- og omsorgstjenesteloven og pasientjournalloven",
                                              recipients: ["fastlege", "helseforetak", "Helsedirektoratet (KPR)"])

    static let health: [AreaSpec] = [
        AreaSpec(id: "helsestasjon", name: "Helsestasjon og skolehelsetjeneste", kostra: ["232"], parent: "helse-og-omsorg",
                 unit: "Helse og omsorg", about: "Helsestasjon, skolehelsetjeneste, jordmor og vaksinasjon.",
                 standards: ["helsenett", "kjernejournal", "plo-meldinger", "hl7-fhir"], archives: false,
                 privacy: PrivacyProfile(subjects: ["barn og unge", "foreldre og foresatte"], categories: contactData + ["fødselsnummer", "helseopplysninger", "vaksinasjon"],
                                         special: ["health"], law: "helse- og omsorgstjenesteloven og pasientjournalloven", recipients: ["fastlege", "SYSVAK"]),
                 segments: [
                    S("helsestasjonsjournal", "Helsestasjonsjournal", "Helsestasjon", "document-management", 1.0),
                    S("vaksinasjon", "Vaksinasjonsregistrering", "Vaksine", "data-collection", 0.5),
                 ],
                 datasets: [
                    D("Vaksinasjonsdekning", "public", ["HEAL"], ["CSV"], "annual", "Andel barn vaksinert etter barnevaksinasjonsprogrammet, per årskull"),
                    D("Helsekort for barn", "non-public", ["HEAL"], ["XML"], personal: true, "continuous", "Journal for barn i helsestasjon og skolehelsetjeneste"),
                 ],
                 activities: [
                    A("Helsestasjon og skolehelsetjeneste", "Følge opp barn og unges helse og utvikling gjennom konsultasjoner og vaksinasjon"),
                 ]),
        AreaSpec(id: "legetjeneste", name: "Legetjeneste og legevakt", kostra: ["241", "256"], parent: "helse-og-omsorg",
                 unit: "Helse og omsorg", about: "Kommunale legekontor, legevakt, fysioterapi og meldingsutveksling.",
                 standards: ["helsenett", "kjernejournal", "e-resept", "plo-meldinger", "hl7-fhir"], archives: false, privacy: healthPrivacy,
                 segments: [
                    S("legejournal", "Journalsystem for legetjenesten", "Lege", "document-management", 0.8),
                    S("legevaktsystem", "Legevaktsystem", "Legevakt", "call-center-management", 0.6),
                    S("helsemeldinger", "Meldingsformidling i helsenettet", "Melding", "communications", 0.7),
                    S("fysioterapijournal", "Journal for fysio- og ergoterapi", "Fysio", "document-management", 0.6),
                 ],
                 datasets: [
                    D("Fastlegelister", "public", ["HEAL"], ["CSV", "JSON"], "monthly", "Fastleger i kommunen med ledige plasser på listen"),
                    D("Legevaktstatistikk", "restricted", ["HEAL"], ["XLSX"], "monthly", "Henvendelser og konsultasjoner på legevakten per måned"),
                 ],
                 activities: [
                    A("Legevakt", "Gi øyeblikkelig hjelp og dokumentere konsultasjoner på legevakten"),
                    A("Fysio- og ergoterapi", "Utrede, behandle og følge opp pasienter i fysio- og ergoterapitjenesten"),
                 ]),
        AreaSpec(id: "pleie-og-omsorg", name: "Pleie og omsorg", kostra: ["253", "254", "261"], parent: "helse-og-omsorg",
                 unit: "Helse og omsorg", about: "Sykehjem, hjemmetjenester og tjenester til hjemmeboende.",
                 standards: ["helsenett", "plo-meldinger", "kjernejournal", "e-resept", "iplos", "hl7-fhir"], archives: false, privacy: healthPrivacy,
                 segments: [
                    S("omsorgsjournal", "Pasientjournal for pleie og omsorg (EPJ)", "Omsorg", "document-management", 1.0, hub: .health),
                    S("mobil-omsorg", "Mobil dokumentasjon i hjemmetjenesten", "Mobil", "task-management", 0.85, slots: 2),
                    S("ruteplanlegging", "Ruteplanlegging i hjemmetjenesten", "Rute", "resource-management", 0.7),
                    S("legemiddelhandtering", "Legemiddelhåndtering", "Medisin", "inventory-management", 0.7),
                    S("matbestilling", "Kjøkken og matbestilling", "Mat", "inventory-management", 0.5),
                    S("beleggsstyring", "Beleggsstyring på sykehjem", "Belegg", "resource-management", 0.5),
                    S("pasientvarsling", "Pasientvarsling og sykesignal", "Signal", "communications", 0.8),
                 ],
                 datasets: [
                    D("Sykehjemsplasser og belegg", "public", ["HEAL", "SOCI"], ["CSV"], "monthly", "Antall plasser på sykehjem og omsorgsboliger og hvor mange som er i bruk"),
                    D("Pasientjournaler i pleie og omsorg", "non-public", ["HEAL"], ["XML"], personal: true, "continuous", "Journal for brukere av hjemmetjenester og sykehjem"),
                    D("Ventelister for helse- og omsorgstjenester", "restricted", ["HEAL"], ["CSV"], personal: true, "weekly", "Søkere som venter på plass eller tjeneste"),
                 ],
                 activities: [
                    A("Hjemmetjenester", "Yte og dokumentere helsehjelp og praktisk bistand til hjemmeboende"),
                    A("Sykehjem", "Yte og dokumentere helsehjelp og pleie til beboere på sykehjem"),
                    A("Legemiddelhåndtering", "Bestille, dele ut og dokumentere legemidler til brukere"),
                 ]),
        AreaSpec(id: "velferdsteknologi", name: "Velferdsteknologi", kostra: ["254", "234"], parent: "helse-og-omsorg",
                 unit: "Helse og omsorg", about: "Trygghetsalarmer, digitalt tilsyn, medisineringsstøtte og hjemmeoppfølging.",
                 standards: ["helsenett", "hl7-fhir", "openapi"], archives: false, privacy: healthPrivacy,
                 segments: [
                    S("responssenter", "Responssenter og trygghetsalarm", "Alarm", "call-center-management", 0.9),
                    S("digitalt-tilsyn", "Digitalt tilsyn", "Tilsyn", "remote-support", 0.7, slots: 3),
                    S("medisineringsstotte", "Digital medisineringsstøtte", "Dosett", "communications", 0.6),
                    S("hjemmeoppfolging", "Digital hjemmeoppfølging", "Hjemme", "video-conferencing", 0.5, slots: 2),
                    S("lokaliseringsteknologi", "Lokaliseringsteknologi (GPS)", "Spor", "geographic-information-systems", 0.5),
                    S("velferdsplattform", "Plattform for velferdsteknologi", "Velferd", "it-management", 0.6),
                 ],
                 datasets: [D("Trygghetsalarmer i bruk", "restricted", ["HEAL", "TECH"], ["XLSX"], "monthly", "Antall trygghetsalarmer og andre velferdsteknologiske løsninger i bruk")],
                 activities: [
                    A("Trygghetsalarm og responssenter", "Motta og håndtere alarmer fra brukere med trygghetsalarm"),
                    A("Digitalt tilsyn", "Føre tilsyn med brukere ved hjelp av sensorer i hjemmet"),
                 ]),
        AreaSpec(id: "rus-og-psykisk-helse", name: "Rus og psykisk helse", kostra: ["243"], parent: "helse-og-omsorg",
                 unit: "Helse og omsorg", about: "Tjenester til personer med rusproblemer og psykiske lidelser.",
                 standards: ["helsenett", "plo-meldinger"], archives: false,
                 privacy: PrivacyProfile(subjects: ["pasienter og brukere", "pårørende"], categories: contactData + ["fødselsnummer", "helseopplysninger", "rusmiddelbruk"],
                                         special: ["health", "criminal-convictions"], law: "helse- og omsorgstjenesteloven og pasientjournalloven"),
                 segments: [
                    S("rus-psykiatri-journal", "Journal for rus og psykisk helse", "Psyk", "document-management", 0.6),
                    S("brukerplan", "Kartlegging og brukerplan", "Brukerplan", "survey", 0.5),
                 ],
                 datasets: [D("Brukerplankartlegging", "restricted", ["HEAL", "SOCI"], ["XLSX"], "annual", "Anonymisert kartlegging av brukere med rus- og psykiske helseproblemer")],
                 activities: [A("Rus- og psykisk helsetjeneste", "Gi oppfølging og behandling til personer med rusproblemer eller psykiske lidelser")]),
        AreaSpec(id: "habilitering", name: "Habilitering og rehabilitering", kostra: ["241"], parent: "helse-og-omsorg",
                 unit: "Helse og omsorg", about: "Hjelpemidler, individuell plan og koordinerende enhet.",
                 standards: ["helsenett", "openapi"], archives: true, privacy: healthPrivacy,
                 segments: [
                    S("hjelpemiddelforvaltning", "Hjelpemiddelforvaltning", "Hjelpemiddel", "inventory-management", 0.7),
                    S("individuell-plan", "Individuell plan og koordinering", "Plan", "collaboration", 0.6),
                 ],
                 datasets: [D("Hjelpemiddellager", "restricted", ["HEAL"], ["CSV"], "continuous", "Hjelpemidler på kommunens korttidslager og utlån")],
                 activities: [A("Individuell plan og koordinering", "Koordinere tjenester og utarbeide individuell plan for brukere med langvarige behov")]),
        AreaSpec(id: "tildeling", name: "Tildeling av helse- og omsorgstjenester", kostra: ["234", "254"], parent: "helse-og-omsorg",
                 unit: "Tildelingskontoret", about: "Søknad, vedtak og tildeling av helse- og omsorgstjenester.",
                 standards: ["fiks-arkiv", "plo-meldinger", "folkeregisteret"], archives: true, privacy: healthPrivacy,
                 segments: [
                    S("vedtak-og-tildeling", "Vedtak og tildeling", "Vedtak", "workflow-management", 0.7),
                    S("brukerstyrt-assistanse", "Brukerstyrt personlig assistanse", "BPA", "time-tracking", 0.4),
                 ],
                 datasets: [D("Vedtak om helse- og omsorgstjenester", "non-public", ["HEAL"], ["CSV"], personal: true, "daily", "Vedtak om tjenester, tildelte timer og klager")],
                 activities: [A("Tildeling av tjenester", "Behandle søknader om helse- og omsorgstjenester og fatte vedtak")]),
    ]

    static let welfare: [AreaSpec] = [
        AreaSpec(id: "barnevern", name: "Barnevern", kostra: ["244", "251", "252"], parent: "velferd",
                 unit: "Barnevernstjenesten", about: "Undersøkelser, tiltak og omsorg for barn og familier.",
                 standards: ["fiks-arkiv", "folkeregisteret", "fiks-io"], archives: false,
                 privacy: PrivacyProfile(subjects: ["barn", "foreldre og foresatte", "fosterforeldre", "meldere"], categories: contactData + ["fødselsnummer", "familieforhold", "helse", "skole"],
                                         special: ["health", "ethnic-origin", "religious-beliefs", "criminal-convictions"], law: "barnevernsloven",
                                         recipients: ["Statsforvalteren", "barneverns- og helsenemnda", "Bufetat"]),
                 segments: [
                    S("barnevernsystem", "Fagsystem for barnevern", "Barnevern", "workflow-management", 1.0),
                    S("barnevernsvakt", "Barnevernsvakt", "Vakt", "call-center-management", 0.4),
                    S("fosterhjemsoppfolging", "Oppfølging av fosterhjem", "Fosterhjem", "workflow-management", 0.4),
                 ],
                 datasets: [
                    D("Barnevernsstatistikk", "restricted", ["SOCI", "JUST"], ["XLSX"], "quarterly", "Meldinger, undersøkelser og tiltak per kvartal, uten opplysninger om enkeltbarn"),
                    D("Barnevernsmapper", "non-public", ["SOCI"], ["XML"], personal: true, "continuous", "Saksmapper for barn i barnevernet"),
                 ],
                 activities: [
                    A("Barnevernstjenester", "Motta og undersøke bekymringsmeldinger, iverksette og følge opp tiltak for barn og familier"),
                    A("Fosterhjem", "Rekruttere, godkjenne og følge opp fosterhjem"),
                 ]),
        AreaSpec(id: "sosialtjeneste", name: "Sosialtjeneste (NAV-kontor)", kostra: ["242", "276", "281"], parent: "velferd",
                 unit: "NAV-kontoret", about: "Økonomisk sosialhjelp, kvalifiseringsprogram og økonomisk rådgivning.",
                 standards: ["digisos", "folkeregisteret", "fiks-io"], archives: false,
                 privacy: PrivacyProfile(subjects: ["søkere og mottakere", "familiemedlemmer"], categories: contactData + ["fødselsnummer", "økonomi", "bosituasjon"],
                                         special: ["health"], law: "sosialtjenesteloven", specialArticle: "9(2)(b)", recipients: ["NAV", "Husbanken"]),
                 segments: [
                    S("sosialsystem", "Fagsystem for sosialtjenesten", "Sosial", "workflow-management", 1.0),
                    S("gjeldsradgivning", "Økonomisk rådgivning og gjeld", "Gjeld", "accounting", 0.5),
                    S("kvalifiseringsprogram", "Kvalifiseringsprogram", "KVP", "workflow-management", 0.4),
                 ],
                 datasets: [
                    D("Sosialhjelpsstatistikk", "restricted", ["SOCI", "ECON"], ["XLSX"], "monthly", "Mottakere av økonomisk sosialhjelp og utbetalinger per måned"),
                    D("Sosialhjelpsmottakere", "non-public", ["SOCI"], ["CSV"], personal: true, "daily", "Søknader, vedtak og utbetalinger av sosialhjelp"),
                 ],
                 activities: [
                    A("Økonomisk sosialhjelp", "Behandle søknader om økonomisk stønad og følge opp mottakere"),
                    A("Økonomisk rådgivning", "Gi råd og hjelp til personer med gjeldsproblemer"),
                 ]),
        AreaSpec(id: "bolig", name: "Kommunale boliger", kostra: ["265", "283"], parent: "velferd",
                 unit: "Bolig", about: "Utleieboliger, startlån og bostøtte.",
                 standards: ["folkeregisteret", "matrikkelen", "altinn"], archives: true,
                 privacy: PrivacyProfile(subjects: ["søkere", "leietakere"], categories: contactData + ["fødselsnummer", "inntekt og formue", "bosituasjon"],
                                         special: ["health"], law: "lov om kommunenes ansvar på det boligsosiale feltet", recipients: ["Husbanken"]),
                 segments: [
                    S("boligforvaltning", "Forvaltning av kommunale boliger", "Bolig", "property-management", 0.8),
                    S("startlan", "Startlån og bostøtte", "Startlån", "grant-management", 0.6),
                 ],
                 datasets: [
                    D("Kommunale utleieboliger", "public", ["SOCI", "REGI"], ["CSV", "GEOJSON"], "quarterly", "Kommunale utleieboliger med størrelse og beliggenhet"),
                    D("Boligsøkere", "non-public", ["SOCI"], ["CSV"], personal: true, "weekly", "Søkere til kommunal bolig og startlån"),
                 ],
                 activities: [
                    A("Tildeling av kommunal bolig", "Behandle søknader om kommunal bolig og følge opp leieforhold"),
                    A("Startlån", "Behandle søknader om startlån og tilskudd til etablering"),
                 ]),
        AreaSpec(id: "flyktning", name: "Bosetting av flyktninger", kostra: ["275"], parent: "velferd",
                 unit: "Flyktningtjenesten", about: "Bosetting, oppfølging og tolketjenester.",
                 standards: ["folkeregisteret", "fiks-io"], archives: true,
                 privacy: PrivacyProfile(subjects: ["flyktninger", "familiemedlemmer"], categories: contactData + ["fødselsnummer", "oppholdsgrunnlag", "språk"],
                                         special: ["ethnic-origin", "religious-beliefs", "health"], law: "integreringsloven", specialArticle: "9(2)(g)", recipients: ["IMDi"]),
                 segments: [
                    S("flyktningoppfolging", "Oppfølging av bosatte flyktninger", "Ny", "workflow-management", 0.5),
                    S("tolkebestilling", "Tolkebestilling", "Tolk", "translation", 0.7),
                 ],
                 datasets: [D("Bosatte flyktninger", "restricted", ["SOCI"], ["XLSX"], "annual", "Antall bosatte flyktninger per år, uten opplysninger om enkeltpersoner")],
                 activities: [A("Bosetting og oppfølging av flyktninger", "Bosette flyktninger og følge dem opp de første årene i kommunen")]),
    ]

    static let planning: [AreaSpec] = [
        AreaSpec(id: "plan", name: "Plansaksbehandling", kostra: ["301"], parent: "plan-bygg-og-geodata",
                 unit: "Samfunnsutvikling", about: "Kommuneplan, reguleringsplaner og planregister.",
                 standards: ["geointegrasjon", "sosi", "ogc-wms", "ogc-wfs", "fiks-arkiv"], archives: true,
                 privacy: PrivacyProfile(subjects: ["grunneiere", "innsendere av merknader"], categories: contactData + ["eiendom"], special: [], law: "plan- og bygningsloven"),
                 segments: [
                    S("planregister", "Planregister og plandialog", "Plan", "geographic-information-systems", 0.9),
                    S("planproduksjon", "Planproduksjon (CAD)", "CAD", "cad", 0.4),
                    S("medvirkning", "Digital medvirkning", "Medvirk", "feedback-and-reviews-management", 0.3),
                 ],
                 datasets: [
                    D("Reguleringsplaner", "public", ["REGI", "GOVE"], ["WMS_SRVC", "GML"], "weekly", "Vedtatte og foreslåtte reguleringsplaner med plankart og planbestemmelser"),
                    D("Kommuneplanens arealdel", "public", ["REGI"], ["WMS_SRVC", "SHP", "PDF"], "irregular", "Arealformål, hensynssoner og bestemmelser i kommuneplanens arealdel"),
                 ],
                 activities: [A("Plansaksbehandling", "Behandle planforslag, gjennomføre høringer og ta imot merknader")]),
        AreaSpec(id: "byggesak", name: "Byggesak", kostra: ["302"], parent: "plan-bygg-og-geodata",
                 unit: "Samfunnsutvikling", about: "Byggesaksbehandling, tilsyn og eierseksjonering.",
                 standards: ["fellestjenester-bygg", "fiks-arkiv", "geointegrasjon", "matrikkelen"], archives: true,
                 privacy: PrivacyProfile(subjects: ["tiltakshavere", "naboer", "ansvarlige foretak"], categories: contactData + ["eiendom", "søknadsopplysninger"],
                                         special: [], law: "plan- og bygningsloven"),
                 segments: [
                    S("byggesaksbehandling", "Byggesaksbehandling", "Byggesak", "workflow-management", 1.0),
                    S("ulovlighetsoppfolging", "Tilsyn og ulovlighetsoppfølging", "Tilsyn", "compliance-management", 0.4),
                    S("eiendomsinformasjon", "Salg av eiendomsinformasjon", "Meglerpakke", "e-commerce", 0.6),
                 ],
                 datasets: [
                    D("Byggesaker", "public", ["REGI", "GOVE"], ["JSON", "CSV"], "daily", "Innkomne og behandlede byggesøknader med eiendom, tiltakstype og status"),
                    D("Ulovlighetssaker", "non-public", ["REGI"], ["CSV"], personal: true, "weekly", "Saker om ulovlige tiltak og tilsyn"),
                 ],
                 activities: [
                    A("Byggesaksbehandling", "Behandle søknader om tiltak etter plan- og bygningsloven"),
                    A("Ulovlighetsoppfølging", "Følge opp ulovlige byggetiltak og føre tilsyn"),
                 ]),
        AreaSpec(id: "kart-og-oppmaling", name: "Kart og oppmåling", kostra: ["303"], parent: "plan-bygg-og-geodata",
                 unit: "Samfunnsutvikling", about: "Kartløsning, matrikkel, oppmåling og adresser.",
                 standards: ["geointegrasjon", "matrikkelen", "sosi", "ogc-wms", "ogc-wfs"], archives: true,
                 privacy: PrivacyProfile(subjects: ["hjemmelshavere"], categories: contactData + ["eiendom", "fødselsnummer"], special: [], law: "matrikkellova og geodataloven"),
                 segments: [
                    S("kartlosning", "Kartløsning (GIS)", "Kart", "geographic-information-systems", 1.0, hub: .gis),
                    S("matrikkelklient", "Matrikkelklient", "Matrikkel", "geographic-information-systems", 0.9),
                    S("innsynskart", "Innsynskart for innbyggere", "Innsynskart", "geographic-information-systems", 0.8, slots: 2),
                    S("landmaling", "Landmåling og feltarbeid", "Felt", "cad", 0.6, slots: 2),
                    S("adresseforvaltning", "Adresseforvaltning", "Adresse", "geographic-information-systems", 0.4),
                 ],
                 datasets: [
                    D("Adresser", "public", ["REGI"], ["CSV", "GEOJSON"], "daily", "Offisielle adresser med koordinater og tilhørende eiendom"),
                    D("Bygninger", "public", ["REGI"], ["WFS_SRVC", "GML"], "weekly", "Bygningspunkter og bygningsomriss fra kommunens kartdata"),
                    D("Eiendomsgrenser", "public", ["REGI"], ["WMS_SRVC"], "weekly", "Eiendomsgrenser og teiger fra matrikkelen"),
                    D("Ortofoto", "public", ["REGI"], ["WMS_SRVC"], "annual", "Flyfoto over kommunen fra siste omløpsfotografering"),
                 ],
                 activities: [A("Oppmåling og matrikkelføring", "Gjennomføre oppmålingsforretninger og føre matrikkelen")]),
        AreaSpec(id: "landbruk", name: "Landbruk og naturforvaltning", kostra: ["329", "360"], parent: "plan-bygg-og-geodata",
                 unit: "Landbruk og miljø", about: "Produksjonstilskudd, jord- og konsesjonssaker, vilt og friluftsliv.",
                 standards: ["altinn", "matrikkelen", "geointegrasjon", "ogc-wms"], archives: true,
                 privacy: PrivacyProfile(subjects: ["gårdbrukere", "jegere", "grunneiere"], categories: contactData + ["eiendom", "tilskudd"], special: [],
                                         law: "jordlova, konsesjonsloven og viltloven", recipients: ["Landbruksdirektoratet", "Statsforvalteren"]),
                 segments: [
                    S("landbruksforvaltning", "Landbruksforvaltning og tilskudd", "Landbruk", "grant-management", 0.8),
                    S("viltforvaltning", "Viltforvaltning og fellingsrapporter", "Vilt", "data-collection", 0.4),
                    S("miljoovervaking", "Miljøovervåking", "Miljø", "data-analytics", 0.4),
                 ],
                 datasets: [
                    D("Landbrukseiendommer", "restricted", ["AGRI"], ["CSV"], "annual", "Landbrukseiendommer med areal og driftsform"),
                    D("Fellingsstatistikk for hjortevilt", "public", ["AGRI", "ENVI"], ["CSV"], "annual", "Tildelte og felte dyr av elg og hjort per vald"),
                    D("Turløyper og friluftsområder", "public", ["ENVI"], ["GEOJSON"], "irregular", "Merkede turløyper, friluftsområder og parkeringsplasser for tur"),
                 ],
                 activities: [
                    A("Landbrukssaker og tilskudd", "Behandle søknader om produksjonstilskudd, deling og konsesjon"),
                    A("Viltforvaltning", "Tildele fellingskvoter og ta imot fellingsrapporter"),
                 ]),
        AreaSpec(id: "naering", name: "Næringsutvikling og bevillinger", kostra: ["325"], parent: "plan-bygg-og-geodata",
                 unit: "Næring", about: "Næringsfond, tilskudd, serverings- og skjenkebevillinger.",
                 standards: ["enhetsregisteret", "altinn"], archives: true,
                 privacy: PrivacyProfile(subjects: ["næringsdrivende", "styrere og stedfortredere"], categories: contactData + ["vandel", "økonomi"],
                                         special: ["criminal-convictions"], law: "alkoholloven og serveringsloven"),
                 segments: [
                    S("naeringsfond", "Tilskudd og næringsfond", "Tilskudd", "grant-management", 0.6),
                    S("naeringsregister", "Næringsregister og CRM", "Næring", "crm", 0.3),
                    S("bevillinger", "Skjenke- og salgsbevillinger", "Bevilling", "workflow-management", 0.6),
                 ],
                 datasets: [
                    D("Skjenkesteder og bevillinger", "public", ["ECON", "GOVE"], ["CSV"], "monthly", "Steder med serverings-, skjenke- og salgsbevilling"),
                    D("Næringsareal", "public", ["ECON", "REGI"], ["GEOJSON"], "irregular", "Ledige og planlagte næringsarealer"),
                 ],
                 activities: [A("Bevillinger", "Behandle søknader om serverings-, skjenke- og salgsbevilling og føre kontroll")]),
    ]

    static let technical: [AreaSpec] = [
        AreaSpec(id: "vann-og-avlop", name: "Vann og avløp", kostra: ["340", "345", "350", "353"], parent: "teknisk-drift",
                 unit: "Teknisk drift", about: "Vannverk, ledningsnett, renseanlegg og målere.",
                 standards: ["geointegrasjon", "sosi", "ogc-wms", "openapi"], archives: true,
                 privacy: PrivacyProfile(subjects: ["abonnenter"], categories: contactData + ["eiendom", "forbruk"], special: [], law: "vass- og avløpsanleggslova og drikkevannsforskriften"),
                 segments: [
                    S("ledningskartverk", "Ledningskartverk for vann og avløp", "Ledning", "geographic-information-systems", 0.9),
                    S("driftskontroll", "Driftskontroll (SD-anlegg)", "Drift", "resource-management", 0.8),
                    S("vannkvalitet", "Vannkvalitet og prøvetaking", "Prøve", "data-analytics", 0.5),
                    S("vannmalere", "Fjernavlesing av vannmålere", "Måler", "data-collection", 0.5),
                 ],
                 datasets: [
                    D("Ledningsnett for vann og avløp", "restricted", ["ENVI", "REGI"], ["WMS_SRVC", "GML"], "weekly", "Vann-, spillvann- og overvannsledninger med kummer og pumpestasjoner"),
                    D("Drikkevannskvalitet", "public", ["ENVI", "HEAL"], ["CSV"], "weekly", "Resultater fra prøver av drikkevannet ved kommunens vannverk"),
                    D("Badevannskvalitet", "public", ["ENVI", "HEAL"], ["CSV"], "weekly", "Resultater fra prøver av badevannet ved kommunens badeplasser i badesesongen"),
                 ],
                 activities: [A("Vann- og avløpsabonnement", "Registrere abonnenter, lese av målere og beregne gebyr for vann og avløp")]),
        AreaSpec(id: "avfall", name: "Renovasjon og avfall", kostra: ["355", "357"], parent: "teknisk-drift",
                 unit: "Teknisk drift", about: "Innsamling av husholdningsavfall, slamtømming og gjenvinning.",
                 standards: ["matrikkelen", "openapi"], archives: false,
                 privacy: PrivacyProfile(subjects: ["abonnenter"], categories: contactData + ["eiendom", "tømmehistorikk"], special: [], law: "forurensningsloven"),
                 segments: [
                    S("renovasjon", "Renovasjon og tømming", "Renovasjon", "fleet-management", 0.6),
                    S("slamtomming", "Slamtømming", "Slam", "resource-management", 0.3),
                 ],
                 datasets: [
                    D("Tømmekalender", "public", ["ENVI"], ["JSON", "CSV"], "weekly", "Tømmedager for rest-, papir- og matavfall per adresse"),
                    D("Avfallsmengder", "public", ["ENVI"], ["CSV"], "annual", "Innsamlet husholdningsavfall per fraksjon og år"),
                 ],
                 activities: [A("Renovasjon", "Registrere abonnement og tømming av avfall og slam")]),
        AreaSpec(id: "veg", name: "Kommunale veier og trafikk", kostra: ["330", "332"], parent: "teknisk-drift",
                 unit: "Teknisk drift", about: "Veidata, brøyting, gravemeldinger og parkering.",
                 standards: ["geointegrasjon", "ogc-wms", "openapi"], archives: true,
                 privacy: PrivacyProfile(subjects: ["søkere", "bilister"], categories: contactData + ["kjøretøy"], special: [], law: "veglova og vegtrafikkloven"),
                 segments: [
                    S("vegdatabank", "Vegdatabank", "Veg", "geographic-information-systems", 0.6),
                    S("vintervedlikehold", "Vintervedlikehold og brøyting", "Brøyt", "fleet-management", 0.5),
                    S("gravemeldinger", "Gravemeldinger og arbeidsvarsling", "Grav", "workflow-management", 0.6),
                    S("parkering", "Parkering", "Park", "mobile-payment", 0.3),
                 ],
                 datasets: [
                    D("Kommunale veier", "public", ["TRAN", "REGI"], ["GEOJSON", "GML"], "monthly", "Kommunale veier med vegklasse, dekke og lengde"),
                    D("Brøyteroder", "public", ["TRAN"], ["GEOJSON"], "annual", "Roder for brøyting og strøing av kommunale veier"),
                    D("Gravemeldinger", "public", ["TRAN"], ["JSON"], "daily", "Godkjente gravearbeider i kommunale veier"),
                    D("Parkeringsplasser", "public", ["TRAN"], ["CSV", "GEOJSON"], "irregular", "Kommunale parkeringsplasser med antall plasser og regulering"),
                 ],
                 activities: [A("Gravetillatelser og parkering", "Behandle søknader om graving i vei og håndheve parkeringsregler")]),
        AreaSpec(id: "eiendom", name: "Eiendomsforvaltning og FDV", kostra: ["121", "130"], parent: "teknisk-drift",
                 unit: "Eiendom", about: "Forvaltning, drift og vedlikehold av kommunale bygg.",
                 standards: ["openapi", "matrikkelen"], archives: false,
                 privacy: PrivacyProfile(subjects: ["ansatte", "leietakere", "besøkende"], categories: contactData + ["adgangskort", "logger"], special: [], law: "kommuneloven"),
                 segments: [
                    S("fdv", "Forvaltning, drift og vedlikehold (FDV)", "FDV", "facility-management", 0.9, slots: 2),
                    S("energioppfolging", "Energioppfølging", "Energi", "data-analytics", 0.6, slots: 2),
                    S("adgangskontroll", "Adgangskontroll og låssystem", "Adgang", "it-security", 0.8),
                    S("romreservasjon", "Romreservasjon", "Rom", "online-booking", 0.6),
                    S("renholdsplanlegging", "Renholdsplanlegging", "Renhold", "resource-management", 0.4),
                    S("flatestyring", "Kommunale biler og maskiner", "Flåte", "fleet-management", 0.5),
                 ],
                 datasets: [
                    D("Kommunale bygg", "public", ["GOVE", "REGI"], ["CSV", "GEOJSON"], "annual", "Kommunens formålsbygg med areal, byggeår og bruk"),
                    D("Energiforbruk i kommunale bygg", "public", ["ENER"], ["CSV"], "monthly", "Målt energiforbruk per bygg og måned"),
                 ],
                 activities: [A("Adgangskontroll", "Gi og registrere adgang til kommunale bygg")]),
        AreaSpec(id: "brann-og-beredskap", name: "Brann og beredskap", kostra: ["338", "339"], parent: "teknisk-drift",
                 unit: "Brann og redning", about: "Feiing, tilsyn, beredskap og krisehåndtering.",
                 standards: ["matrikkelen", "openapi"], archives: true,
                 privacy: PrivacyProfile(subjects: ["eiere av fyringsanlegg", "mannskaper"], categories: contactData + ["eiendom", "tilsynsresultater"], special: [],
                                         law: "brann- og eksplosjonsvernloven og sivilbeskyttelsesloven"),
                 segments: [
                    S("feiing-og-tilsyn", "Feiing og branntilsyn", "Feier", "compliance-management", 0.8),
                    S("krisehandtering", "Krisehåndtering og beredskap", "Krise", "communications", 0.9),
                    S("vaktlister", "Vaktlister for brannvesenet", "Vakt", "time-management", 0.5),
                 ],
                 datasets: [
                    D("Tilsynsobjekter", "restricted", ["JUST"], ["CSV"], "monthly", "Særskilte brannobjekter og resultater fra tilsyn"),
                    D("Beredskapsplan", "restricted", ["JUST", "GOVE"], ["PDF"], "annual", "Kommunens overordnede beredskapsplan med ressurser og varslingslister"),
                    D("Brannhydranter", "public", ["JUST", "REGI"], ["GEOJSON"], "annual", "Brannhydranter og brannkummer med posisjon"),
                 ],
                 activities: [
                    A("Feiing og tilsyn", "Planlegge feiing og tilsyn med fyringsanlegg og registrere avvik"),
                    A("Krisehåndtering", "Varsle og koordinere ved kriser og uønskede hendelser"),
                 ]),
        AreaSpec(id: "gebyr", name: "Kommunale gebyrer og eiendomsskatt", kostra: [], parent: "teknisk-drift",
                 unit: "Økonomi", about: "Kommunale avgifter, gebyrer og eiendomsskatt.",
                 standards: ["matrikkelen", "folkeregisteret", "ehf"], archives: true,
                 privacy: PrivacyProfile(subjects: ["eiere og abonnenter"], categories: contactData + ["eiendom", "fødselsnummer"], special: [], law: "eigedomsskattelova og forskrift om kommunale gebyrer"),
                 segments: [
                    S("gebyrsystem", "Kommunale gebyrer", "Gebyr", "billing-and-invoicing", 0.9),
                    S("eiendomsskatt", "Eiendomsskatt og taksering", "Skatt", "taxes-management", 0.7),
                 ],
                 datasets: [
                    D("Gebyrregulativ", "public", ["ECON", "GOVE"], ["PDF", "HTML"], "annual", "Gjeldende gebyrer og avgifter for kommunale tjenester"),
                    D("Eiendomsskattelister", "public", ["ECON"], ["CSV", "PDF"], "annual", "Utskrevet eiendomsskatt per eiendom, lagt ut til offentlig ettersyn"),
                 ],
                 activities: [A("Eiendomsskatt og gebyrer", "Taksere eiendommer, skrive ut eiendomsskatt og fakturere kommunale gebyrer")]),
    ]

    static let culture: [AreaSpec] = [
        AreaSpec(id: "bibliotek", name: "Bibliotek", kostra: ["370"], parent: "kultur-og-fritid",
                 unit: "Kultur", about: "Folkebibliotek, meråpent bibliotek og digitale utlån.",
                 standards: ["openapi", "id-porten"], archives: false,
                 privacy: PrivacyProfile(subjects: ["lånere"], categories: contactData + ["lånehistorikk"], special: [], law: "folkebibliotekloven"),
                 segments: [
                    S("biblioteksystem", "Biblioteksystem", "Bibliotek", "inventory-management", 1.0),
                    S("meraapent-bibliotek", "Meråpent bibliotek og selvbetjening", "Meråpen", "visitor-management", 0.6),
                    S("e-bok", "Utlån av e-bøker", "E-bok", "digital-asset-management", 0.5),
                 ],
                 datasets: [
                    D("Utlånsstatistikk for biblioteket", "public", ["EDUC", "SOCI"], ["CSV"], "monthly", "Utlån per filial, medietype og måned"),
                    D("Bibliotekets arrangementer", "public", ["EDUC"], ["JSON"], "weekly", "Arrangementer, kurs og lesestunder i biblioteket"),
                 ],
                 activities: [A("Utlån", "Registrere lånere, utlån og reservasjoner i biblioteket")]),
        AreaSpec(id: "kulturskole", name: "Kulturskole", kostra: ["383"], parent: "kultur-og-fritid",
                 unit: "Kultur", about: "Opptak, undervisning og betaling i kulturskolen.",
                 standards: ["id-porten", "feide"], archives: false,
                 privacy: PrivacyProfile(subjects: ["elever", "foreldre og foresatte"], categories: contactData + ["fødselsnummer", "betalingsopplysninger"], special: [], law: "opplæringslova"),
                 segments: [S("kulturskoleadministrasjon", "Kulturskoleadministrasjon", "Kulturskole", "resource-management", 0.9)],
                 datasets: [
                    D("Kulturskoletilbud", "public", ["EDUC"], ["JSON", "CSV"], "annual", "Kurs og tilbud i kulturskolen med pris og aldersgruppe"),
                    D("Elever og ventelister i kulturskolen", "restricted", ["EDUC"], ["CSV"], personal: true, "weekly", "Elever, søkere og ventelister i kulturskolen"),
                 ],
                 activities: [A("Kulturskole", "Ta opp elever, planlegge undervisning og fakturere elevavgift")]),
        AreaSpec(id: "idrett-og-friluftsliv", name: "Idrett og friluftsliv", kostra: ["380", "381"], parent: "kultur-og-fritid",
                 unit: "Kultur", about: "Idrettsanlegg, tilskudd og friluftsliv.",
                 standards: ["openapi"], archives: true,
                 privacy: PrivacyProfile(subjects: ["lag og foreninger", "leietakere"], categories: contactData, special: [], law: "kulturlova"),
                 segments: [
                    S("anleggsbooking", "Booking av idrettsanlegg", "Anlegg", "online-booking", 0.6),
                    S("tilskudd-til-lag", "Tilskudd til lag og foreninger", "Lag", "grant-management", 0.5),
                 ],
                 datasets: [
                    D("Idrettsanlegg", "public", ["SOCI"], ["CSV", "GEOJSON"], "irregular", "Idrettsanlegg, svømmehaller og nærmiljøanlegg"),
                    D("Tilskudd til lag og foreninger", "public", ["SOCI", "ECON"], ["CSV"], "annual", "Tildelte tilskudd til lag og foreninger per år"),
                 ],
                 activities: [A("Tilskudd til lag og foreninger", "Behandle søknader om tilskudd og følge opp rapportering")]),
        AreaSpec(id: "kultur-og-arrangement", name: "Kultur og arrangement", kostra: ["375", "377", "385", "386"], parent: "kultur-og-fritid",
                 unit: "Kultur", about: "Arrangementer, kulturhus, billettsalg og museer.",
                 standards: ["openapi"], archives: false,
                 privacy: PrivacyProfile(subjects: ["publikum", "leietakere"], categories: contactData + ["kjøpshistorikk"], special: [], law: "kulturlova", article: "6(1)(b)"),
                 segments: [
                    S("arrangementskalender", "Arrangementskalender", "Kalender", "event-management", 0.6, slots: 2),
                    S("billettsalg", "Billettsalg", "Billett", "e-commerce", 0.5),
                    S("lokaleutleie", "Utleie av kulturlokaler", "Lokale", "online-booking", 0.5),
                    S("samlingsforvaltning", "Samlingsforvaltning", "Samling", "digital-asset-management", 0.2),
                 ],
                 datasets: [
                    D("Arrangementer", "public", ["SOCI", "EDUC"], ["JSON"], "daily", "Kommende arrangementer i kulturhus, bibliotek og andre lokaler"),
                    D("Kulturlokaler", "public", ["SOCI"], ["CSV"], "irregular", "Lokaler til utleie med kapasitet og utstyr"),
                 ],
                 activities: [A("Billettsalg og arrangementer", "Selge billetter og kommunisere med publikum")]),
        AreaSpec(id: "gravplass", name: "Gravplassforvaltning", kostra: ["393"], parent: "kultur-og-fritid",
                 unit: "Kirke- og gravplassforvaltning", about: "Gravregister, festeavgift og gravplasskart.",
                 standards: ["folkeregisteret", "geointegrasjon"], archives: true,
                 privacy: PrivacyProfile(subjects: ["gravlagte", "festere"], categories: contactData + ["gravsted", "dødsdato"], special: ["religious-beliefs"],
                                         law: "gravplassloven", specialArticle: "9(2)(g)"),
                 segments: [S("gravregister", "Gravregister", "Grav", "geographic-information-systems", 0.7)],
                 datasets: [D("Gravregister", "restricted", ["SOCI"], ["CSV"], personal: true, "daily", "Gravlagte, gravsteder og festere")],
                 activities: [A("Gravplassforvaltning", "Føre gravregister, tildele gravsteder og fakturere festeavgift")]),
    ]

    /// Processing activities every area can have beyond its own, to reach a realistic count.
    static let commonActivities: [(name: String, purpose: String)] = [
        ("Klagebehandling", "Behandle klager på vedtak og tjenester"),
        ("Internkontroll og avvik", "Avdekke, registrere og følge opp avvik og forbedringer"),
        ("Statistikk og rapportering", "Utarbeide statistikk og rapportere til statlige myndigheter"),
        ("Kommunikasjon med brukere", "Informere og kommunisere med brukere og pårørende"),
    ]

    static let standards: [StandardSpec] = [
        StandardSpec(id: "noark-5", name: "Noark 5", kind: "archive", about: "Standard for elektronisk arkivering i offentlig forvaltning, med krav til struktur, metadata og arkivuttrekk."),
        StandardSpec(id: "fiks-arkiv", name: "Fiks Arkiv", kind: "archive", about: "Meldingsprotokoll for arkivering fra fagsystemer i et Noark 5-arkiv, sendt over Fiks IO."),
        StandardSpec(id: "fiks-io", name: "Fiks IO", kind: "message", about: "Meldingsformidling mellom systemer i kommunal sektor, med kryptering og kvittering."),
        StandardSpec(id: "svarut", name: "SvarUt", kind: "national-component", about: "Utsendelse av brev fra kommunen til digital postkasse, Altinn eller papirpost."),
        StandardSpec(id: "svarinn", name: "SvarInn", kind: "national-component", about: "Mottak av forsendelser fra andre virksomheter direkte i sak- og arkivsystemet."),
        StandardSpec(id: "eformidling", name: "eFormidling", kind: "national-component", about: "Felles løsning for sikker meldingsutveksling mellom offentlige virksomheter."),
        StandardSpec(id: "id-porten", name: "ID-porten", kind: "identity", about: "Felles innlogging for innbyggere til offentlige tjenester."),
        StandardSpec(id: "maskinporten", name: "Maskinporten", kind: "identity", about: "Tilgangsstyring for maskin-til-maskin-integrasjoner mellom virksomheter."),
        StandardSpec(id: "altinn", name: "Altinn", kind: "national-component", about: "Felles plattform for skjemaer, meldinger og samtykke mellom næringsliv, innbyggere og offentlige virksomheter."),
        StandardSpec(id: "folkeregisteret", name: "Folkeregisteret", kind: "national-component", about: "Oppslag og hendelser om personer i det nasjonale folkeregisteret."),
        StandardSpec(id: "enhetsregisteret", name: "Enhetsregisteret", kind: "national-component", about: "Oppslag på virksomheter og organisasjonsnummer."),
        StandardSpec(id: "matrikkelen", name: "Matrikkelen", kind: "national-component", about: "Det offisielle registeret over eiendommer, adresser og bygninger."),
        StandardSpec(id: "geointegrasjon", name: "Geointegrasjon", kind: "api", about: "Standard for integrasjon mellom kartløsninger, matrikkel og fagsystemer."),
        StandardSpec(id: "ogc-wms", name: "OGC WMS", kind: "api", about: "Web Map Service: kartbilder over nettet."),
        StandardSpec(id: "ogc-wfs", name: "OGC WFS", kind: "api", about: "Web Feature Service: geografiske objekter over nettet."),
        StandardSpec(id: "sosi", name: "SOSI", kind: "message", about: "Norsk standard for utveksling av geografisk informasjon."),
        StandardSpec(id: "ehf", name: "EHF", kind: "message", about: "Elektronisk handelsformat for faktura, kreditnota, ordre og katalog."),
        StandardSpec(id: "peppol", name: "Peppol BIS Billing 3.0", kind: "message", about: "Europeisk format for elektronisk faktura over Peppol-nettverket."),
        StandardSpec(id: "saf-t", name: "SAF-T Financial", kind: "message", about: "Standardformat for eksport av regnskapsdata."),
        StandardSpec(id: "a-melding", name: "A-meldingen", kind: "message", about: "Månedlig rapportering av lønn, arbeidsforhold og skattetrekk."),
        StandardSpec(id: "kostra-rapportering", name: "KOSTRA-rapportering", kind: "message", about: "Rapportering av tjenestedata og regnskap til Statistisk sentralbyrå."),
        StandardSpec(id: "saml-2", name: "SAML 2.0", kind: "identity", about: "Standard for innlogging med felles identitet på tvers av systemer."),
        StandardSpec(id: "openid-connect", name: "OpenID Connect", kind: "identity", about: "Innlogging og identitet over OAuth 2.0."),
        StandardSpec(id: "scim-2", name: "SCIM 2.0", kind: "api", about: "Standard for automatisk opprettelse og fjerning av brukere og grupper."),
        StandardSpec(id: "feide", name: "Feide", kind: "identity", about: "Felles innlogging for elever, lærere og ansatte i skole og barnehage."),
        StandardSpec(id: "plo-meldinger", name: "PLO-meldinger", kind: "message", about: "Elektroniske meldinger mellom pleie- og omsorgstjenesten, fastleger og sykehus."),
        StandardSpec(id: "hl7-fhir", name: "HL7 FHIR", kind: "api", about: "Internasjonal standard for utveksling av helseopplysninger over API."),
        StandardSpec(id: "helsenett", name: "Norsk helsenett", kind: "national-component", about: "Sikkert nett for utveksling av helseopplysninger mellom aktører i helsesektoren."),
        StandardSpec(id: "kjernejournal", name: "Kjernejournal", kind: "national-component", about: "Nasjonal løsning med viktige helseopplysninger om pasienten."),
        StandardSpec(id: "e-resept", name: "e-resept", kind: "national-component", about: "Elektronisk forskrivning og utlevering av legemidler."),
        StandardSpec(id: "iplos", name: "IPLOS og KPR-rapportering", kind: "message", about: "Rapportering om mottakere av helse- og omsorgstjenester til det kommunale pasient- og brukerregisteret."),
        StandardSpec(id: "digisos", name: "Digisos", kind: "national-component", about: "Digital søknad om økonomisk sosialhjelp fra NAV til kommunens fagsystem."),
        StandardSpec(id: "fellestjenester-bygg", name: "Fellestjenester BYGG", kind: "national-component", about: "Nasjonale tjenester for digitale byggesøknader fra søkersystemer til kommunen."),
        StandardSpec(id: "digital-postkasse", name: "Digital postkasse til innbyggere", kind: "national-component", about: "Sikker utsendelse av brev til innbyggernes digitale postkasse."),
        StandardSpec(id: "openapi", name: "OpenAPI 3", kind: "api", about: "Beskrivelse av REST-grensesnitt på en måte både mennesker og maskiner kan lese."),
    ]
}
