/// The site's addresses. They are part of the interface: harvesters, bookmarks and other sites
/// link to them. Every page path ends in `/` and is written as `index.html` in its folder.
public enum Paths {
    public static let home = ""
    public static let municipalities = "kommuner/"
    public static let catalogue = "katalog/"
    public static let products = "katalog/produkter/"
    public static let vendors = "katalog/leverandorer/"
    public static let serviceAreas = "katalog/tjenesteomrader/"
    public static let standards = "katalog/standarder/"
    public static let datasetCatalogue = "datasett/"
    public static let openData = "apne-data/"
    public static let stylesheet = "assets/style.css"
    public static let regions = "regioner/"
    public static let comparisons = "sammenligning/"
    public static let reports = "rapporter/"
    public static let guide = "veileder/"
    public static let search = "sok/"
    public static let progress = guide + Guide.progressFolder + "/"

    public static func guidePage(_ id: String) -> String { "\(guide)\(id)/" }

    public static func region(_ slug: String) -> String { "\(regions)\(slug)/" }

    /// Where an initiative's page is: under its municipality or its region.
    public static func initiative(_ key: InitiativeKey, in catalogue: Catalogue) -> String? {
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
    public static func comparisons(_ scope: Scope, in catalogue: Catalogue) -> String? {
        switch scope {
        case .site: comparisons
        case .region(let slug): catalogue.regions[slug] == nil ? nil : comparisons + "regioner/\(slug)/"
        case .municipality: nil
        }
    }

    /// The folder of a scope's reports.
    public static func reports(_ scope: Scope, in catalogue: Catalogue) -> String? {
        switch scope {
        case .site: reports
        case .region(let slug): catalogue.regions[slug] == nil ? nil : reports + "regioner/\(slug)/"
        case .municipality(let number): catalogue.municipalities[number].map { reports + "kommuner/\(number)-\($0.slug)/" }
        }
    }

    public static func municipality(_ entry: MunicipalityEntry) -> String {
        municipality(number: entry.number, slug: entry.slug)
    }
    public static func municipality(number: String, slug: String) -> String { "kommuner/\(number)-\(slug)/" }

    public static func product(_ id: String) -> String { "\(products)\(id)/" }
    public static func vendor(_ id: String) -> String { "\(vendors)\(id)/" }
    public static func serviceArea(_ id: String) -> String { "\(serviceAreas)\(id)/" }
    public static func standard(_ id: String) -> String { "\(standards)\(id)/" }

    /// The folder under a municipality that lists one local kind.
    public static func localFolder(_ kind: RecordKind) -> String {
        switch kind {
        case .system: "systemer"
        case .dataset: "datasett"
        case .processing: "behandlinger"
        case .contract: "avtaler"
        case .initiative: "tiltak"
        default: ""
        }
    }

    public static func localList(_ kind: RecordKind, in entry: MunicipalityEntry) -> String {
        municipality(entry) + localFolder(kind) + "/"
    }

    public static func local(_ kind: RecordKind, _ key: LocalKey, in catalogue: Catalogue) -> String? {
        guard let entry = catalogue.municipalities[key.municipality] else { return nil }
        return localList(kind, in: entry) + key.id + "/"
    }
}

/// Relative links from one page, so the site works from any folder of any host and from disk.
public struct Linker: Sendable {
    /// `../` once per folder level of the page.
    public let root: String

    public init(pagePath: String) {
        let depth = pagePath.split(separator: "/").count
        root = depth == 0 ? "./" : String(repeating: "../", count: depth)
    }

    /// Links from a fixed root path such as `/orden/`.
    public init(root: String) {
        self.root = root
    }

    public func href(_ path: String) -> String {
        path.isEmpty ? root : root == "./" ? path : root + path
    }
}
