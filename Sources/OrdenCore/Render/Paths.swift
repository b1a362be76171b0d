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

    public func href(_ path: String) -> String {
        path.isEmpty ? root : root == "./" ? path : root + path
    }
}
