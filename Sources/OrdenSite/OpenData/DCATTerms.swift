import CommonMark
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import RDF

/// How Orden's closed values map to the EU vocabularies DCAT-AP-NO uses, both ways: the
/// catalogue writer turns values into IRIs, `orden import dcat` turns IRIs back into values.
package enum DCATTerms {
    // Each value's IRI is made once: a triple holds the string it is given, and an IRI concatenated
    // per dataset would be one more copy in the catalogue's graph for every use.
    package static func iri(_ theme: DataTheme) -> String { themeIRIs[theme]! }  // safe: the table has every case
    package static func iri(_ rights: AccessRights) -> String { accessRightIRIs[rights]! }  // safe: every case
    package static func iri(_ frequency: UpdateFrequency) -> String { frequencyIRIs[frequency]! }  // safe: every case
    package static func iri(_ format: FileFormat) -> String { fileTypeIRIs[format]! }  // safe: every case
    package static func iri(_ licence: DatasetLicence) -> String { licenceIRIs[licence]! }  // safe: every case

    private static let themeIRIs = table { (theme: DataTheme) in RDFVocabulary.euTheme + theme.rawValue }
    private static let fileTypeIRIs = table { (format: FileFormat) in RDFVocabulary.euFileType + format.rawValue }

    private static let accessRightIRIs = table { (rights: AccessRights) in
        let code = switch rights {
        case .public: "PUBLIC"
        case .restricted: "RESTRICTED"
        case .nonPublic: "NON_PUBLIC"
        }
        return RDFVocabulary.euAccessRight + code
    }

    private static let frequencyIRIs = table { (frequency: UpdateFrequency) in
        let code = switch frequency {
        case .continuous: "CONT"
        case .daily: "DAILY"
        case .weekly: "WEEKLY"
        case .monthly: "MONTHLY"
        case .quarterly: "QUARTERLY"
        case .annual: "ANNUAL"
        case .irregular: "IRREG"
        case .never: "NEVER"
        case .unknown: "UNKNOWN"
        }
        return RDFVocabulary.euFrequency + code
    }

    /// Each licence's IRI in the EU licence vocabulary.
    private static let licenceIRIs = table { (licence: DatasetLicence) in
        switch licence {
        case .nlod20: RDFVocabulary.euLicence + "NLOD_2_0"
        case .ccBy40: RDFVocabulary.euLicence + "CC_BY_4_0"
        case .ccBySa40: RDFVocabulary.euLicence + "CC_BYSA_4_0"
        case .cc010: RDFVocabulary.euLicence + "CC0"
        }
    }

    private static func table<Value: CaseIterable & Hashable>(_ iri: (Value) -> String) -> [Value: String] {
        Dictionary(uniqueKeysWithValues: Value.allCases.map { ($0, iri($0)) })
    }

    /// A media type for the formats that have one, for dcat:mediaType.
    package static func mediaType(_ format: FileFormat) -> String? { mediaTypeIRIs[format] }

    private static let mediaTypeIRIs: [FileFormat: String] = [
        .csv: "text/csv", .json: "application/json", .jsonLD: "application/ld+json", .xml: "application/xml",
        .geojson: "application/geo+json", .gml: "application/gml+xml", .pdf: "application/pdf", .html: "text/html",
        .zip: "application/zip", .txt: "text/plain", .rdfTurtle: "text/turtle", .rdfXML: "application/rdf+xml",
        .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        .ods: "application/vnd.oasis.opendocument.spreadsheet",
    ].mapValues { "https://www.iana.org/assignments/media-types/" + $0 }

    // MARK: Reading back

    package static func theme(_ iri: String) -> DataTheme? {
        guard let code = lastSegment(iri, under: ["publications.europa.eu/resource/authority/data-theme/"]) else { return nil }
        return DataTheme(rawValue: code.uppercased())
    }

    package static func accessRights(_ iri: String) -> AccessRights? {
        guard let code = lastSegment(iri, under: ["publications.europa.eu/resource/authority/access-right/"])?.uppercased() else { return nil }
        return switch code {
        case "PUBLIC": .public
        case "RESTRICTED": .restricted
        case "NON_PUBLIC": .nonPublic
        default: nil
        }
    }

    package static func frequency(_ iri: String) -> UpdateFrequency? {
        guard let code = lastSegment(iri, under: ["publications.europa.eu/resource/authority/frequency/"])?.uppercased() else { return nil }
        return UpdateFrequency.allCases.first { self.iri($0).hasSuffix("/" + code) }
    }

    package static func format(_ iri: String) -> FileFormat? {
        guard let code = lastSegment(iri, under: ["publications.europa.eu/resource/authority/file-type/"]) else { return nil }
        return FileFormat(rawValue: code.uppercased())
    }

    /// Reads the IRI forms in use for the supported licences: data.norge.no's NLOD, the EU
    /// licence vocabulary and creativecommons.org's own addresses.
    package static func licence(_ iri: String) -> DatasetLicence? {
        var text = iri.lowercased()
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        while text.hasSuffix("/") { text.removeLast() }
        switch text {
        case "data.norge.no/nlod/no/2.0", "data.norge.no/nlod/en/2.0", "data.norge.no/nlod/no", "data.norge.no/nlod/2.0",
             "publications.europa.eu/resource/authority/licence/nlod_2_0":
            return .nlod20
        case "creativecommons.org/licenses/by/4.0", "creativecommons.org/licenses/by/4.0/deed.no",
             "publications.europa.eu/resource/authority/licence/cc_by_4_0":
            return .ccBy40
        case "creativecommons.org/licenses/by-sa/4.0", "publications.europa.eu/resource/authority/licence/cc_bysa_4_0":
            return .ccBySa40
        case "creativecommons.org/publicdomain/zero/1.0", "publications.europa.eu/resource/authority/licence/cc0":
            return .cc010
        default:
            return nil
        }
    }

    /// The last path segment of an IRI in one of the given namespaces (scheme left out).
    static func lastSegment(_ iri: String, under namespaces: [String]) -> String? {
        var text = iri
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        for namespace in namespaces where text.hasPrefix(namespace) {
            let rest = text.dropFirst(namespace.count)
            return rest.isEmpty || rest.contains("/") ? nil : String(rest)
        }
        return nil
    }
}
