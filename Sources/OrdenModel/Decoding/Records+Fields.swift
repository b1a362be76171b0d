import Basics
import FrontMatter

// The field tables by which records are read from front matter (see FieldTable.swift): each is
// the fields the registry (Registry/RecordKinds*.swift) declares for a kind or for a group within
// one. What is left here is the blank each reading starts from. `FieldTableTests` checks that each
// table names every stored property of its type and nothing else.

extension Vendor: FieldGroup {
    package static let fieldTable = FieldTable<Vendor>({ Vendor(name: "") }, RecordKind.vendor.spec)
}

extension PersonalDataSummary: FieldGroup {
    package static let fieldTable = FieldTable<PersonalDataSummary>({ PersonalDataSummary() }, group: "personal_data", of: .system)
}

extension TypicalIntegration: FieldGroup {
    package static let fieldTable = FieldTable<TypicalIntegration>({ TypicalIntegration(to: .placeholder) }, group: "typical_integrations", of: .product)
}

extension Product: FieldGroup {
    package static let fieldTable = FieldTable<Product>({ Product(name: "", vendor: .placeholder) }, RecordKind.product.spec)
}

extension ServiceArea: FieldGroup {
    package static let fieldTable = FieldTable<ServiceArea>({ ServiceArea(name: "") }, RecordKind.serviceArea.spec)
}

extension Standard: FieldGroup {
    package static let fieldTable = FieldTable<Standard>({ Standard(name: "") }, RecordKind.standard.spec)
}

extension Contact: FieldGroup {
    package static let fieldTable = FieldTable<Contact>({ Contact() }, group: "contact", of: .dataset)
}

extension Municipality: FieldGroup {
    package static let fieldTable = FieldTable<Municipality>({ Municipality(name: "", number: .placeholder, orgnr: .placeholder) }, RecordKind.municipality.spec)
}

extension ArchiveFacts: FieldGroup {
    package static let fieldTable = FieldTable<ArchiveFacts>({ ArchiveFacts() }, group: "archive", of: .system)
}

extension Lifecycle: FieldGroup {
    package static let fieldTable = FieldTable<Lifecycle>({ Lifecycle(status: .placeholder) }, group: "lifecycle", of: .system)
}

extension Fit: FieldGroup {
    package static let fieldTable = FieldTable<Fit>({ Fit() }, group: "fit", of: .system)
}

extension Classification: FieldGroup {
    package static let fieldTable = FieldTable<Classification>({ Classification() }, group: "classification", of: .system)
}

extension Cost: FieldGroup {
    package static let fieldTable = FieldTable<Cost>({ Cost() }, group: "cost", of: .system)
}

extension Integration: FieldGroup {
    package static let fieldTable = FieldTable<Integration>({ Integration(to: .placeholder) }, group: "integrations", of: .system)
}

extension System: FieldGroup {
    package static let fieldTable = FieldTable<System>({ System(lifecycle: .placeholder) }, RecordKind.system.spec)
}

extension API: FieldGroup {
    package static let fieldTable = FieldTable<API>({ API(endpointUrl: .blank) }, group: "api", of: .system)
}

extension Distribution: FieldGroup {
    package static let fieldTable = FieldTable<Distribution>({ Distribution(accessUrl: .blank) }, group: "distributions", of: .dataset)
}

extension Place {
    static let fieldTable = FieldTable<Place>({ Place() }, [
        .optional("name", \.name),
        .optional("uri", \.uri),
    ])
}

extension RestrictionBasis: FieldGroup {
    package static let fieldTable = FieldTable<RestrictionBasis>({ RestrictionBasis(law: "") }, group: "legal_basis_for_restriction", of: .dataset)
}

extension Period: FieldGroup {
    package static let fieldTable = FieldTable<Period>({ Period() }, group: "temporal", of: .dataset)
}

extension Dataset: FieldGroup {
    package static let fieldTable = FieldTable<Dataset>({ Dataset(title: "", description: "", themes: [], accessRights: .placeholder) }, RecordKind.dataset.spec)
}

extension LegalBasis: FieldGroup {
    package static let fieldTable = FieldTable<LegalBasis>({ LegalBasis(article: .placeholder) }, group: "legal_basis", of: .processing)
}

extension ThirdCountryTransfers: FieldGroup {
    package static let fieldTable = FieldTable<ThirdCountryTransfers>({ ThirdCountryTransfers() }, group: "third_country_transfers", of: .processing)
}

extension Processor: FieldGroup {
    package static let fieldTable = FieldTable<Processor>({ Processor(vendor: .placeholder) }, group: "processors", of: .processing)
}

extension ImpactAssessment: FieldGroup {
    package static let fieldTable = FieldTable<ImpactAssessment>({ ImpactAssessment() }, group: "dpia", of: .processing)
}

extension ProcessingActivity: FieldGroup {
    package static let fieldTable = FieldTable<ProcessingActivity>({ ProcessingActivity(name: "", purpose: "", dataCategories: []) }, RecordKind.processing.spec)
}

extension Contract: FieldGroup {
    package static let fieldTable = FieldTable<Contract>({ Contract(title: "", vendor: .placeholder, start: .placeholder) }, RecordKind.contract.spec)
}

extension BudgetLine: FieldGroup {
    package static let fieldTable = FieldTable<BudgetLine>({ BudgetLine(year: .placeholder) }, group: "budget", of: .initiative)
}

extension Benefit: FieldGroup {
    package static let fieldTable = FieldTable<Benefit>({ Benefit(what: "") }, group: "benefits", of: .initiative)
}

extension AffectedSystems: FieldGroup {
    package static let fieldTable = FieldTable<AffectedSystems>({ AffectedSystems() }, group: "systems", of: .initiative)
}

extension Initiative: FieldGroup {
    package static let fieldTable = FieldTable<Initiative>({ Initiative(title: "", status: .placeholder) }, RecordKind.initiative.spec)
}

extension Place: FieldValue {
    /// Text is a web address when it is one, the municipality for `municipality`, else a name;
    /// a group of fields gives a name and an address.
    package static func read(_ node: YAMLNode, field: String, report: DecodingReport) -> Place? {
        guard let text = node.text else {
            guard node.pairs != nil else {
                report.error("\(field) must be a place name, a web address or a group with name and uri, but is \(node.kindDescription)", at: node,
                             hint: "write e.g. \(Place.municipalityKeyword), Hele kommunen, or https://data.geonorge.no/administrativeEnheter/kommune/id/3301")
                return nil
            }
            guard let place = fieldTable.read(node, field: field, report: report) else { return nil }
            guard place.name != nil || place.uri != nil else {
                report.error("\(field) has neither name nor uri", at: node, hint: "give the place a name, a uri, or both")
                return nil
            }
            return place
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == Place.municipalityKeyword { return Place(isMunicipality: true) }
        if let link = WebLink(trimmed) { return Place(uri: link) }
        let lowered = trimmed.lowercased()
        if lowered.hasPrefix("http:") || lowered.hasPrefix("https:") || lowered.hasPrefix("urn:") {
            // DCAT-AP-NO publishes dct:spatial only as an IRI; an address that is not a usable one
            // would be left out of the catalogue without a word.
            report.error("\(field) \"\(trimmed.prefix(80))\" is not a usable web address", at: node,
                         hint: "write a full address starting with https:// (or http://) without spaces, or a place name")
            return nil
        }
        return trimmed.isEmpty ? nil : Place(name: trimmed)
    }
}

extension Spatial: ReadByItself {
    package static func read(_ node: YAMLNode, field: String, report: DecodingReport) -> Spatial? {
        if node.items != nil {
            guard let places = [Place].read(node, field: field, report: report) else { return nil }
            return places.isEmpty ? nil : Spatial(places)
        }
        return Place.read(node, field: field, report: report).map { Spatial([$0]) }
    }
}
