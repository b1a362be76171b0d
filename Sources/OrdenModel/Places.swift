import Foundation
import FrontMatter

/// The vocabularies a place's IRI may come from. DCAT-AP-NO 2.0's shapes (SpatialRestriction)
/// want each dct:spatial to name its skos:inScheme, and list the EU country, continent and place
/// authority tables and GeoNames; data.norge.no itself offers Kartverket's administrative units.
/// `orden check` refuses a place from any other vocabulary, which the shapes would reject.
package enum PlaceVocabulary {
    static let euAuthority = "publications.europa.eu/resource/authority/"
    static let euTables: Set<String> = ["country", "continent", "place"]
    static let kartverketLevels: Set<String> = ["kommune", "fylke", "nasjon"]

    /// The scheme of a place IRI, or nil when it is from none of the vocabularies.
    package static func scheme(of iri: String) -> String? {
        let lowered = iri.lowercased()
        let scheme = lowered.hasPrefix("https://") ? "https://" : lowered.hasPrefix("http://") ? "http://" : nil
        guard let scheme else { return nil }
        let rest = iri.dropFirst(scheme.count)
        let parts = rest.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        // http://publications.europa.eu/resource/authority/country/NOR
        if rest.hasPrefix(euAuthority), parts.count == 5, euTables.contains(parts[3]), !parts[4].isEmpty {
            return scheme + euAuthority + parts[3]
        }
        // https://sws.geonames.org/3143244/ (the shapes name the scheme http://sws.geonames.org)
        if parts.first == "sws.geonames.org", parts.count >= 2, !parts[1].isEmpty, parts[1].allSatisfy(\.isASCIIDigit),
           parts.dropFirst(2).allSatisfy({ $0.isEmpty || $0 == "about.rdf" }) {
            return "http://sws.geonames.org"
        }
        // https://data.geonorge.no/administrativeEnheter/kommune/id/173018
        if parts.count == 5, parts[0] == "data.geonorge.no", parts[1] == "administrativeEnheter", kartverketLevels.contains(parts[2]),
           parts[3] == "id", !parts[4].isEmpty, parts[4].allSatisfy(\.isASCIIDigit) {
            return "https://data.geonorge.no/administrativeEnheter/" + parts[2]
        }
        return nil
    }

    /// A place IRI as the vocabulary itself writes it, for the published catalogue: the EU tables
    /// and GeoNames under http:// (the form DCAT-AP-NO's shapes match, 3 only that one), a
    /// GeoNames feature ending in its id and a slash. Other IRIs are kept as written.
    package static func canonical(_ iri: String) -> String {
        guard let scheme = scheme(of: iri) else { return iri }
        let rest = iri.drop { $0 != ":" }.dropFirst(3)
        if scheme == "http://sws.geonames.org" {
            let id = rest.split(separator: "/")[1]
            return "http://sws.geonames.org/\(id)/"
        }
        if scheme.contains(euAuthority) { return "http://" + rest }
        return iri
    }

    /// For hints: what a place IRI may look like.
    package static let examples = "a Kartverket unit (https://data.geonorge.no/administrativeEnheter/kommune/id/3301), an EU country (http://publications.europa.eu/resource/authority/country/NOR), continent or place, or a GeoNames feature (https://sws.geonames.org/3143244/)"
}

/// Kartverket's administrative units as IRIs under data.geonorge.no.
package enum KartverketUnit {
    /// The IRI of a municipality by its kommunenummer: data.norge.no's reference data (the
    /// KommuneHarvester of github.com/Informasjonsforvaltning/fdk-reference-data) forms the
    /// municipalities of Geonorge's kommuneinfo API (https://ws.geonorge.no/kommuneinfo/v1)
    /// as https://data.geonorge.no/administrativeEnheter/kommune/id/<kommunenummer>, which is
    /// what data.norge.no offers for dct:spatial. (Catalogues also carry the older form with
    /// Kartverket's object id, e.g. …/kommune/id/173018; both are read as they stand.)
    package static func municipalityIRI(_ number: String) -> String {
        "https://data.geonorge.no/administrativeEnheter/kommune/id/" + number
    }
}
