import Basics
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

/// What a body's sentences may mention. Every field has a sensible default so that a template
/// never renders an empty slot.
struct ProseContext {
    var name = "løsningen"
    var municipality = "kommunen"
    var area = "tjenesteområdet"
    var unit = "fagavdelingen"
    var vendor = "leverandøren"
    var task = "saksbehandling"
    var city = "Oslo"
    var year = 2020
    var count = 10
}

/// Markdown bodies built from sentence templates. Templates are parsed once into pieces, so
/// rendering is plain appending: the generator writes about 100,000 bodies.
enum Prose {
    enum Slot: String { case name, municipality, area, unit, vendor, task, city, year, count }
    enum Piece { case text(String), slot(Slot) }
    typealias Template = [Piece]

    static func parse(_ source: String) -> Template {
        var pieces: [Piece] = []
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            let key = String(rest[rest.index(after: open)..<close])
            pieces.append(Slot(rawValue: key).map(Piece.slot) ?? .text(key))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }

    static func render(_ template: Template, _ context: ProseContext, into text: inout String) {
        for piece in template {
            switch piece {
            case .text(let string): text += string
            case .slot(let slot):
                switch slot {
                case .name: text += context.name
                case .municipality: text += context.municipality
                case .area: text += context.area
                case .unit: text += context.unit
                case .vendor: text += context.vendor
                case .task: text += context.task
                case .city: text += context.city
                case .year: text += String(context.year)
                case .count: text += String(context.count)
                }
            }
        }
    }

    enum Kind {
        case system, product, vendor, dataset, processing, contract, initiative, municipality, catalogue

        /// Shared catalogue records are not about one municipality, so they get other general sentences.
        var isCatalogue: Bool { self == .product || self == .vendor || self == .catalogue }
    }

    /// One to three short paragraphs: a lead sentence for the kind, sentences about the kind and
    /// general ones, now and then a bullet list or a bold phrase.
    static func body(_ kind: Kind, lead: String, _ context: ProseContext, _ random: inout SeededRandom) -> String {
        let own = templates(for: kind)
        let shared = kind.isCatalogue ? catalogueGeneral : general
        let paragraphs = random.chance(0.45) ? 1 : (random.chance(0.72) ? 2 : 3)
        var used: Set<Int> = []
        var sentences: [[String]] = []
        for paragraph in 0..<paragraphs {
            var current: [String] = paragraph == 0 && !lead.isEmpty ? [lead] : []
            let count = paragraph == 0 ? random.int(1...2) : random.int(2...3)
            for _ in 0..<count {
                let fromOwn = random.chance(0.6)
                let list = fromOwn ? own : shared
                guard !list.isEmpty else { continue }
                var index = random.below(list.count)
                var tries = 0
                while used.contains((fromOwn ? 0 : 1000) + index) && tries < 4 {
                    index = random.below(list.count)
                    tries += 1
                }
                guard used.insert((fromOwn ? 0 : 1000) + index).inserted else { continue }
                var sentence = ""
                render(list[index], context, into: &sentence)
                current.append(sentence)
            }
            if paragraph == 0 && random.chance(0.22), let bold = random.pick(emphasis[kind] ?? []) {
                var sentence = ""
                render(bold, context, into: &sentence)
                current.append(sentence)
            }
            if !current.isEmpty { sentences.append(current) }
        }
        var text = sentences.map { $0.joined(separator: " ") }.joined(separator: "\n\n")
        if random.chance(0.18), let heading = listHeadings[kind], let items = listItems[kind] {
            text += "\n\n" + heading + "\n\n"
            for item in random.sample(items, count: random.int(3...5)) {
                text += "- "
                text += item
                text += "\n"
            }
        }
        if !text.hasSuffix("\n") { text += "\n" }
        return text
    }

    static func templates(for kind: Kind) -> [Template] {
        switch kind {
        case .system: system
        case .product: product
        case .vendor: vendor
        case .dataset: dataset
        case .processing: processing
        case .contract: contract
        case .initiative: initiative
        case .municipality: municipality
        case .catalogue: catalogue
        }
    }

    static let system = [
        "{name} er en viktig del av arbeidet med {area} i {municipality}.",
        "Systemet eies av {unit}, som også har ansvaret for opplæring av nye brukere.",
        "Løsningen ble tatt i bruk i {year} og brukes i dag av om lag {count} ansatte.",
        "I det daglige arbeidet bruker {unit} løsningen til registrering, oppfølging og rapportering.",
        "Systemforvalter følger opp nye versjoner og melder feil til {vendor}.",
        "Etter siste oppgradering fungerer integrasjonen mot arkivet uten manuelle steg.",
        "Tilgang gis etter tjenstlig behov og fjernes automatisk når et arbeidsforhold avsluttes.",
        "Brukerne har meldt ønske om bedre rapporter, og dette følges opp med {vendor}.",
        "Det er laget egne rutiner for hva som skal registreres i løsningen og hva som skal arkiveres.",
        "Løsningen er viktig for {area}, og nedetid varsles til berørte enheter.",
        "Data fra systemet brukes i styringsinformasjon og i rapportering til statlige myndigheter.",
        "Kommunen vurderer å samordne bruken med nabokommunene ved neste anskaffelse.",
    ].map(parse)

    static let product = [
        "Løsningen leveres av {vendor} og brukes av kommuner i flere fylker.",
        "{name} dekker {task} og kan kobles til kommunens sak- og arkivsystem.",
        "Produktet finnes i norsk og engelsk språkversjon.",
        "Nye versjoner kommer flere ganger i året, og kundene får innsyn i veikartet.",
        "Løsningen har rollebasert tilgangsstyring og full logging av oppslag.",
        "Brukerforumet for kommunene møtes to ganger i året for å prioritere videreutvikling.",
        "Leverandøren tilbyr opplæring, brukerstøtte og hjelp til konvertering av data.",
        "Grensesnittene er dokumentert og bygger på åpne standarder.",
        "{name} kan brukes på mobil og nettbrett, også der dekningen er dårlig.",
    ].map(parse)

    static let vendor = [
        "Selskapet har hovedkontor i {city} og om lag {count} ansatte.",
        "{name} leverer løsninger til kommuner, fylkeskommuner og statlige virksomheter.",
        "Selskapet ble etablert i {year} og har vokst gjennom oppkjøp av mindre leverandører.",
        "Kundene får brukerstøtte på norsk og egne kontaktpersoner for kommunal sektor.",
        "Leverandøren deltar i bransjesamarbeid om standarder for integrasjon.",
        "Utvikling og drift skjer i Norden, og data lagres innenfor EØS.",
    ].map(parse)

    static let dataset = [
        "Datasettet forvaltes av {unit} og oppdateres fra fagsystemet.",
        "Opplysningene kontrolleres før publisering, og feil kan meldes til kommunen.",
        "Datasettet brukes både internt i {municipality} og av innbyggere og næringsliv.",
        "Historiske data tilbake til {year} er med.",
        "Begrepene i datasettet følger nasjonale definisjoner der slike finnes.",
        "Spør {unit} dersom du trenger data i et annet format.",
        "Datasettet inngår i kommunens oversikt over informasjon som kan deles med andre.",
    ].map(parse)

    static let processing = [
        "Behandlingen utføres av {unit} som del av arbeidet med {area}.",
        "Opplysningene hentes fra den registrerte selv, fra Folkeregisteret og fra andre offentlige etater.",
        "Tilgang til opplysningene er begrenset til ansatte som trenger dem i arbeidet.",
        "Behandlingen ble sist gjennomgått i {year} sammen med personvernombudet.",
        "Den registrerte kan be om innsyn og retting ved å kontakte {unit}.",
        "Opplysningene deles bare med mottakere som har hjemmel for å få dem.",
        "Rutinene for sletting følges opp i den årlige internkontrollen.",
    ].map(parse)

    static let contract = [
        "Avtalen med {vendor} ble inngått i {year} etter åpen anbudskonkurranse.",
        "Avtalen følges opp av {unit} i faste møter med leverandøren.",
        "Prisene reguleres årlig etter konsumprisindeksen.",
        "Avtalen omfatter lisenser, vedlikehold og brukerstøtte.",
        "Før avtalen løper ut skal kommunen vurdere behovet på nytt og eventuelt lyse ut en ny konkurranse.",
        "Leverandøren rapporterer tjenestenivået hver måned.",
    ].map(parse)

    static let initiative = [
        "Tiltaket ledes av {unit} og har egen styringsgruppe.",
        "Målet er færre manuelle steg og bedre tjenester til innbyggerne.",
        "Gevinstene følges opp i årsmeldingen fra {year}.",
        "Tiltaket samordnes med nabokommunene der det er mulig.",
        "Brukerne involveres tidlig gjennom workshops og testing.",
    ].map(parse)

    static let municipality = [
        "Kommunen har en egen IKT-strategi og en oversikt over alle fagsystemer.",
        "Arbeidet med å kartlegge systemer, datasett og behandlinger startet i {year}.",
        "{municipality} deler erfaringer og avtaler med nabokommunene.",
        "Personvernombudet og arkivleder deltar i arbeidet med oversikten.",
    ].map(parse)

    static let catalogue = [
        "Oversikten brukes av alle kommunene i den felles katalogen.",
        "Begrepet følger inndelingen som brukes i kommunal rapportering.",
        "Flere kommuner har slått sammen ansvaret for dette området i et interkommunalt samarbeid.",
    ].map(parse)

    static let general = [
        "Dette er en del av arbeidet med **orden i eget hus**.",
        "Oversikten oppdateres når noe endres, og minst én gang i året.",
        "Spørsmål kan rettes til {unit}.",
        "Kostnadene fordeles på tjenesteområdene etter bruk.",
        "Informasjonssikkerheten er vurdert i tråd med kommunens internkontroll.",
        "Endringer skal godkjennes av systemeier før de tas i bruk.",
        "Erfaringene deles i regionens faggruppe for digitalisering.",
        "Dokumentasjonen ligger i kommunens kvalitetssystem.",
    ].map(parse)

    static let catalogueGeneral = [
        "Merk at dette er **syntetiske testdata**: navnet er oppdiktet.",
        "Opplysningene vedlikeholdes i den felles katalogen, slik at hver kommune slipper å beskrive det samme.",
        "Kommunene melder endringer til katalogen gjennom en endringsforespørsel.",
        "Beskrivelsen ble sist gjennomgått i forbindelse med den årlige oppdateringen av katalogen.",
    ].map(parse)

    static let emphasis: [Kind: [Template]] = [
        .system: ["Løsningen er **kritisk** for {area}.", "Alle endringer skal **meldes til systemeier**.", "Merk at dette er **syntetiske testdata**."].map(parse),
        .dataset: ["Datasettet er **syntetisk** og laget for testing.", "Feil i datasettet kan **meldes til {unit}**."].map(parse),
        .processing: ["Opplysningene er **taushetsbelagte** der loven sier det.", "Behandlingen skal **gjennomgås hvert år**."].map(parse),
        .contract: ["Fristen for oppsigelse må **følges opp i god tid**."].map(parse),
        .initiative: ["Tiltaket er **prioritert** i handlingsplanen."].map(parse),
        .product: ["Beskrivelsen er **syntetisk** og gjelder ikke et virkelig produkt."].map(parse),
        .vendor: ["Leverandøren er **oppdiktet** og laget for testing."].map(parse),
        .municipality: ["Oversikten er **syntetisk** og beskriver ikke kommunens virkelige systemer."].map(parse),
    ]

    static let listHeadings: [Kind: String] = [
        .system: "Moduler i bruk:", .product: "Viktige funksjoner:", .dataset: "Innhold:", .processing: "Tiltak for å ivareta personvernet:",
        .contract: "Avtalen omfatter:", .initiative: "Leveranser:", .vendor: "Leverandøren tilbyr:",
    ]

    static let listItems: [Kind: [String]] = [
        .system: ["saksbehandling og vedtak", "rapporter og statistikk", "dokumentproduksjon med maler", "mobil tilgang", "integrasjon mot arkiv",
                  "digitale skjemaer", "varsling på SMS og e-post", "oppgavelister og påminnelser"],
        .product: ["rollebasert tilgangsstyring", "åpne API-er", "mobilapp for ansatte", "innsyn for innbyggere", "ferdige rapporter", "arkivering etter Noark 5"],
        .dataset: ["én rad per objekt", "koordinater i EUREF89", "dato for siste endring", "kobling til matrikkelen", "kontaktpunkt for spørsmål"],
        .processing: ["tilgangsstyring etter tjenstlig behov", "logging av alle oppslag", "tofaktorautentisering", "kryptering av data", "årlig gjennomgang av tilganger"],
        .contract: ["lisenser", "vedlikehold og oppgraderinger", "brukerstøtte", "drift og overvåking", "opplæring"],
        .initiative: ["kartlegging av behov", "anskaffelse", "konvertering av data", "opplæring", "avvikling av gammel løsning"],
        .vendor: ["skytjenester", "rådgivning", "opplæring", "drift", "integrasjon"],
    ]
}
