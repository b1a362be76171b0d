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

/// The front matter of each kind of record, as `orden new` writes it: the fields the registry
/// offers (`FieldSpec.template`), in its template order, with what the command line and the
/// source told about this record written as values. Comments and marks are in Norwegian: they
/// are for the editors.
enum RecordTemplates {
    static func lines(for draft: RecordDraft) -> [TemplateLine] {
        var lines = draft.kind.spec.templateFields.compactMap { line(for: $0, draft) }
        let marked = lines.contains(where: \.hasMark)
        if let product = draft.product { lines += inherited(from: product.id, product.record) }
        lines += [
            .blank,
            .note(marked ? "Fyll ut det som er merket \(FillIn.marker), og fjern # foran de valgfrie feltene som gjelder."
                         : "Fjern # foran de valgfrie feltene som gjelder."),
            .note("En fri beskrivelse i Markdown kan skrives under den siste linjen med ---."),
        ]
        return lines
    }

    /// What a system takes from its product when it does not say: beside a product, not offered
    /// unless the command line gave it (the inherited values follow as comments instead).
    static let inheritedFromProduct: Set<String> = ["name", "vendor", "category", "service_areas", "hosting"]

    /// The line of one field of the record: what the draft knows, else what the registry offers.
    static func line(for field: FieldSpec, _ draft: RecordDraft) -> TemplateLine? {
        let key = field.key
        let known: String? = switch key {
        case "name", "title": draft.name
        case "vendor": draft.vendor
        case "orgnr": draft.orgnr
        case "product": draft.product?.id
        case "number" where draft.kind == .municipality: draft.id
        case "county": draft.official?.county
        case "cooperation": draft.cooperation
        default: nil
        }
        if let known { return .value(key, .string(known)) }
        switch (draft.kind, key) {
        case (.municipality, "fictional"):
            guard draft.official == nil, case .option(_, let note)? = field.template else { return nil }
            return .value(key, .bool(true), note: note)
        case (.system, "personal_data"):
            guard draft.product != nil, case .option(let example, _)? = field.template else { break }
            return .option(key, value(example, draft), "de registrerte (kategoriene arves fra produktet)")
        case (.system, _) where draft.product != nil && inheritedFromProduct.contains(key):
            return nil
        default:
            break
        }
        return offered(field, draft, commented: false)
    }

    /// A field as the registry offers it; within a commented item every field is an example value.
    static func offered(_ field: FieldSpec, _ draft: RecordDraft, commented: Bool) -> TemplateLine? {
        let choices = field.closedValues
        switch field.template {
        case nil:
            return nil
        case .fill(let what):
            let isList = if case .list = field.type { true } else { false }
            return .fill(field.key, what ?? FieldTemplate.oneOf(choices ?? []), list: isList)
        case .option(let example, let note):
            let note = note ?? choices.map(FieldTemplate.choices)
            if commented { return .value(field.key, value(example, draft), note: note) }
            return .option(field.key, value(example, draft), note ?? "")
        case .fields:
            let children = (field.type.subFields ?? []).compactMap { offered($0, draft, commented: commented) }
            if case .list = field.type { return .group(field.key, [.item(children)]) }
            return .group(field.key, children)
        case .item(let note):
            let children = (field.type.subFields ?? []).compactMap { offered($0, draft, commented: true) }
            return .optionGroup(field.key, [.item(children)], note)
        }
    }

    static func value(_ example: TemplateExample, _ draft: RecordDraft) -> YAMLValue {
        switch example {
        case .text(let text): .string(text)
        case .integer(let number): .integer(number)
        case .bool(let flag): .bool(flag)
        case .today: .day(draft.today)
        case .thisYear: .integer(draft.today.year)
        case .list(let items): .list(items.map { value($0, draft) })
        case .map(let pairs): .map(pairs.map { ($0.0, value($0.1, draft)) })
        }
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
}
