import Foundation
import Basics
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSource
import RDF

/// The DCAT-AP-NO 2.0 catalogue of a scope's datasets, as an RDF graph: the whole site, or one
/// municipality. Every resource gets an IRI (pages of the site, with fragments for the parts of a
/// dataset), so the three syntaxes describe the same graph and repeated builds are identical.
package struct DCATCatalogue {
    let catalogue: Catalogue
    let scope: Scope
    private var graph = RDFGraph()
    private var agents: Set<String> = []

    /// The form data.norge.no's organisation catalogue gives each organisation number.
    package static func agentIRI(orgnr: String) -> String {
        "https://organization-catalog.fellesdatakatalog.digdir.no/organizations/\(orgnr)"
    }

    package static let localAuthority = "http://purl.org/adms/publishertype/LocalAuthority"
    package static let themeScheme = "http://publications.europa.eu/resource/authority/data-theme"

    /// The graph of the site's catalogue (`.site`) or of one municipality's (`.municipality`).
    package static func graph(_ scope: Scope, in catalogue: Catalogue) -> RDFGraph {
        var builder = DCATCatalogue(catalogue: catalogue, scope: scope)
        builder.build()
        return builder.graph
    }

    /// The datasets a scope's catalogue lists, sorted.
    package static func datasets(_ scope: Scope, in catalogue: Catalogue) -> [LocalKey] {
        catalogue.members(of: scope).flatMap { catalogue.datasetsByMunicipality[$0] ?? [] }
            .filter { catalogue.datasets[$0] != nil }.sorted()
    }

    /// Systems with an API, which the catalogue lists as data services.
    package static func services(_ scope: Scope, in catalogue: Catalogue) -> [LocalKey] {
        catalogue.members(of: scope).flatMap { catalogue.systemsByMunicipality[$0] ?? [] }
            .filter { catalogue.systems[$0]?.fields.api != nil }.sorted()
    }

    private init(catalogue: Catalogue, scope: Scope) {
        self.catalogue = catalogue
        self.scope = scope
    }

    private mutating func build() {
        guard let catalogPath = Self.catalogPage(scope, in: catalogue) else { return }
        let catalog = RDFTerm.iri(url(catalogPath))
        let datasets = Self.datasets(scope, in: catalogue)
        let services = Self.services(scope, in: catalogue)
        let language = scopeLanguage

        graph.add(catalog, RDFVocabulary.rdf + "type", .iri(RDFVocabulary.dcat + "Catalog"))
        graph.add(catalog, RDFVocabulary.dct + "title", .string(catalogTitle, language: language.tag))
        graph.add(catalog, RDFVocabulary.dct + "description", .string(catalogDescription, language: language.tag))
        graph.add(catalog, RDFVocabulary.dct + "identifier", .string(url(catalogPath)))
        graph.add(catalog, RDFVocabulary.dct + "publisher", .iri(catalogPublisher()))
        term(catalog, RDFVocabulary.dct + "language", language.iri, .language, language.label)
        graph.add(catalog, RDFVocabulary.dcat + "themeTaxonomy", .iri(Self.themeScheme))
        graph.add(catalog, RDFVocabulary.foaf + "homepage", .iri(url(Paths.home)))
        if let newest = datasets.compactMap({ catalogue.datasets[$0]?.fields.modified }).max() {
            graph.add(catalog, RDFVocabulary.dct + "modified", date(newest))
        }
        for key in datasets { graph.add(catalog, RDFVocabulary.dcat + "dataset", .iri(datasetSubject(key))) }
        for key in services { graph.add(catalog, RDFVocabulary.dcat + "service", .iri(serviceIRI(key))) }
        for key in datasets { addDataset(key) }
        for key in services { addService(key) }
    }

    // MARK: Datasets

    private mutating func addDataset(_ key: LocalKey) {
        guard let record = catalogue.datasets[key] else { return }
        let fields = record.fields
        let subject = RDFTerm.iri(datasetSubject(key))
        let language = Self.language(of: key.municipality, in: catalogue)
        let dct = RDFVocabulary.dct, dcat = RDFVocabulary.dcat
        graph.add(subject, RDFVocabulary.rdf + "type", .iri(dcat + "Dataset"))
        graph.add(subject, dct + "title", .string(Self.text(fields.title), language: language.tag))
        graph.add(subject, dct + "description", .string(Self.text(fields.description), language: language.tag))
        graph.add(subject, dct + "identifier", .string(datasetSubject(key)))
        for theme in fields.themes { term(subject, dcat + "theme", DCATTerms.iri(theme), .dataTheme, Format.bokmål.theme(theme)) }
        graph.add(subject, dct + "publisher", .iri(municipalityAgent(key.municipality)))
        term(subject, dct + "accessRights", DCATTerms.iri(fields.accessRights), .accessRight, Format.bokmål.accessRights(fields.accessRights))
        for keyword in fields.keywords ?? [] { graph.add(subject, dcat + "keyword", .string(Self.text(keyword), language: language.tag)) }
        term(subject, dct + "language", language.iri, .language, language.label)
        graph.add(subject, dcat + "landingPage", .iri(datasetIRI(key)))
        for place in fields.spatial?.places ?? [] { addPlace(place, of: subject, in: key.municipality, language: language) }
        if let frequency = fields.frequency {
            term(subject, dct + "accrualPeriodicity", DCATTerms.iri(frequency), .frequency, Format.bokmål.updateFrequency(frequency))
        }
        graph.add(subject, dct + "issued", fields.issued.map(date))
        graph.add(subject, dct + "modified", fields.modified.map(date))
        if let contact = fields.contact, contact.name != nil || contact.email != nil || contact.url != nil || contact.phone != nil {
            let point = RDFTerm.iri(datasetIRI(key) + "#kontaktpunkt")
            graph.add(subject, dcat + "contactPoint", point)
            graph.add(point, RDFVocabulary.rdf + "type", .iri(RDFVocabulary.vcard + "Organization"))
            let name = contact.name ?? catalogue.municipalities[key.municipality]?.name ?? ""
            graph.add(point, RDFVocabulary.vcard + "fn", .string(Self.text(name), language: language.tag))
            if let email = contact.email { graph.add(point, RDFVocabulary.vcard + "hasEmail", .iri("mailto:" + email.address)) }
            graph.add(point, RDFVocabulary.vcard + "hasURL", contact.url.map(Self.iri))
            if let phone = contact.phone.flatMap(Self.telephoneIRI) { graph.add(point, RDFVocabulary.vcard + "hasTelephone", .iri(phone)) }
        }
        if let period = fields.temporal, period.start != nil || period.end != nil {
            let node = RDFTerm.iri(datasetIRI(key) + "#tidsrom")
            graph.add(subject, dct + "temporal", node)
            graph.add(node, RDFVocabulary.rdf + "type", .iri(dct + "PeriodOfTime"))
            graph.add(node, dcat + "startDate", period.start.map(date))
            graph.add(node, dcat + "endDate", period.end.map(date))
        }
        for (index, distribution) in (fields.distributions ?? []).enumerated() {
            let node = RDFTerm.iri(datasetIRI(key) + "#distribusjon-\(index + 1)")
            graph.add(subject, dcat + "distribution", node)
            graph.add(node, RDFVocabulary.rdf + "type", .iri(dcat + "Distribution"))
            graph.add(node, dct + "title", distribution.title.map { .string(Self.text($0), language: language.tag) })
            graph.add(node, dcat + "accessURL", Self.iri(distribution.accessUrl))
            graph.add(node, dcat + "downloadURL", distribution.downloadUrl.map(Self.iri))
            if let format = distribution.format {
                term(node, dct + "format", DCATTerms.iri(format), .fileType, Format.bokmål.fileFormat(format))
                graph.add(node, dcat + "mediaType", DCATTerms.mediaType(format).map(RDFTerm.iri))
            }
            if let licence = distribution.licence ?? fields.licence { self.licence(node, licence) }
        }
    }

    /// A place with an IRI as a dct:Location (DCAT-AP-NO 2.0 wants dct:spatial to be an IRI),
    /// named by its skos:prefLabel when the record names it. A place with only a name shows on
    /// the page but has nothing to publish.
    private mutating func addPlace(_ place: Place, of subject: RDFTerm, in municipality: String, language: WrittenLanguage) {
        let iri: RDFTerm
        var name = place.name
        if let uri = place.uri {
            iri = Self.iri(uri)
        } else if place.isMunicipality {
            iri = .iri(KartverketUnit.municipalityIRI(municipality))
            name = name ?? catalogue.municipalities[municipality]?.name
        } else {
            return
        }
        graph.add(subject, RDFVocabulary.dct + "spatial", iri)
        graph.add(iri, RDFVocabulary.rdf + "type", .iri(RDFVocabulary.dct + "Location"))
        graph.add(iri, RDFVocabulary.skos + "inScheme", iri.iri.flatMap(PlaceVocabulary.scheme).map(RDFTerm.iri))
        if let name { graph.add(iri, RDFVocabulary.skos + "prefLabel", .string(Self.text(name), language: language.tag)) }
    }

    /// A telephone number as a tel: IRI (RFC 3966): digits and a leading +, the rest dropped;
    /// nil when there are no digits.
    static func telephoneIRI(_ phone: String) -> String? {
        var digits = ""
        for character in phone {
            if character.isASCIIDigit { digits.append(character) } else if character == "+" && digits.isEmpty { digits.append(character) }
        }
        return digits.contains(where: \.isASCIIDigit) ? "tel:" + digits : nil
    }

    // MARK: Data services

    private mutating func addService(_ key: LocalKey) {
        guard let system = catalogue.systems[key], let api = system.fields.api else { return }
        let subject = RDFTerm.iri(serviceIRI(key))
        let language = Self.language(of: key.municipality, in: catalogue)
        let municipality = catalogue.municipalities[key.municipality]?.name ?? key.municipality
        let dct = RDFVocabulary.dct, dcat = RDFVocabulary.dcat
        graph.add(subject, RDFVocabulary.rdf + "type", .iri(dcat + "DataService"))
        graph.add(subject, dct + "title", .string("API: \(Self.text(system.name.value))", language: language.tag))
        let description = api.description ?? "Programmeringsgrensesnitt (API) til \(system.name.value) i \(municipality)."
        graph.add(subject, dct + "description", .string(Self.text(description), language: language.tag))
        graph.add(subject, dct + "identifier", .string(serviceIRI(key)))
        graph.add(subject, dct + "publisher", .iri(municipalityAgent(key.municipality)))
        graph.add(subject, dcat + "endpointURL", Self.iri(api.endpointUrl))
        graph.add(subject, dcat + "endpointDescription", api.endpointDescription.map(Self.iri))
        graph.add(subject, dcat + "landingPage", .iri(url(Paths.local(.system, key, in: catalogue) ?? "")))
        if let rights = api.accessRights {
            term(subject, dct + "accessRights", DCATTerms.iri(rights), .accessRight, Format.bokmål.accessRights(rights))
        }
        if let licence = api.licence { self.licence(subject, licence) }
        for id in system.standards?.value ?? [] {
            guard let standard = catalogue.standards[id], standard.fields.kind == .api else { continue }
            let iri = standard.fields.url.map(Self.iri) ?? .iri(url(Paths.standard(id)))
            graph.add(subject, dct + "conformsTo", iri)
            graph.add(iri, RDFVocabulary.rdf + "type", .iri(dct + "Standard"))
            graph.add(iri, dct + "title", .string(Self.text(standard.fields.name), language: "nb"))
        }
        for dataset in catalogue.datasetsBySystem[key] ?? [] where catalogue.datasets[dataset] != nil {
            graph.add(subject, dcat + "servesDataset", .iri(datasetSubject(dataset)))
        }
    }

    // MARK: Controlled vocabularies

    /// The EU vocabularies the catalogue draws on. Each concept used is described in the
    /// catalogue itself (type, scheme, label), as DCAT-AP-NO's shapes check its scheme.
    enum Scheme: String {
        case dataTheme = "data-theme", accessRight = "access-right", frequency, fileType = "file-type", language, licence

        var iri: String { "http://publications.europa.eu/resource/authority/" + rawValue }
    }

    private mutating func term(_ subject: RDFTerm, _ predicate: String, _ iri: String, _ scheme: Scheme, _ label: String) {
        let concept = RDFTerm.iri(iri)
        graph.add(subject, predicate, concept)
        graph.add(concept, RDFVocabulary.rdf + "type", .iri(RDFVocabulary.skos + "Concept"))
        if scheme == .licence { graph.add(concept, RDFVocabulary.rdf + "type", .iri(RDFVocabulary.dct + "LicenseDocument")) }
        graph.add(concept, RDFVocabulary.skos + "inScheme", .iri(scheme.iri))
        graph.add(concept, RDFVocabulary.skos + "prefLabel", .string(label, language: "nb"))
    }

    private mutating func licence(_ subject: RDFTerm, _ licence: DatasetLicence) {
        term(subject, RDFVocabulary.dct + "license", DCATTerms.iri(licence), .licence, Format.bokmål.licence(licence))
    }

    // MARK: Publishers

    private mutating func municipalityAgent(_ number: String) -> String {
        guard let entry = catalogue.municipalities[number] else { return url(Paths.home) }
        let orgnr = entry.record.fields.orgnr.digits
        return agent(iri: Self.agentIRI(orgnr: orgnr), name: entry.name, orgnr: orgnr, localAuthority: true)
    }

    /// The site's publisher from orden.yml; for a one-municipality site, that municipality;
    /// otherwise the site itself, named by its title.
    private mutating func catalogPublisher() -> String {
        if case .municipality(let number) = scope { return municipalityAgent(number) }
        if let publisher = catalogue.site.publisher {
            let orgnr = publisher.orgnr.digits
            return agent(iri: Self.agentIRI(orgnr: orgnr), name: publisher.name, orgnr: orgnr, localAuthority: false)
        }
        if catalogue.municipalities.count == 1, let only = catalogue.municipalities.keys.first { return municipalityAgent(only) }
        return agent(iri: url(Paths.home) + "#utgiver", name: catalogue.site.title, orgnr: nil, localAuthority: false)
    }

    private mutating func agent(iri: String, name: String, orgnr: String?, localAuthority: Bool) -> String {
        guard agents.insert(iri).inserted else { return iri }
        let subject = RDFTerm.iri(iri)
        graph.add(subject, RDFVocabulary.rdf + "type", .iri(RDFVocabulary.foaf + "Agent"))
        graph.add(subject, RDFVocabulary.foaf + "name", .string(Self.text(name), language: "nb"))
        graph.add(subject, RDFVocabulary.dct + "identifier", orgnr.map { .string($0) })
        if localAuthority { graph.add(subject, RDFVocabulary.dct + "type", .iri(Self.localAuthority)) }
        return iri
    }

    // MARK: Names and addresses

    private var catalogTitle: String {
        if case .municipality(let number) = scope, let entry = catalogue.municipalities[number] {
            return "Datasett fra \(entry.name)"
        }
        return "Datasett – \(catalogue.site.title)"
    }

    private var catalogDescription: String {
        if case .municipality(let number) = scope, let entry = catalogue.municipalities[number] {
            return "Datasettkatalog for \(entry.name): alle datasett kommunen har registrert, med tilgangsnivå og distribusjoner."
        }
        return catalogue.site.description.map(Self.text) ?? "Datasettkatalog for kommunene på \(catalogue.site.title)."
    }

    /// The page a catalogue describes, which is also its IRI: /datasett/ or a municipality's dataset list.
    static func catalogPage(_ scope: Scope, in catalogue: Catalogue) -> String? {
        switch scope {
        case .site: Paths.datasetCatalogue
        case .municipality(let number): catalogue.municipalities[number].map { Paths.localList(.dataset, in: $0) }
        case .region: nil
        }
    }

    private func url(_ path: String) -> String {
        var base = catalogue.site.baseUrl.url
        if !base.hasSuffix("/") { base += "/" }
        return base + path
    }

    private func datasetIRI(_ key: LocalKey) -> String { url(Paths.local(.dataset, key, in: catalogue) ?? "") }
    /// The dataset as a resource: its own IRI when the record keeps one (`uri`), else its page.
    private func datasetSubject(_ key: LocalKey) -> String {
        if let uri = catalogue.datasets[key]?.fields.uri, case .iri(let iri) = Self.iri(uri) { return iri }
        return datasetIRI(key)
    }
    private func serviceIRI(_ key: LocalKey) -> String { url(Paths.local(.system, key, in: catalogue) ?? "") + "#api" }

    typealias WrittenLanguage = (tag: String, iri: String, label: String)

    private var scopeLanguage: WrittenLanguage {
        if case .municipality(let number) = scope { return Self.language(of: number, in: catalogue) }
        return Self.language((catalogue.site.language ?? .nb).contentLanguage)
    }

    /// A municipality writes in nynorsk or bokmål; its texts are tagged accordingly.
    static func language(of number: String, in catalogue: Catalogue) -> WrittenLanguage {
        language(catalogue.municipalities[number]?.record.fields.language ?? (catalogue.site.language ?? .nb).contentLanguage)
    }

    static func language(_ language: Language) -> WrittenLanguage {
        language == .nn ? ("nn", RDFVocabulary.euLanguage + "NNO", "norsk nynorsk") : ("nb", RDFVocabulary.euLanguage + "NOB", "norsk bokmål")
    }

    /// A web address as an IRI. Editors' addresses may hold characters that RFC 3987 leaves out
    /// of IRIs (`{ } | ^ \``); they are percent-encoded, as a browser would send them.
    static func iri(_ link: WebLink) -> RDFTerm {
        var out = ""
        for scalar in link.url.unicodeScalars {
            if "{}|^`".unicodeScalars.contains(scalar) {
                out += "%" + String(scalar.value, radix: 16, uppercase: true)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return .iri(out)
    }

    private func date(_ day: Day) -> RDFTerm { .typed(day.description, RDFVocabulary.xsd + "date") }

    /// Text as all three syntaxes can carry it alike: line breaks as line feeds, and no control
    /// characters, which XML 1.0 cannot hold.
    static func text(_ value: String) -> String {
        let normalised = value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return String(String.UnicodeScalarView(normalised.unicodeScalars.filter {
            !($0.value < 0x20 && $0 != "\n" && $0 != "\t") && $0.value != 0x7F && $0.value != 0xFFFE && $0.value != 0xFFFF
        }))
    }
}

/// The files of the published catalogues: the site's at /data/catalog.{ttl,jsonld,rdf} and each
/// municipality's under its own folder.
package enum CatalogueFiles {
    package static let formats: [(extension: String, mediaType: String, label: String)] = [
        ("ttl", "text/turtle", "Turtle"), ("jsonld", "application/ld+json", "JSON-LD"), ("rdf", "application/rdf+xml", "RDF/XML"),
    ]

    /// `data/catalog` for the site, `kommuner/<n>-<slug>/data/catalog` for a municipality (no extension).
    package static func stem(_ scope: Scope, in catalogue: Catalogue) -> String? {
        switch scope {
        case .site: "data/catalog"
        case .municipality(let number): catalogue.municipalities[number].map { Paths.municipality($0) + "data/catalog" }
        case .region: nil
        }
    }

    /// The scopes that have a catalogue: the site, then each municipality.
    package static func scopes(in catalogue: Catalogue) -> [Scope] {
        [Scope.site] + catalogue.sortedMunicipalities.map { Scope.municipality($0.number) }
    }

    /// One scope's catalogue in the three syntaxes.
    package static func files(_ scope: Scope, in catalogue: Catalogue) -> [OutputFile] {
        var files: [OutputFile] = []
        forEachFile(scope, in: catalogue) { files.append($0) }
        return files
    }

    /// One scope's catalogue in the three syntaxes, each handed to `body` as soon as it is made,
    /// so that a writer holds one at a time (the national site's are 40–50 MB each).
    static func forEachFile(_ scope: Scope, in catalogue: Catalogue, _ body: (OutputFile) throws -> Void) rethrows {
        guard let stem = stem(scope, in: catalogue) else { return }
        let graph = DCATCatalogue.graph(scope, in: catalogue)
        try body(OutputFile(path: stem + ".ttl", bytes: Data(TurtleWriter.bytes(graph))))
        try body(OutputFile(path: stem + ".jsonld", bytes: Data(JSONLDWriter.bytes(graph))))
        try body(OutputFile(path: stem + ".rdf", bytes: Data(RDFXMLWriter.bytes(graph))))
    }

    package static func files(in catalogue: Catalogue) -> [OutputFile] {
        scopes(in: catalogue).flatMap { files($0, in: catalogue) }
    }
}
