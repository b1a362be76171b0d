import Foundation

/// Reads one dcat:Dataset node into the front-matter fields of a dataset record, as
/// `Dataset` in Model/Records.swift defines them. Values that cannot be taken become warnings
/// naming the node; the fields an editor must still fill are left for `orden check` to name.
struct DCATDatasetReader {
    let graph: DCATGraph
    let node: RDFTerm
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var title: String?

    private static let dcat = RDFVocabulary.dcat
    private static let dct = RDFVocabulary.dct
    private static let vcard = RDFVocabulary.vcard

    init(graph: DCATGraph, node: RDFTerm) {
        self.graph = graph
        self.node = node
    }

    /// The fields in the order the record is written, or nil when the dataset has no title.
    mutating func fields() -> [(String, YAMLValue?)]? {
        guard let title = graph.text(node, Self.dct + "title") else {
            warn("the dataset \(graph.describe(node)) has no dct:title; it was not imported",
                 hint: "give the dataset a title in the catalogue and import again")
            return nil
        }
        self.title = title
        var distributions: [(value: YAMLValue, licence: YAMLValue?)] = []
        for candidate in graph.objects(node, Self.dcat + "distribution") {
            if let distribution = distribution(candidate) { distributions.append(distribution) }
        }
        return [
            ("title", .string(title)),
            ("description", graph.text(node, Self.dct + "description").map(YAMLValue.string)),
            ("themes", themes()),
            ("access_rights", accessRights()),
            ("licence", licence(of: node) ?? commonLicence(distributions)),
            ("keywords", YAMLValue.strings(keywords())),
            ("distributions", distributions.isEmpty ? nil : .list(distributions.map(\.value))),
            ("contact", contact()),
            ("spatial", spatial()),
            ("temporal", temporal()),
            ("frequency", frequency()),
            ("issued", day(Self.dct + "issued")),
            ("modified", day(Self.dct + "modified")),
        ]
    }

    // MARK: Closed values

    /// EU data themes; LOS and other vocabularies are left out with a warning.
    private mutating func themes() -> YAMLValue? {
        var themes: [DataTheme] = []
        for object in graph.objects(node, Self.dcat + "theme") {
            guard let iri = object.iri else {
                warn("the dataset \(graph.describe(node)) has a dcat:theme that is not an IRI (\(graph.describeValue(object))); it was left out",
                     hint: "themes are IRIs from the EU data-theme vocabulary, e.g. http://publications.europa.eu/resource/authority/data-theme/GOVE")
                continue
            }
            if let theme = DCATTerms.theme(iri) {
                if !themes.contains(theme) { themes.append(theme) }
            } else if iri.contains("psi.norge.no/los/") {
                warn("the dataset \(graph.describe(node)) has the LOS theme <\(iri)>; Orden keeps only EU data themes, so it was left out",
                     hint: "the EU themes of the dataset are kept; add one to themes if it has none")
            } else {
                warn("the dataset \(graph.describe(node)) has the theme <\(iri)>, which is not in the EU data-theme vocabulary; it was left out",
                     hint: "use the codes AGRI, ECON, EDUC, ENER, ENVI, GOVE, HEAL, INTR, JUST, OP_DATPRO, REGI, SOCI, TECH, TRAN")
            }
        }
        return themes.isEmpty ? nil : .list(themes.map { .string($0.rawValue) })
    }

    private mutating func accessRights() -> YAMLValue? {
        for object in graph.objects(node, Self.dct + "accessRights") {
            if let iri = graph.iriText(object), let rights = DCATTerms.accessRights(iri) { return .string(rights.rawValue) }
            warn("the dataset \(graph.describe(node)) has dct:accessRights \(graph.describeValue(object)), which is not PUBLIC, RESTRICTED or NON_PUBLIC of the EU access-right vocabulary; it was left out",
                 hint: "set access_rights to public, restricted or non-public in the written file")
        }
        return nil
    }

    private mutating func frequency() -> YAMLValue? {
        for object in graph.objects(node, Self.dct + "accrualPeriodicity") {
            if let iri = graph.iriText(object), let frequency = DCATTerms.frequency(iri) { return .string(frequency.rawValue) }
            warn("the dataset \(graph.describe(node)) has dct:accrualPeriodicity \(graph.describeValue(object)), which Orden does not know; it was left out",
                 hint: "Orden knows continuous, daily, weekly, monthly, quarterly, annual, irregular, never and unknown from the EU frequency vocabulary")
        }
        return nil
    }

    /// A dct:license IRI (or a licence document node with an IRI in dct:source / dct:identifier).
    private mutating func licence(of subject: RDFTerm) -> YAMLValue? {
        for object in graph.objects(subject, Self.dct + "license") {
            let candidates = [object] + graph.objects(object, Self.dct + "source") + graph.objects(object, Self.dct + "identifier")
            let graph = self.graph
            if let licence = candidates.lazy.compactMap({ graph.iriText($0).flatMap(DCATTerms.licence) }).first {
                return .string(licence.rawValue)
            }
            warn("\(graph.describe(subject)) has the licence \(graph.describeValue(object)), which is not one Orden knows; it was left out",
                 about: subject, hint: "Orden knows NLOD-2.0, CC-BY-4.0, CC-BY-SA-4.0 and CC0-1.0")
        }
        return nil
    }

    /// When the dataset itself names no licence but all its distributions name the same one.
    private func commonLicence(_ distributions: [(value: YAMLValue, licence: YAMLValue?)]) -> YAMLValue? {
        let licences = distributions.map(\.licence)
        guard let first = licences.first, let first, licences.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    // MARK: Distributions

    /// A distribution as a YAML map, with its licence; nil (and a warning) without a usable
    /// access URL. The download URL stands in for a missing access URL, as DCAT allows.
    private mutating func distribution(_ distribution: RDFTerm) -> (value: YAMLValue, licence: YAMLValue?)? {
        let name = distribution.isBlank && graph.text(distribution, Self.dct + "title") == nil
            ? "a distribution of \(graph.describe(node))"
            : "the distribution \(graph.describe(distribution)) of \(graph.describe(node))"
        guard graph.hasTriples(distribution) else {
            warn("\(name) is not described in this file; it was left out", hint: "describe the distribution in the same file")
            return nil
        }
        let download = webLink(distribution, Self.dcat + "downloadURL", owner: name)
        let accessValues = graph.objects(distribution, Self.dcat + "accessURL")
        let graph = self.graph
        let access = accessValues.lazy.compactMap { graph.iriText($0) }.first { WebLink($0) != nil } ?? download
        guard let access else {
            let found = accessValues.first.map { "dcat:accessURL \(graph.describeValue($0)), which is not a web address" } ?? "no dcat:accessURL"
            warn("\(name) has \(found); it was left out", about: distribution,
                 hint: "a distribution needs an access URL starting with https:// or http://")
            return nil
        }
        let licence = licence(of: distribution)
        let fields: [(String, YAMLValue?)] = [
            ("title", graph.text(distribution, Self.dct + "title").map(YAMLValue.string)),
            ("format", format(of: distribution)),
            ("access_url", .string(access)),
            ("download_url", download.map(YAMLValue.string)),
            ("licence", licence),
        ]
        return (.map(fields.compactMap { key, value in value.map { (key, $0) } }), licence)
    }

    /// dct:format, else dcat:mediaType, as an EU file type.
    private mutating func format(of distribution: RDFTerm) -> YAMLValue? {
        let candidates = graph.objects(distribution, Self.dct + "format") + graph.objects(distribution, Self.dcat + "mediaType")
        for candidate in candidates {
            if let text = graph.iriText(candidate), let format = Self.fileFormat(text) { return .string(format.rawValue) }
        }
        if let first = candidates.first {
            warn("a distribution \(graph.describe(distribution)) of \(graph.describe(node)) has the format \(graph.describeValue(first)), which is not an EU file type Orden knows; it was left out",
                 about: distribution, hint: "Orden knows " + FileFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return nil
    }

    /// An EU file-type IRI, a media type (IRI or text such as text/csv) or a bare code (CSV).
    static func fileFormat(_ text: String) -> FileFormat? {
        if let format = DCATTerms.format(text) { return format }
        let lowered = text.lowercased()
        let mediaType = lowered.components(separatedBy: "/media-types/").last ?? lowered
        if let format = FileFormat.allCases.first(where: { DCATTerms.mediaType($0).map { $0.lowercased().hasSuffix("/media-types/" + mediaType) } ?? false }) {
            return format
        }
        return FileFormat(rawValue: text.uppercased())
    }

    // MARK: Text values

    private func keywords() -> [String] {
        var seen: Set<String> = []
        return graph.texts(node, Self.dcat + "keyword")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    private mutating func contact() -> YAMLValue? {
        guard let point = graph.objects(node, Self.dcat + "contactPoint").first else { return nil }
        let name = graph.text(point, Self.vcard + "fn") ?? graph.text(point, Self.vcard + "organization-name")
        var email: String?
        for object in graph.objects(point, Self.vcard + "hasEmail") {
            guard var text = graph.iriText(object) else { continue }
            if text.lowercased().hasPrefix("mailto:") { text = String(text.dropFirst(7)) }
            if EmailAddress.isPlausible(text) {
                email = text
                break
            }
            warn("the contact point of \(graph.describe(node)) has the e-mail address “\(text)”, which is not an address; it was left out",
                 about: point, hint: "write it as <mailto:name@example.no>")
        }
        let fields: [(String, YAMLValue)] = [("name", name.map(YAMLValue.string)), ("email", email.map(YAMLValue.string))].compactMap { key, value in value.map { (key, $0) } }
        return fields.isEmpty ? nil : .map(fields)
    }

    /// Each dct:spatial as its label when the file gives one, else its IRI or text.
    private func spatial() -> YAMLValue? {
        let names = graph.objects(node, Self.dct + "spatial").compactMap { place -> String? in
            for label in [RDFVocabulary.skos + "prefLabel", RDFVocabulary.rdfs + "label", Self.dct + "title", RDFVocabulary.dcatno + "navn"] {
                if let text = graph.text(place, label) { return text }
            }
            return graph.iriText(place)
        }
        return names.isEmpty ? nil : .string(names.joined(separator: ", "))
    }

    private mutating func temporal() -> YAMLValue? {
        guard let period = graph.objects(node, Self.dct + "temporal").first else { return nil }
        let schema = "http://schema.org/"
        let start = dayValue(graph.objects(period, Self.dcat + "startDate") + graph.objects(period, schema + "startDate"), property: "startDate")
        let end = dayValue(graph.objects(period, Self.dcat + "endDate") + graph.objects(period, schema + "endDate"), property: "endDate")
        let fields = [("start", start), ("end", end)].compactMap { key, value in value.map { (key, YAMLValue.day($0)) } }
        return fields.isEmpty ? nil : .map(fields)
    }

    private mutating func day(_ predicate: String) -> YAMLValue? {
        dayValue(graph.objects(node, predicate), property: predicate.components(separatedBy: "/").last ?? predicate).map(YAMLValue.day)
    }

    /// The day of an xsd:date or xsd:dateTime (the date part as written, without time-zone shifts).
    private mutating func dayValue(_ objects: [RDFTerm], property: String) -> Day? {
        for object in objects {
            if let literal = object.literal, let day = Day(String(literal.value.trimmingCharacters(in: .whitespaces).prefix(10))) { return day }
            warn("\(graph.describe(node)) has \(property) \(graph.describeValue(object)), which is not a date; it was left out",
                 hint: "dates are written as xsd:date (2024-05-31) or xsd:dateTime")
        }
        return nil
    }

    /// A property's value as a web address, or nil (with a warning when there is a value that is not one).
    private mutating func webLink(_ subject: RDFTerm, _ predicate: String, owner: String) -> String? {
        for object in graph.objects(subject, predicate) {
            if let text = graph.iriText(object), WebLink(text) != nil { return text }
            warn("\(owner) has dcat:\(predicate.components(separatedBy: "#").last ?? predicate) \(graph.describeValue(object)), which is not a web address; it was left out",
                 about: subject, hint: "web addresses start with https:// or http://")
        }
        return nil
    }

    /// A warning located where the node (the dataset unless said otherwise) is described.
    private mutating func warn(_ message: String, about subject: RDFTerm? = nil, hint: String? = nil) {
        diagnostics.append(.warning(message, at: graph.location(of: subject ?? node), hint: hint))
    }
}
