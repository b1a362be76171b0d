import Basics
import FrontMatter
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSource
import RDF

/// The site's addresses. They are part of the interface: harvesters, bookmarks and other sites
/// link to them. Every page path ends in `/` and is written as `index.html` in its folder.
package enum Paths {
    package static let home = ""
    package static let municipalities = "kommuner/"
    package static let catalogue = "katalog/"
    package static let products = "katalog/produkter/"
    package static let vendors = "katalog/leverandorer/"
    package static let serviceAreas = "katalog/tjenesteomrader/"
    package static let standards = "katalog/standarder/"
    package static let datasetCatalogue = "datasett/"
    package static let openData = "apne-data/"
    package static let stylesheet = "assets/style.css"
    package static let regions = "regioner/"
    package static let comparisons = "sammenligning/"
    package static let reports = "rapporter/"
    package static let guide = "veileder/"
    package static let search = "sok/"
    package static let progress = guide + Guide.progressFolder + "/"

    package static func guidePage(_ id: String) -> String { "\(guide)\(id)/" }

    package static func region(_ slug: String) -> String { "\(regions)\(slug)/" }

    /// Where an initiative's page is: under its municipality or its region.
    package static func initiative(_ key: InitiativeKey, in catalogue: Catalogue) -> String? {
        switch key.owner {
        case .municipality(let number):
            return catalogue.municipalities[number].map { localList(.initiative, in: $0) + key.id + "/" }
        case .region(let slug):
            return catalogue.regions[slug] == nil ? nil : region(slug) + "tiltak/\(key.id)/"
        case .site:
            return nil
        }
    }

    /// The folder of a scope's comparisons (site or region).
    package static func comparisons(_ scope: Scope, in catalogue: Catalogue) -> String? {
        switch scope {
        case .site: comparisons
        case .region(let slug): catalogue.regions[slug] == nil ? nil : comparisons + "regioner/\(slug)/"
        case .municipality: nil
        }
    }

    /// The folder of a scope's reports.
    package static func reports(_ scope: Scope, in catalogue: Catalogue) -> String? {
        switch scope {
        case .site: reports
        case .region(let slug): catalogue.regions[slug] == nil ? nil : reports + "regioner/\(slug)/"
        case .municipality(let number): catalogue.municipalities[number].map { reports + "kommuner/\(number)-\($0.slug)/" }
        }
    }

    package static func municipality(_ entry: MunicipalityEntry) -> String {
        municipality(number: entry.number, slug: entry.slug)
    }
    package static func municipality(number: String, slug: String) -> String { "kommuner/\(number)-\(slug)/" }

    package static func product(_ id: String) -> String { "\(products)\(id)/" }
    package static func vendor(_ id: String) -> String { "\(vendors)\(id)/" }
    package static func serviceArea(_ id: String) -> String { "\(serviceAreas)\(id)/" }
    package static func standard(_ id: String) -> String { "\(standards)\(id)/" }

    /// The folder under a municipality that lists one local kind.
    package static func localFolder(_ kind: RecordKind) -> String {
        switch kind {
        case .system: "systemer"
        case .dataset: "datasett"
        case .processing: "behandlinger"
        case .contract: "avtaler"
        case .initiative: "tiltak"
        default: ""
        }
    }

    package static func localList(_ kind: RecordKind, in entry: MunicipalityEntry) -> String {
        municipality(entry) + localFolder(kind) + "/"
    }

    package static func local(_ kind: RecordKind, _ key: LocalKey, in catalogue: Catalogue) -> String? {
        guard let entry = catalogue.municipalities[key.municipality] else { return nil }
        return localList(kind, in: entry) + key.id + "/"
    }
}

/// Relative links from one page, so the site works from any folder of any host and from disk.
package struct Linker: Sendable {
    /// `../` once per folder level of the page.
    package let root: String

    package init(pagePath: String) {
        let depth = pagePath.split(separator: "/").count
        root = depth == 0 ? "./" : String(repeating: "../", count: depth)
    }

    /// Links from a fixed root path such as `/orden/`.
    package init(root: String) {
        self.root = root
    }

    package func href(_ path: String) -> String {
        path.isEmpty ? root : root == "./" ? path : root + path
    }
}

extension DatasetListing {
    package var path: String { self == .catalogue ? Paths.datasetCatalogue : Paths.openData }
}

extension DatasetFilter {
    /// `datasett/tema/gove/`, `apne-data/kommune/9901-storlia/`.
    package func path(in listing: DatasetListing, catalogue: Catalogue) -> String? {
        let segment: String
        if case .municipality(let number) = self {
            guard let entry = catalogue.municipalities[number] else { return nil }
            segment = "\(number)-\(entry.slug)"
        } else {
            segment = code.lowercased().replacingOccurrences(of: "_", with: "-")
        }
        return listing.path + dimension.rawValue + "/" + segment + "/"
    }
}
