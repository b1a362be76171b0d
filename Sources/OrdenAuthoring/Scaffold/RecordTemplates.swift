import Basics
import FrontMatter
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

/// What `orden new` knows about the record it writes: the id, and what the command line and the
/// source told it. Everything else becomes a mark or a commented optional field.
struct RecordDraft {
    var kind: RecordKind
    var id: String
    var name: String?
    var vendor: String?
    var orgnr: String?
    /// A system's product, with its record when it could be read.
    var product: (id: String, record: Record<Product>?)?
    /// A municipality's entry in the official list (nil for a fictional one).
    var official: OfficialMunicipalities.Entry?
    var cooperation: String?
    /// The example date of `reviewed`, `since` and the like.
    var today: Day
}

/// The front matter of each kind of record, as `orden new` writes it. Comments and marks are in
/// Norwegian: they are for the editors.
enum RecordTemplates {
    static func lines(for draft: RecordDraft) -> [TemplateLine] {
        var lines: [TemplateLine]
        switch draft.kind {
        case .vendor: lines = vendor(draft)
        case .product: lines = product(draft)
        case .serviceArea: lines = serviceArea(draft)
        case .standard: lines = standard(draft)
        case .municipality: lines = municipality(draft)
        case .system: lines = system(draft)
        case .dataset: lines = dataset(draft)
        case .processing: lines = processing(draft)
        case .contract: lines = contract(draft)
        case .initiative: lines = initiative(draft)
        }
        let marked = lines.contains(where: \.hasMark)
        lines += [
            .option("visibility", .string("internal"), "bare i den interne utgaven av nettstedet"),
            .option("reviewed", .day(draft.today), "sist gjennomgått (ÅÅÅÅ-MM-DD)"),
        ]
        if let product = draft.product { lines += inherited(from: product.id, product.record) }
        lines += [
            .blank,
            .note(marked ? "Fyll ut det som er merket \(FillIn.marker), og fjern # foran de valgfrie feltene som gjelder."
                         : "Fjern # foran de valgfrie feltene som gjelder."),
            .note("En fri beskrivelse i Markdown kan skrives under den siste linjen med ---."),
        ]
        return lines
    }

    // MARK: Shared pieces

    static func named(_ key: String, _ draft: RecordDraft, asking what: String) -> TemplateLine {
        if let name = draft.name { return .value(key, .string(name)) }
        return .fill(key, what)
    }

    static func choices<C: ClosedValue>(_ type: C.Type) -> String {
        C.allowedValues.joined(separator: " | ")
    }

    static func oneOf<C: ClosedValue>(_ type: C.Type) -> String {
        let values = C.allowedValues
        guard let last = values.last, values.count > 1 else { return values.joined() }
        return values.dropLast().joined(separator: ", ") + " eller " + last
    }

    static let catalogueID = "id-en er filnavnet uten .md"
    static let exampleURL = YAMLValue.string("https://www.example.no/")

    // MARK: Catalogue

    static func vendor(_ draft: RecordDraft) -> [TemplateLine] {
        [
            named("name", draft, asking: "leverandørens navn, som i Enhetsregisteret"),
            draft.orgnr.map { .value("orgnr", .string($0)) }
                ?? .option("orgnr", .string(FillIn.mark("9 siffer")), "organisasjonsnummeret i Enhetsregisteret"),
            .option("country", .string("NO"), "landet leverandøren holder til i (NO, SE, US …)"),
            .option("website", exampleURL, "leverandørens nettsted"),
        ]
    }

    static func product(_ draft: RecordDraft) -> [TemplateLine] {
        [
            named("name", draft, asking: "produktets navn"),
            draft.vendor.map { .value("vendor", .string($0)) }
                ?? .fill("vendor", "leverandørens id (filnavnet i content/catalogue/vendors/ uten .md)"),
            .option("category", .string("document-management"), "programvarekategori fra publiccode.yml"),
            .option("service_areas", .list([.string("tjenesteomrade-id")]), "tjenesteområdene produktet brukes i"),
            .option("hosting", .string("saas"), choices(Hosting.self)),
            .option("licence", .string("proprietary"), "SPDX-id (f.eks. EUPL-1.2) eller proprietary"),
            .option("standards", .list([.string("standard-id")]), "standarder produktet støtter"),
            .option("personal_data", .map([("categories", .list([.string("navn"), .string("adresse")]))]),
                    "personopplysninger produktet vanligvis behandler"),
            .optionGroup("typical_integrations", [
                .item([.value("to", .string("produkt-id")), .value("via", .string("standard-id")),
                       .value("direction", .string("out"), note: choices(Direction.self))]),
            ], "produkter det vanligvis integreres med"),
            .option("website", exampleURL, "produktets nettsted"),
            .option("publiccode_url", .string("https://www.example.no/publiccode.yml"), "produktets publiccode.yml"),
            .option("status", .string("active"), choices(ProductStatus.self)),
        ]
    }

    static func serviceArea(_ draft: RecordDraft) -> [TemplateLine] {
        [
            named("name", draft, asking: "tjenesteområdets navn, f.eks. Plan og byggesak"),
            .option("kostra", .list([.string("301"), .string("302")]), "KOSTRA-funksjoner, i anførselstegn"),
            .option("parent", .string("tjenesteomrade-id"), "området dette hører inn under"),
        ]
    }

    static func standard(_ draft: RecordDraft) -> [TemplateLine] {
        [
            named("name", draft, asking: "standardens navn, f.eks. Fiks Arkiv"),
            .option("kind", .string("api"), choices(StandardKind.self)),
            .option("url", exampleURL, "spesifikasjonen eller produktsiden"),
        ]
    }

    // MARK: Municipality

    static func municipality(_ draft: RecordDraft) -> [TemplateLine] {
        var lines: [TemplateLine] = [
            named("name", draft, asking: "kommunens navn"),
            .value("number", .string(draft.id)),
            draft.orgnr.map { .value("orgnr", .string($0)) }
                ?? .fill("orgnr", "kommunens organisasjonsnummer (9 siffer) fra Enhetsregisteret"),
        ]
        if let official = draft.official {
            lines.append(.value("county", .string(official.county)))
        } else {
            lines.append(.value("fictional", .bool(true), note: "en oppdiktet kommune til demo og test"))
        }
        lines += [
            draft.cooperation.map { .value("cooperation", .string($0)) }
                ?? .option("cooperation", .string("Regionrådet"), "regionråd eller interkommunalt samarbeid"),
            .option("population", .integer(10000), "innbyggertall"),
            .option("website", exampleURL, "kommunens nettsted"),
            .option("language", .string("nb"), "målform: \(choices(Language.self))"),
            .option("dpo", .map([("name", .string("Personvernombudet")), ("email", .string("personvernombud@example.no"))]),
                    "personvernombudet (vises bare internt)"),
        ]
        return lines
    }

    // MARK: A municipality's records

    static func system(_ draft: RecordDraft) -> [TemplateLine] {
        var lines: [TemplateLine] = []
        if let product = draft.product {
            if let name = draft.name { lines.append(.value("name", .string(name))) }
            lines.append(.value("product", .string(product.id)))
            if let vendor = draft.vendor { lines.append(.value("vendor", .string(vendor))) }
        } else {
            lines.append(named("name", draft, asking: "systemets navn"))
            lines.append(.option("product", .string("produkt-id"), "produktet i katalogen; systemet arver fra det"))
            lines.append(draft.vendor.map { .value("vendor", .string($0)) }
                         ?? .option("vendor", .string("leverandor-id"), "leverandøren, når systemet ikke har et produkt"))
        }
        lines += [
            .fill("owner", "systemeier (enhet eller rolle)"),
            .group("lifecycle", [
                .fill("status", oneOf(LifecycleStatus.self)),
                .option("since", .day(draft.today), "da nåværende status begynte"),
                .option("end_of_life", .day(draft.today), "når systemet skal avvikles"),
            ]),
            .option("manager", .string("IT-avdelingen"), "systemforvalter (enhet eller rolle)"),
        ]
        if draft.product == nil {
            lines += [
                .option("category", .string("document-management"), "programvarekategori fra publiccode.yml"),
                .option("service_areas", .list([.string("tjenesteomrade-id")]), "tjenesteområdene systemet brukes i"),
                .option("hosting", .string("saas"), choices(Hosting.self)),
            ]
        }
        lines += [
            .option("fit", .map([("functional", .integer(3)), ("technical", .integer(3))]), "egnethet 1–5: funksjonell og teknisk"),
            .option("time", .string("invest"), "\(choices(TimeCategory.self)) (ellers utledet av fit)"),
            .option("criticality", .string("medium"), choices(Criticality.self)),
            .option("users", .integer(100), "antall brukere"),
            .option("cost", .map([("licence", .integer(0)), ("operations", .integer(0)), ("other", .integer(0))]), "kroner per år"),
            .option("contract", .string("avtale-id"), "avtalen systemet er kjøpt på (i contracts/)"),
            .option("dpa", .string("avtale-id"), "databehandleravtalen (i contracts/)"),
            .option("personal_data", .map([("data_subjects", .list([.string("innbyggere"), .string("ansatte")]))]),
                    draft.product == nil ? "de registrerte" : "de registrerte (kategoriene arves fra produktet)"),
            .optionGroup("integrations", [
                .item([.value("to", .string("system-id"), note: "her, 9901/system-id eller product:produkt-id"),
                       .value("via", .string("standard-id")),
                       .value("direction", .string("out"), note: choices(Direction.self)),
                       .value("data", .string("hva som utveksles")),
                       .value("personal_data", .bool(false)),
                       .value("frequency", .string("daily"), note: choices(IntegrationFrequency.self))]),
            ], "integrasjoner med andre systemer"),
            .option("datasets", .list([.string("datasett-id")]), "datasett som kommer fra systemet (i datasets/)"),
            .option("classification", .map([("confidentiality", .integer(2)), ("integrity", .integer(2)), ("availability", .integer(2))]),
                    "sikkerhetsklassifisering 1–4 (internt)"),
            .option("last_risk_assessment", .day(draft.today), "siste risikovurdering (internt)"),
            .option("infrastructure", .string("servere, nettverk, pålogging"), "internt, publiseres aldri"),
        ]
        return lines
    }

    /// What the product gives the system, as comments the editor can turn into overrides.
    static func inherited(from id: String, _ record: Record<Product>?) -> [TemplateLine] {
        guard let record else {
            return [.blank, .note("Produktet \(id) kunne ikke leses (se orden check), så det som arves fra det, vises ikke her.")]
        }
        if record.fields.visibility == .internal {
            return [.blank, .note("Produktet \(id) er internt (visibility: internal), så systemet arver ingenting fra det.")]
        }
        let product = record.fields
        var lines: [TemplateLine] = [.blank, .note("Arvet fra produktet \(id). Skriv feltet uten # for å overstyre verdien:")]
        func add(_ key: String, _ value: YAMLValue?) {
            if let value, !value.isEmpty { lines.append(.note("\(key): \(YAMLText.flow(value))")) }
        }
        add("name", .string(product.name))
        add("vendor", .string(product.vendor.id))
        add("category", product.category.map(YAMLValue.string))
        add("hosting", product.hosting.map { .string($0.rawValue) })
        add("service_areas", YAMLValue.strings((product.serviceAreas ?? []).map(\.id)))
        add("standards", YAMLValue.strings((product.standards ?? []).map(\.id)))
        let categories = YAMLValue.strings(product.personalData?.categories ?? [])
        let special = YAMLValue.strings((product.personalData?.specialCategories ?? []).map(\.rawValue))
        let personal = [("categories", categories), ("special_categories", special)].compactMap { key, value in value.map { (key, $0) } }
        if !personal.isEmpty { add("personal_data", .map(personal)) }
        if let licence = product.licence { lines.append(.note("Produktets lisens: \(licence).")) }
        if let status = product.status, status != .active {
            lines.append(.note("Merk: produktet har status \(status.rawValue)."))
        }
        let integrations = product.typicalIntegrations ?? []
        if !integrations.isEmpty {
            lines.append(.note("Typiske integrasjoner for produktet (før dem opp under integrations: når systemet har dem):"))
            for integration in integrations {
                var text = "  product:\(integration.to.id)"
                if let via = integration.via { text += " via \(via.id)" }
                if let direction = integration.direction { text += " (\(direction.rawValue))" }
                lines.append(.note(text))
            }
        }
        if !record.bodyHTML.isEmpty {
            lines.append(.note("Beskrivelsen arves også, til systemet får sin egen under den siste ---."))
        }
        return lines
    }

    static func dataset(_ draft: RecordDraft) -> [TemplateLine] {
        [
            named("title", draft, asking: "datasettets tittel"),
            .fill("description", "en kort beskrivelse av datasettet i ren tekst"),
            .fill("themes", "EU-tema, ett eller flere av \(DataTheme.allowedValues.joined(separator: ", "))", list: true),
            .fill("access_rights", oneOf(AccessRights.self)),
            .option("licence", .string("NLOD-2.0"), "\(choices(DatasetLicence.self)) (kreves for åpne data)"),
            .option("keywords", .list([.string("emneord")]), "emneord"),
            .optionGroup("distributions", [
                .item([.value("title", .string("Nedlasting (CSV)")),
                       .value("format", .string("CSV"), note: "CSV, JSON, XML, GEOJSON, XLSX, PDF …"),
                       .value("access_url", .string("https://www.example.no/data"), note: "hvor dataene kan hentes"),
                       .option("download_url", .string("https://www.example.no/data.csv"), "direkte nedlasting")]),
            ], "distribusjoner (kreves for åpne data)"),
            .option("contact", .map([("name", .string("Enheten")), ("email", .string("postmottak@example.no"))]),
                    "kontaktpunkt; publiseres, så bruk en enhet"),
            .option("spatial", .string(Place.municipalityKeyword), "geografisk dekning: municipality (hele kommunen, publiseres som Kartverkets IRI), et stedsnavn eller en IRI"),
            .option("temporal", .map([("start", .day(draft.today)), ("end", .day(draft.today))]), "perioden dataene dekker"),
            .option("frequency", .string("annual"), choices(UpdateFrequency.self)),
            .option("source_systems", .list([.string("system-id")]), "systemene dataene kommer fra (i systems/)"),
            .option("personal_data", .bool(false), "om datasettet har personopplysninger"),
            .option("issued", .day(draft.today), "første gang publisert"),
            .option("modified", .day(draft.today), "sist endret"),
        ]
    }

    static func processing(_ draft: RecordDraft) -> [TemplateLine] {
        [
            named("name", draft, asking: "behandlingens navn"),
            .fill("purpose", "formålet med behandlingen"),
            .group("legal_basis", [
                .item([.fill("article", "artikkel i GDPR, f.eks. 6(1)(e) eller 9(2)(h)"),
                       .option("law", .string("lov § 1"), "supplerende rettsgrunnlag")]),
            ]),
            .fill("data_subjects", "de registrerte, f.eks. innbyggere, ansatte", list: true),
            .fill("data_categories", "kategoriene av personopplysninger, f.eks. navn, adresse", list: true),
            .fill("retention", "lagringstiden, altså hvor lenge opplysningene lagres"),
            .option("special_categories", .list([.string("health")]), "særlige kategorier (GDPR art. 9 og 10), f.eks. health"),
            .option("recipients", .list([.string("mottaker")]), "hvem opplysningene utleveres til"),
            .option("third_country_transfers", .map([("countries", .list([.string("US")])), ("safeguard", .string("EUs standardavtaler"))]),
                    "overføring til land utenfor EØS"),
            .option("security_measures", .string("tilgangsstyring og logging"), "sikkerhetstiltak"),
            .option("systems", .list([.string("system-id")]), "systemene som brukes (i systems/ eller 9901/system-id)"),
            .optionGroup("processors", [
                .item([.value("vendor", .string("leverandor-id")), .value("dpa", .string("avtale-id"), note: "databehandleravtalen (i contracts/)")]),
            ], "databehandlere"),
            .option("dpia", .map([("required", .bool(true)), ("date", .day(draft.today))]), "vurdering av personvernkonsekvenser"),
            .option("joint_controllers", .list([.string("Annen kommune")]), "felles behandlingsansvarlige"),
        ]
    }

    static func contract(_ draft: RecordDraft) -> [TemplateLine] {
        [
            named("title", draft, asking: "avtalens tittel"),
            draft.vendor.map { .value("vendor", .string($0)) }
                ?? .fill("vendor", "leverandørens id (filnavnet i content/catalogue/vendors/ uten .md)"),
            .option("type", .string("SSA-L"), choices(ContractType.self)),
            .option("systems", .list([.string("system-id")]), "systemene avtalen gjelder (i systems/)"),
            .fill("start", "startdato, ÅÅÅÅ-MM-DD"),
            .option("end", .day(draft.today), "sluttdato"),
            .option("notice_months", .integer(6), "oppsigelsestid i måneder"),
            .option("renewal_options", .string("2 + 1 år"), "opsjoner på forlengelse"),
            .option("annual_cost", .integer(0), "kroner per år"),
            .option("procurement_ref", .string("2025-123456"), "saksnummer eller Doffin-referanse"),
            .option("owner", .string("Innkjøp"), "avtaleeier (enhet eller rolle)"),
        ]
    }

    static func initiative(_ draft: RecordDraft) -> [TemplateLine] {
        [
            named("title", draft, asking: "tiltakets tittel"),
            .fill("status", oneOf(InitiativeStatus.self)),
            .option("goal", .string("hva tiltaket skal oppnå"), "mål"),
            .option("owner", .string("IT-avdelingen"), "ansvarlig (enhet eller rolle)"),
            .option("start", .day(draft.today), "start"),
            .option("end", .day(draft.today), "slutt"),
            .optionGroup("budget", [
                .item([.value("year", .integer(draft.today.year)), .value("investment", .integer(0), note: "engangskostnad, kroner"),
                       .value("running", .integer(0), note: "driftskostnad, kroner")]),
            ], "budsjett, én linje per år"),
            .optionGroup("benefits", [
                .item([.value("what", .string("forventet gevinst")), .value("measure", .string("hvordan den måles")),
                       .value("by", .day(draft.today))]),
            ], "gevinster"),
            .option("systems", .map([("adds", .list([.string("product:produkt-id")])), ("replaces", .list([.string("system-id")]))]),
                    "systemer tiltaket innfører, erstatter (replaces) eller avvikler (retires)"),
            .option("service_areas", .list([.string("tjenesteomrade-id")]), "tjenesteområder"),
        ]
    }
}
