import Foundation
import Basics
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import RDF
import Spreadsheet

/// Reads one dcat:Dataset node into the front-matter fields of a dataset record, as
/// `Dataset` in Model/Records.swift defines them. Values that cannot be taken become warnings
/// naming the node; the fields an editor must still fill are left for `orden check` to name.
struct DCATDatasetReader {
    let graph: DCATGraph
    let node: RDFTerm
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var title: String?
    /// The properties read, by node, so that what was not read can be reported.
    private let taken = Taken()
    /// The nodes whose properties become fields (the dataset, its distributions, contact point,
    /// period and places), in the order they were met.
    private var described: [(node: RDFTerm, name: String)] = []

    private final class Taken {
        var properties: [RDFTerm: Set<String>] = [:]
    }

    /// Properties Orden writes itself in the published catalogue, so that the file's values
    /// are replaced rather than lost: the type, the publisher (the municipality), the language
    /// (the municipality's), and the identifier (the dataset's IRI, kept as `uri`).
    private static let replaced: Set<String> = [
        RDFVocabulary.rdf + "type", RDFVocabulary.dct + "publisher", RDFVocabulary.dct + "language", RDFVocabulary.dct + "identifier",
    ]

    private static let dcat = RDFVocabulary.dcat
    private static let dct = RDFVocabulary.dct
    private static let vcard = RDFVocabulary.vcard

    init(graph: DCATGraph, node: RDFTerm) {
        self.graph = graph
        self.node = node
    }

    /// The fields in the order the record is written, or nil when the dataset has no title.
    mutating func fields() -> [(String, YAMLValue?)]? {
        guard let title = text(node, Self.dct + "title") else {
            warn("the dataset \(graph.describe(node)) has no dct:title; it was not imported",
                 hint: "give the dataset a title in the catalogue and import again")
            return nil
        }
        self.title = title
        described.append((node, "the dataset \(graph.describe(node))"))
        var distributions: [(value: YAMLValue, licence: YAMLValue?)] = []
        for candidate in objects(node, Self.dcat + "distribution") {
            if let distribution = distribution(candidate) { distributions.append(distribution) }
        }
        let fields: [(String, YAMLValue?)] = [
            ("uri", uri()),
            ("title", .string(title)),
            ("description", text(node, Self.dct + "description").map(YAMLValue.string)),
            ("themes", themes()),
            ("los_themes", losThemes.isEmpty ? nil : .list(losThemes.map { .string($0.rawValue) })),
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
        reportUntaken()
        return fields
    }

    /// The dataset's IRI, which the published catalogue keeps as its identity; nil for a blank
    /// node, and for an IRI that is not a web address (a urn:), with a warning.
    private mutating func uri() -> YAMLValue? {
        guard let iri = node.iri else { return nil }
        if WebLink(iri) != nil { return .string(iri) }
        warn("the dataset <\(iri)> has an IRI that is not a web address; the published catalogue describes it under its page's address instead",
             hint: "data.norge.no will then see a new dataset; give the dataset an http(s) IRI in its own catalogue to keep one identity")
        return nil
    }

    /// Every property of a described node that no field took, one warning per node.
    private mutating func reportUntaken() {
        for (subject, name) in described {
            let read = taken.properties[subject] ?? []
            var left: [String] = []
            for triple in graph.triples(of: subject) where !read.contains(triple.predicate) && !Self.replaced.contains(triple.predicate) {
                let short = Self.compact(triple.predicate)
                if !left.contains(short) { left.append(short) }
            }
            guard !left.isEmpty else { continue }
            warn("\(name) has \(left.count == 1 ? "a property" : "properties") Orden does not keep: \(left.joined(separator: ", ")); \(left.count == 1 ? "it was" : "they were") left out",
                 about: subject, hint: "add what matters to the record's text (body) by hand, or keep publishing it from the original catalogue")
        }
    }

    /// `dct:conformsTo` for the vocabularies the writers know; other IRIs in full.
    static func compact(_ iri: String) -> String {
        for (prefix, namespace) in RDFVocabulary.prefixes where iri.hasPrefix(namespace) && iri.count > namespace.count {
            return prefix + ":" + iri.dropFirst(namespace.count)
        }
        return "<\(iri)>"
    }

    // MARK: Reading, noting what was read

    private func objects(_ subject: RDFTerm, _ predicate: String) -> [RDFTerm] {
        taken.properties[subject, default: []].insert(predicate)
        return graph.objects(subject, predicate)
    }

    private func text(_ subject: RDFTerm, _ predicate: String) -> String? {
        taken.properties[subject, default: []].insert(predicate)
        return graph.text(subject, predicate)
    }

    private func texts(_ subject: RDFTerm, _ predicate: String) -> [String] {
        taken.properties[subject, default: []].insert(predicate)
        return graph.texts(subject, predicate)
    }

    // MARK: Closed values

    /// The LOS themes among the dataset's dcat:theme, found while reading its EU themes.
    private var losThemes: [LOSTheme] = []

    /// EU data themes, and LOS themes into `losThemes`; other LOS terms and other
    /// vocabularies are left out with a warning.
    private mutating func themes() -> YAMLValue? {
        var themes: [DataTheme] = []
        for object in objects(node, Self.dcat + "theme") {
            guard let iri = object.iri else {
                warn("the dataset \(graph.describe(node)) has a dcat:theme that is not an IRI (\(graph.describeValue(object))); it was left out",
                     hint: "themes are IRIs from the EU data-theme vocabulary, e.g. http://publications.europa.eu/resource/authority/data-theme/GOVE")
                continue
            }
            if let theme = DCATTerms.theme(iri) {
                if !themes.contains(theme) { themes.append(theme) }
            } else if iri.hasPrefix(LOSTheme.prefix), let theme = LOSTheme(rawValue: String(iri.dropFirst(LOSTheme.prefix.count))) {
                if !losThemes.contains(theme) { losThemes.append(theme) }
            } else if iri.contains("psi.norge.no/los/") {
                warn("the dataset \(graph.describe(node)) has the LOS term <\(iri)>, which is not one of LOS's themes (https://psi.norge.no/los/tema/…); it was left out",
                     hint: "los_themes takes LOS's main themes and the themes under them, e.g. helse-og-omsorg or helsetjenester; LOS's words (ord) are not themes")
            } else {
                warn("the dataset \(graph.describe(node)) has the theme <\(iri)>, which is not in the EU data-theme vocabulary; it was left out",
                     hint: "use the codes AGRI, ECON, EDUC, ENER, ENVI, GOVE, HEAL, INTR, JUST, OP_DATPRO, REGI, SOCI, TECH, TRAN")
            }
        }
        return themes.isEmpty ? nil : .list(themes.map { .string($0.rawValue) })
    }

    private mutating func accessRights() -> YAMLValue? {
        for object in objects(node, Self.dct + "accessRights") {
            if let iri = graph.iriText(object), let rights = DCATTerms.accessRights(iri) { return .string(rights.rawValue) }
            warn("the dataset \(graph.describe(node)) has dct:accessRights \(graph.describeValue(object)), which is not PUBLIC, RESTRICTED or NON_PUBLIC of the EU access-right vocabulary; it was left out",
                 hint: "set access_rights to public, restricted or non-public in the written file")
        }
        return nil
    }

    private mutating func frequency() -> YAMLValue? {
        for object in objects(node, Self.dct + "accrualPeriodicity") {
            if let iri = graph.iriText(object), let frequency = DCATTerms.frequency(iri) { return .string(frequency.rawValue) }
            warn("the dataset \(graph.describe(node)) has dct:accrualPeriodicity \(graph.describeValue(object)), which Orden does not know; it was left out",
                 hint: "Orden knows continuous, daily, weekly, monthly, quarterly, annual, irregular, never and unknown from the EU frequency vocabulary")
        }
        return nil
    }

    /// A dct:license IRI (or a licence document node with an IRI in dct:source / dct:identifier).
    private mutating func licence(of subject: RDFTerm) -> YAMLValue? {
        for object in objects(subject, Self.dct + "license") {
            let candidates = [object] + objects(object, Self.dct + "source") + objects(object, Self.dct + "identifier")
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
        let name = distribution.isBlank && text(distribution, Self.dct + "title") == nil
            ? "a distribution of \(graph.describe(node))"
            : "the distribution \(graph.describe(distribution)) of \(graph.describe(node))"
        guard graph.hasTriples(distribution) else {
            warn("\(name) is not described in this file; it was left out", hint: "describe the distribution in the same file")
            return nil
        }
        let download = webLink(distribution, Self.dcat + "downloadURL", owner: name)
        let accessValues = objects(distribution, Self.dcat + "accessURL")
        let graph = self.graph
        let access = accessValues.lazy.compactMap { graph.iriText($0) }.first { WebLink($0) != nil } ?? download
        guard let access else {
            let found = accessValues.first.map { "dcat:accessURL \(graph.describeValue($0)), which is not a web address" } ?? "no dcat:accessURL"
            warn("\(name) has \(found); it was left out", about: distribution,
                 hint: "a distribution needs an access URL starting with https:// or http://")
            return nil
        }
        let others = accessValues.compactMap { graph.iriText($0) }.filter { $0 != access }
        if !others.isEmpty {
            warn("\(name) has \(others.count + 1) dcat:accessURL values; Orden keeps one (\(access)), so \(others.map { "<\($0)>" }.joined(separator: ", ")) \(others.count == 1 ? "was" : "were") left out",
                 about: distribution, hint: "describe each address as a distribution of its own if each matters")
        }
        described.append((distribution, name))
        let licence = licence(of: distribution)
        let fields: [(String, YAMLValue?)] = [
            ("title", text(distribution, Self.dct + "title").map(YAMLValue.string)),
            ("format", format(of: distribution)),
            ("access_url", .string(access)),
            ("download_url", download.map(YAMLValue.string)),
            ("licence", licence),
        ]
        return (.map(fields.compactMap { key, value in value.map { (key, $0) } }), licence)
    }

    /// dct:format, else dcat:mediaType, as an EU file type.
    private mutating func format(of distribution: RDFTerm) -> YAMLValue? {
        let candidates = objects(distribution, Self.dct + "format") + objects(distribution, Self.dcat + "mediaType")
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
        return texts(node, Self.dcat + "keyword")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The first contact point: its name (vcard:fn, else the organisation's name, with the
    /// unit), e-mail, web address and telephone. Further contact points are reported.
    private mutating func contact() -> YAMLValue? {
        let points = objects(node, Self.dcat + "contactPoint")
        guard let point = points.first else { return nil }
        if points.count > 1 {
            warn("\(graph.describe(node)) has \(points.count) contact points; Orden keeps one, so \(points.dropFirst().map(graph.describeValue).joined(separator: ", ")) \(points.count == 2 ? "was" : "were") left out",
                 about: points[1], hint: "a dataset record has one contact; name the others in the record's text if they matter")
        }
        let owner = "the contact point of \(graph.describe(node))"
        described.append((point, owner))
        let vcard = Self.vcard
        let organisation = text(point, vcard + "hasOrganizationName") ?? text(point, vcard + "organization-name")
        let unit = text(point, vcard + "organization-unit") ?? text(point, vcard + "organizationUnit") ?? text(point, vcard + "hasOrganizationUnit")
        let name = text(point, vcard + "fn") ?? [organisation, unit].compactMap { $0 }.joined(separator: ", ").nonEmpty
        var email: String?
        for object in objects(point, vcard + "hasEmail") {
            guard var text = graph.iriText(object) else { continue }
            if text.lowercased().hasPrefix("mailto:") { text = String(text.dropFirst(7)) }
            if EmailAddress.isPlausible(text) {
                email = text
                break
            }
            warn("\(owner) has the e-mail address “\(text)”, which is not an address; it was left out",
                 about: point, hint: "write it as <mailto:name@example.no>")
        }
        let url = webLink(point, vcard + "hasURL", owner: owner)
        var phone: String?
        for object in objects(point, vcard + "hasTelephone") {
            let value = graph.objects(object, vcard + "hasValue").first ?? object
            guard var text = graph.iriText(value) else { continue }
            if text.lowercased().hasPrefix("tel:") { text = String(text.dropFirst(4)) }
            if text.contains(where: \.isNumber) {
                phone = text
                break
            }
        }
        let fields: [(String, YAMLValue)] = [
            ("name", name.map(YAMLValue.string)), ("email", email.map(YAMLValue.string)),
            ("url", url.map(YAMLValue.string)), ("phone", phone.map(YAMLValue.string)),
        ].compactMap { key, value in value.map { (key, $0) } }
        if fields.isEmpty {
            warn("\(owner) has no name, e-mail address, web address or telephone Orden can read; it was left out",
                 about: point, hint: "give the contact point vcard:fn or vcard:hasOrganizationName and vcard:hasEmail")
        }
        return fields.isEmpty ? nil : .map(fields)
    }

    /// Every dct:spatial: an IRI (with its label when the file gives one), or a name. A place
    /// described only by a blank node keeps its name; its geometry is reported.
    private mutating func spatial() -> YAMLValue? {
        var places: [YAMLValue] = []
        for place in objects(node, Self.dct + "spatial") {
            var label: String?
            for predicate in [RDFVocabulary.skos + "prefLabel", RDFVocabulary.rdfs + "label", Self.dct + "title", RDFVocabulary.dcatno + "navn", "http://www.w3.org/ns/locn#geographicName"] {
                if let found = text(place, predicate) {
                    label = found
                    break
                }
            }
            switch place {
            case .iri(let iri):
                if graph.hasTriples(place) { described.append((place, "the place <\(iri)> of \(graph.describe(node))")) }
                guard WebLink(iri) != nil else {
                    warn("\(graph.describe(node)) has the place <\(iri)>, which is not a web address; \(label.map { "its name “\($0)” was kept" } ?? "it was left out")",
                         hint: "DCAT-AP-NO publishes places as http(s) IRIs, e.g. https://data.geonorge.no/administrativeEnheter/kommune/id/3301")
                    if let label { places.append(.string(label)) }
                    continue
                }
                places.append(label.map { .map([("name", .string($0)), ("uri", .string(iri))]) } ?? .string(iri))
            case .blank:
                described.append((place, "a place of \(graph.describe(node))"))
                guard let label else {
                    warn("\(graph.describe(node)) has a place that is a blank node without a name; it was left out", about: place,
                         hint: "name places by an IRI, e.g. https://data.geonorge.no/administrativeEnheter/kommune/id/3301")
                    continue
                }
                warn("\(graph.describe(node)) has the place “\(label)” without an IRI; its name was kept, but the published catalogue can only list places that have one",
                     about: place, hint: "add its IRI as uri (e.g. https://data.geonorge.no/administrativeEnheter/kommune/id/3301), or write municipality")
                places.append(.string(label))
            case .literal(let literal):
                let name = literal.value.trimmingCharacters(in: .whitespacesAndNewlines)
                if !name.isEmpty { places.append(.string(name)) }
            }
        }
        if places.count == 1 { return places[0] }
        return places.isEmpty ? nil : .list(places)
    }

    private mutating func temporal() -> YAMLValue? {
        let periods = objects(node, Self.dct + "temporal")
        guard let period = periods.first else { return nil }
        if periods.count > 1 {
            warn("\(graph.describe(node)) has \(periods.count) periods (dct:temporal); Orden keeps the first, so the others were left out",
                 about: periods[1], hint: "a dataset record has one period: from the first start to the last end, if that is right")
        }
        described.append((period, "the period of \(graph.describe(node))"))
        let schema = "http://schema.org/"
        let start = dayValue(objects(period, Self.dcat + "startDate") + objects(period, schema + "startDate"), property: "startDate")
        let end = dayValue(objects(period, Self.dcat + "endDate") + objects(period, schema + "endDate"), property: "endDate")
        let fields = [("start", start), ("end", end)].compactMap { key, value in value.map { (key, YAMLValue.day($0)) } }
        return fields.isEmpty ? nil : .map(fields)
    }

    private mutating func day(_ predicate: String) -> YAMLValue? {
        dayValue(objects(node, predicate), property: predicate.components(separatedBy: "/").last ?? predicate).map(YAMLValue.day)
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
        for object in objects(subject, predicate) {
            if let text = graph.iriText(object), WebLink(text) != nil { return text }
            warn("\(owner) has \(Self.compact(predicate)) \(graph.describeValue(object)), which is not a web address; it was left out",
                 about: subject, hint: "web addresses start with https:// or http://")
        }
        return nil
    }

    /// A warning located where the node (the dataset unless said otherwise) is described.
    private mutating func warn(_ message: String, about subject: RDFTerm? = nil, hint: String? = nil) {
        diagnostics.append(.warning(message, at: graph.location(of: subject ?? node), hint: hint))
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
