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

        graph.add(catalog, RDFSyntax.type, .iri(DCAT.Catalog))
        graph.add(catalog, DCT.title, .string(catalogTitle, language: language.tag))
        graph.add(catalog, DCT.description, .string(catalogDescription, language: language.tag))
        graph.add(catalog, DCT.identifier, .string(url(catalogPath)))
        graph.add(catalog, DCT.publisher, .iri(catalogPublisher()))
        graph.add(catalog, DCAT.contactPoint, catalogContact())
        term(catalog, DCT.language, language.iri, .language, language.label)
        graph.add(catalog, DCAT.themeTaxonomy, .iri(Self.themeScheme))
        graph.add(catalog, FOAF.homepage, .iri(url(Paths.home)))
        if let newest = datasets.compactMap({ catalogue.datasets[$0]?.fields.modified }).max() {
            graph.add(catalog, DCT.modified, date(newest))
        }
        for key in datasets { graph.add(catalog, DCAT.dataset, .iri(datasetSubject(key))) }
        for key in services { graph.add(catalog, DCAT.service, .iri(serviceIRI(key))) }
        for key in datasets { addDataset(key) }
        for key in services { addService(key) }
    }

    // MARK: Datasets

    private mutating func addDataset(_ key: LocalKey) {
        guard let record = catalogue.datasets[key] else { return }
        let fields = record.fields
        let subject = RDFTerm.iri(datasetSubject(key))
        let language = Self.language(of: key.municipality, in: catalogue)
        graph.add(subject, RDFSyntax.type, .iri(DCAT.Dataset))
        graph.add(subject, DCT.title, .string(Self.text(fields.title), language: language.tag))
        graph.add(subject, DCT.description, .string(Self.text(fields.description), language: language.tag))
        graph.add(subject, DCT.identifier, .string(datasetSubject(key)))
        for theme in fields.themes { term(subject, DCAT.theme, DCATTerms.iri(theme), .dataTheme, Format.bokmål.theme(theme)) }
        for theme in fields.losThemes ?? [] { term(subject, DCAT.theme, theme.iri, .los, Format.bokmål.losTheme(theme)) }
        graph.add(subject, DCT.publisher, .iri(municipalityAgent(key.municipality)))
        term(subject, DCT.accessRights, DCATTerms.iri(fields.accessRights), .accessRight, Format.bokmål.accessRights(fields.accessRights))
        // The law restricting access, as data.norge.no reads it (Skjermingshjemmel): a
        // dct:RightsStatement with the provision's name and, as dct:source, where it is published.
        for (index, basis) in (fields.legalBasisForRestriction ?? []).enumerated() {
            let statement = RDFTerm.iri(datasetIRI(key) + "#skjermingshjemmel-\(index + 1)")
            graph.add(subject, DCATNO.legalBasisForRestriction, statement)
            graph.add(statement, RDFSyntax.type, .iri(DCT.RightsStatement))
            graph.add(statement, SKOS.prefLabel, .string(Self.text(basis.law), language: language.tag))
            graph.add(statement, DCT.source, basis.url.map { .string($0.url) })
        }
        for keyword in fields.keywords ?? [] { graph.add(subject, DCAT.keyword, .string(Self.text(keyword), language: language.tag)) }
        term(subject, DCT.language, language.iri, .language, language.label)
        graph.add(subject, DCAT.landingPage, .iri(datasetIRI(key)))
        // A municipality's dataset covers the municipality's area unless it names its places:
        // published as the Kartverket unit of its kommunenummer (Digdir's DCAT-AP-NO dct:spatial).
        for place in (fields.spatial ?? Spatial.municipality).places { addPlace(place, of: subject, in: key.municipality, language: language) }
        if let frequency = fields.frequency {
            term(subject, DCT.accrualPeriodicity, DCATTerms.iri(frequency), .frequency, Format.bokmål.updateFrequency(frequency))
        }
        graph.add(subject, DCT.issued, fields.issued.map(date))
        graph.add(subject, DCT.modified, fields.modified.map(date))
        graph.add(subject, DCAT.contactPoint, contactPoint(of: key, language: language))
        addPeriodAndDistributions(of: key, to: subject, language: language)
    }

    /// The dataset's own contact, or else its municipality's (DCAT-AP-NO makes dcat:contactPoint
    /// mandatory for a dataset).
    private mutating func contactPoint(of key: LocalKey, language: WrittenLanguage) -> RDFTerm {
        guard let contact = catalogue.datasets[key]?.fields.contact,
              contact.name != nil || contact.email != nil || contact.url != nil || contact.phone != nil else {
            return municipalityContact(key.municipality)
        }
        let point = RDFTerm.iri(datasetIRI(key) + "#kontaktpunkt")
        graph.add(point, RDFSyntax.type, .iri(VCard.Organization))
        let name = contact.name ?? catalogue.municipalities[key.municipality]?.name ?? ""
        graph.add(point, VCard.fn, .string(Self.text(name), language: language.tag))
        if let email = contact.email { graph.add(point, VCard.hasEmail, .iri("mailto:" + email.address)) }
        // A contact with neither e-mail nor web address is reached through the municipality's
        // website (DCAT-AP-NO 3 asks for one of the two).
        let website = contact.email == nil && contact.url == nil ? municipalityWebsite(key.municipality) : nil
        graph.add(point, VCard.hasURL, contact.url.map(Self.iri) ?? website)
        if let phone = contact.phone.flatMap(Self.telephoneIRI) { graph.add(point, VCard.hasTelephone, .iri(phone)) }
        return point
    }

    private mutating func addPeriodAndDistributions(of key: LocalKey, to subject: RDFTerm, language: WrittenLanguage) {
        guard let fields = catalogue.datasets[key]?.fields else { return }
        if let period = fields.temporal, period.start != nil || period.end != nil {
            let node = RDFTerm.iri(datasetIRI(key) + "#tidsrom")
            graph.add(subject, DCT.temporal, node)
            graph.add(node, RDFSyntax.type, .iri(DCT.PeriodOfTime))
            graph.add(node, DCAT.startDate, period.start.map(date))
            graph.add(node, DCAT.endDate, period.end.map(date))
        }
        for (index, distribution) in (fields.distributions ?? []).enumerated() {
            let node = RDFTerm.iri(datasetIRI(key) + "#distribusjon-\(index + 1)")
            graph.add(subject, DCAT.distribution, node)
            graph.add(node, RDFSyntax.type, .iri(DCAT.Distribution))
            graph.add(node, DCT.title, distribution.title.map { .string(Self.text($0), language: language.tag) })
            graph.add(node, DCAT.accessURL, Self.iri(distribution.accessUrl))
            graph.add(node, DCAT.downloadURL, distribution.downloadUrl.map(Self.iri))
            if let format = distribution.format {
                term(node, DCT.format, DCATTerms.iri(format), .fileType, Format.bokmål.fileFormat(format))
                graph.add(node, DCAT.mediaType, DCATTerms.mediaType(format).map(RDFTerm.iri))
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
            let written = Self.iri(uri)
            iri = written.iri.map { .iri(PlaceVocabulary.canonical($0)) } ?? written
        } else if place.isMunicipality {
            iri = .iri(KartverketUnit.municipalityIRI(municipality))
            name = name ?? catalogue.municipalities[municipality]?.name
        } else {
            return
        }
        graph.add(subject, DCT.spatial, iri)
        graph.add(iri, RDFSyntax.type, .iri(DCT.Location))
        graph.add(iri, SKOS.inScheme, iri.iri.flatMap(PlaceVocabulary.scheme).map(RDFTerm.iri))
        if let name { graph.add(iri, SKOS.prefLabel, .string(Self.text(name), language: language.tag)) }
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
        graph.add(subject, RDFSyntax.type, .iri(DCAT.DataService))
        graph.add(subject, DCT.title, .string("API: \(Self.text(system.name.value))", language: language.tag))
        let description = api.description ?? "Programmeringsgrensesnitt (API) til \(system.name.value) i \(municipality)."
        graph.add(subject, DCT.description, .string(Self.text(description), language: language.tag))
        graph.add(subject, DCT.identifier, .string(serviceIRI(key)))
        graph.add(subject, DCT.publisher, .iri(municipalityAgent(key.municipality)))
        graph.add(subject, DCAT.contactPoint, municipalityContact(key.municipality))
        graph.add(subject, DCAT.endpointURL, Self.iri(api.endpointUrl))
        graph.add(subject, DCAT.endpointDescription, api.endpointDescription.map(Self.iri))
        graph.add(subject, DCAT.landingPage, .iri(url(Paths.local(.system, key, in: catalogue) ?? "")))
        if let rights = api.accessRights {
            term(subject, DCT.accessRights, DCATTerms.iri(rights), .accessRight, Format.bokmål.accessRights(rights))
        }
        if let licence = api.licence { self.licence(subject, licence) }
        for id in system.standards?.value ?? [] {
            guard let standard = catalogue.standards[id], standard.fields.kind == .api else { continue }
            let iri = standard.fields.url.map(Self.iri) ?? .iri(url(Paths.standard(id)))
            graph.add(subject, DCT.conformsTo, iri)
            graph.add(iri, RDFSyntax.type, .iri(DCT.Standard))
            graph.add(iri, DCT.title, .string(Self.text(standard.fields.name), language: "nb"))
        }
        for dataset in catalogue.datasetsBySystem[key] ?? [] where catalogue.datasets[dataset] != nil {
            graph.add(subject, DCAT.servesDataset, .iri(datasetSubject(dataset)))
        }
    }

    // MARK: Contact points

    /// A municipality as a contact point: its name and website (or its page on this site), for
    /// the catalogue, its data services, and a dataset that names no contact of its own.
    private mutating func municipalityContact(_ number: String) -> RDFTerm {
        guard let entry = catalogue.municipalities[number] else { return siteContact() }
        let point = RDFTerm.iri(url(Paths.municipality(entry)) + "#kontaktpunkt")
        graph.add(point, RDFSyntax.type, .iri(VCard.Organization))
        graph.add(point, VCard.fn, .string(Self.text(entry.name), language: "nb"))
        graph.add(point, VCard.hasURL, municipalityWebsite(number))
        return point
    }

    /// The municipality's website, or its page on this site.
    private func municipalityWebsite(_ number: String) -> RDFTerm? {
        guard let entry = catalogue.municipalities[number] else { return nil }
        return entry.record.fields.website.map(Self.iri) ?? .iri(url(Paths.municipality(entry)))
    }

    /// The site's contact point: the publisher orden.yml names (or the site's title), reached
    /// through the site's home page.
    private mutating func siteContact() -> RDFTerm {
        let point = RDFTerm.iri(url(Paths.home) + "#kontaktpunkt")
        graph.add(point, RDFSyntax.type, .iri(VCard.Organization))
        graph.add(point, VCard.fn, .string(Self.text(catalogue.site.publisher?.name ?? catalogue.site.title), language: "nb"))
        graph.add(point, VCard.hasURL, .iri(url(Paths.home)))
        return point
    }

    private mutating func catalogContact() -> RDFTerm {
        if case .municipality(let number) = scope { return municipalityContact(number) }
        if catalogue.site.publisher == nil, catalogue.municipalities.count == 1, let only = catalogue.municipalities.keys.first {
            return municipalityContact(only)
        }
        return siteContact()
    }

    // MARK: Controlled vocabularies

    /// The EU vocabularies the catalogue draws on. Each concept used is described in the
    /// catalogue itself (type, scheme, label), as DCAT-AP-NO's shapes check its scheme.
    enum Scheme: String {
        case dataTheme = "data-theme", accessRight = "access-right", frequency, fileType = "file-type", language, licence
        /// Digdir's LOS themes, which DCAT-AP-NO recommends beside the EU data themes.
        case los
        /// ADMS publisher types, for a publisher's dct:type.
        case publisherType

        var iri: String {
            switch self {
            case .los: "https://psi.norge.no/los/ontologi/tema"
            case .publisherType: "http://purl.org/adms/publishertype/1.0"
            default: "http://publications.europa.eu/resource/authority/" + rawValue
            }
        }
    }

    private mutating func term(_ subject: RDFTerm, _ predicate: String, _ iri: String, _ scheme: Scheme, _ label: String) {
        let concept = RDFTerm.iri(iri)
        graph.add(subject, predicate, concept)
        graph.add(concept, RDFSyntax.type, .iri(SKOS.Concept))
        if scheme == .licence { graph.add(concept, RDFSyntax.type, .iri(DCT.LicenseDocument)) }
        graph.add(concept, SKOS.inScheme, .iri(scheme.iri))
        graph.add(concept, SKOS.prefLabel, .string(label, language: "nb"))
    }

    private mutating func licence(_ subject: RDFTerm, _ licence: DatasetLicence) {
        term(subject, DCT.license, DCATTerms.iri(licence), .licence, Format.bokmål.licence(licence))
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
        graph.add(subject, RDFSyntax.type, .iri(FOAF.Agent))
        graph.add(subject, FOAF.name, .string(Self.text(name), language: "nb"))
        graph.add(subject, DCT.identifier, orgnr.map { .string($0) })
        if localAuthority { term(subject, DCT.type, Self.localAuthority, .publisherType, "Lokal myndighet") }
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
        language == .nn ? ("nn", EULanguage.nynorsk, "norsk nynorsk") : ("nb", EULanguage.bokmål, "norsk bokmål")
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

    private func date(_ day: Day) -> RDFTerm { .typed(day.description, XSD.date) }

    /// Text as all three syntaxes can carry it alike: line breaks as line feeds, and no control
    /// characters, which XML 1.0 cannot hold.
    static func text(_ value: String) -> String {
        let normalised = value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return String(String.UnicodeScalarView(normalised.unicodeScalars.filter {
            !($0.value < 0x20 && $0 != "\n" && $0 != "\t") && $0.value != 0x7F && $0.value != 0xFFFE && $0.value != 0xFFFF
        }))
    }
}

// MARK: Vocabulary terms

/// The terms the catalogue uses, each made once. Concatenated where a triple is added, every
/// triple would hold its own copy of its predicate's IRI (this module's optimiser does not see the
/// RDF module's prefixes, so it cannot fold them), some 50 MB of the build's peak at national scale.
private enum RDFSyntax {
    static let type = RDFVocabulary.rdf + "type"
}

private enum DCT {
    static let accessRights = RDFVocabulary.dct + "accessRights"
    static let accrualPeriodicity = RDFVocabulary.dct + "accrualPeriodicity"
    static let conformsTo = RDFVocabulary.dct + "conformsTo"
    static let description = RDFVocabulary.dct + "description"
    static let format = RDFVocabulary.dct + "format"
    static let identifier = RDFVocabulary.dct + "identifier"
    static let issued = RDFVocabulary.dct + "issued"
    static let language = RDFVocabulary.dct + "language"
    static let license = RDFVocabulary.dct + "license"
    static let modified = RDFVocabulary.dct + "modified"
    static let publisher = RDFVocabulary.dct + "publisher"
    static let source = RDFVocabulary.dct + "source"
    static let spatial = RDFVocabulary.dct + "spatial"
    static let temporal = RDFVocabulary.dct + "temporal"
    static let title = RDFVocabulary.dct + "title"
    static let type = RDFVocabulary.dct + "type"
    static let LicenseDocument = RDFVocabulary.dct + "LicenseDocument"
    static let Location = RDFVocabulary.dct + "Location"
    static let PeriodOfTime = RDFVocabulary.dct + "PeriodOfTime"
    static let RightsStatement = RDFVocabulary.dct + "RightsStatement"
    static let Standard = RDFVocabulary.dct + "Standard"
}

/// Digdir's Norwegian extensions (https://data.norge.no/vocabulary/dcatno#).
private enum DCATNO {
    static let legalBasisForRestriction = RDFVocabulary.dcatno + "legalBasisForRestriction"
}

private enum DCAT {
    static let accessURL = RDFVocabulary.dcat + "accessURL"
    static let contactPoint = RDFVocabulary.dcat + "contactPoint"
    static let dataset = RDFVocabulary.dcat + "dataset"
    static let distribution = RDFVocabulary.dcat + "distribution"
    static let downloadURL = RDFVocabulary.dcat + "downloadURL"
    static let endDate = RDFVocabulary.dcat + "endDate"
    static let endpointDescription = RDFVocabulary.dcat + "endpointDescription"
    static let endpointURL = RDFVocabulary.dcat + "endpointURL"
    static let keyword = RDFVocabulary.dcat + "keyword"
    static let landingPage = RDFVocabulary.dcat + "landingPage"
    static let mediaType = RDFVocabulary.dcat + "mediaType"
    static let servesDataset = RDFVocabulary.dcat + "servesDataset"
    static let service = RDFVocabulary.dcat + "service"
    static let startDate = RDFVocabulary.dcat + "startDate"
    static let theme = RDFVocabulary.dcat + "theme"
    static let themeTaxonomy = RDFVocabulary.dcat + "themeTaxonomy"
    static let Catalog = RDFVocabulary.dcat + "Catalog"
    static let DataService = RDFVocabulary.dcat + "DataService"
    static let Dataset = RDFVocabulary.dcat + "Dataset"
    static let Distribution = RDFVocabulary.dcat + "Distribution"
}

private enum FOAF {
    static let homepage = RDFVocabulary.foaf + "homepage"
    static let name = RDFVocabulary.foaf + "name"
    static let Agent = RDFVocabulary.foaf + "Agent"
}

private enum VCard {
    static let fn = RDFVocabulary.vcard + "fn"
    static let hasEmail = RDFVocabulary.vcard + "hasEmail"
    static let hasTelephone = RDFVocabulary.vcard + "hasTelephone"
    static let hasURL = RDFVocabulary.vcard + "hasURL"
    static let Organization = RDFVocabulary.vcard + "Organization"
}

private enum SKOS {
    static let inScheme = RDFVocabulary.skos + "inScheme"
    static let prefLabel = RDFVocabulary.skos + "prefLabel"
    static let Concept = RDFVocabulary.skos + "Concept"
}

private enum XSD {
    static let date = RDFVocabulary.xsd + "date"
}

private enum EULanguage {
    static let bokmål = RDFVocabulary.euLanguage + "NOB"
    static let nynorsk = RDFVocabulary.euLanguage + "NNO"
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
