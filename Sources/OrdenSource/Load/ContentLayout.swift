import FrontMatter
import OrdenModel

/// Where each kind of record lives in a content repository, and what a path means.
package enum ContentLayout {
    package static let configFile = "orden.yml"
    package static let contentFolder = "content"

    /// What a content file is, read from its path.
    package struct Entry: Sendable, Equatable {
        package var kind: RecordKind
        package var id: String
        /// The municipality folder (`9901-storlia`) for municipal records.
        package var municipalityFolder: String?
        /// The region folder (`fjellbygdradet`) for a region's shared initiatives.
        package var regionFolder: String? = nil

        package init(kind: RecordKind, id: String, municipalityFolder: String? = nil, regionFolder: String? = nil) {
            self.kind = kind
            self.id = id
            self.municipalityFolder = municipalityFolder
            self.regionFolder = regionFolder
        }
    }

    package enum Classification: Sendable, Equatable {
        case record(Entry)
        /// A Markdown file where no record kind lives.
        case misplaced(hint: String)
        /// A file that looks meant as a record but is not read as one: `X.MD`, `x.markdown`,
        /// `.x.md`. Said, so that nothing an editor wrote disappears without a word.
        case unread(reason: String, hint: String)
        /// Not a content file (an image, a README beside the content).
        case ignored
        /// A page of the guide in content/guide/: its id, or nil for the guide's front page (_index.md).
        case guide(page: String?)
    }

    static let catalogueKinds: [RecordKind] = [.vendor, .product, .serviceArea, .standard]
    package static let localKinds: [RecordKind] = [.system, .dataset, .processing, .contract, .initiative]
    package static let regionsFolder = "regions"
    package static let guideFolder = "guide"

    /// Endings of Markdown files other than `.md`, which Orden does not read.
    static let otherMarkdownEndings = [".markdown", ".mdown", ".mkd", ".mkdn"]

    package static func classify(_ path: String) -> Classification {
        guard path.hasPrefix(contentFolder + "/") else { return .ignored }
        guard path.hasSuffix(".md") else { return classifyOther(path) }
        // Substrings: this runs for every file before the files are read.
        let parts = path.split(separator: "/")
        let fileName = parts[parts.count - 1]
        let id = String(fileName.dropLast(3))
        if fileName.hasPrefix(".#") { return .ignored }  // an editor's lock file
        if fileName.hasPrefix(".") {
            return .unread(reason: "a file whose name starts with a dot is hidden, so it is not read or published",
                           hint: "if it is meant as a record, rename it to \(Identifier.suggestion(for: String(id.drop { $0 == "." }))).md")
        }
        guard parts.count >= 3 else {
            return .misplaced(hint: "records live under content/catalogue/ and content/municipalities/")
        }
        let folder = parts.dropLast().joined(separator: "/")
        switch parts[1] {
        case "catalogue":
            if parts.count >= 4, let kind = catalogueKinds.first(where: { $0.folder == parts[2] }) {
                guard parts.count == 4 else { return .misplaced(hint: subfolderHint(kind: "content/catalogue/\(parts[2])", id: id, folder: folder)) }
                return .record(Entry(kind: kind, id: id))
            }
            return .misplaced(hint: "catalogue records live in content/catalogue/{vendors,products,service-areas,standards}/")
        case "municipalities":
            guard parts.count >= 4 else {
                return .misplaced(hint: "each municipality has its own folder: content/municipalities/<number>-<name>/_index.md")
            }
            let folder = String(parts[2])
            if parts.count == 4 && fileName == "_index.md" {
                return .record(Entry(kind: .municipality, id: folder, municipalityFolder: folder))
            }
            if parts.count >= 5, let kind = localKinds.first(where: { $0.folder == parts[3] }) {
                guard parts.count == 5 else {
                    return .misplaced(hint: subfolderHint(kind: parts.prefix(4).joined(separator: "/"), id: id, folder: parts.dropLast().joined(separator: "/")))
                }
                return .record(Entry(kind: kind, id: id, municipalityFolder: folder))
            }
            return .misplaced(hint: "a municipality's records live in its folder's systems/, datasets/, processing/, contracts/ and initiatives/ folders")
        case regionsFolder:
            if parts.count == 5 && parts[3] == RecordKind.initiative.folder {
                return .record(Entry(kind: .initiative, id: id, regionFolder: String(parts[2])))
            }
            return .misplaced(hint: "a cooperation region's shared initiatives live in content/regions/<region>/initiatives/")
        case guideFolder:
            guard parts.count == 3 else {
                return .misplaced(hint: "the guide's pages live directly in content/guide/, one file per page")
            }
            return .guide(page: fileName == "_index.md" ? nil : id)
        default:
            return .misplaced(hint: "records live under content/catalogue/, content/municipalities/ and content/regions/")
        }
    }

    /// A record in a subfolder of its kind's folder would publish at an address that hides the
    /// folder, and two subfolders could hold the same id; records sit directly in the folder.
    static func subfolderHint(kind folder: String, id: String, folder inside: String) -> String {
        "records sit directly in \(folder)/, not in a subfolder such as \(inside)/; move it to \(folder)/\(id).md"
    }

    /// A file under content/ not ending in `.md`: a Markdown file by another ending or in capitals
    /// is said; anything else (an image, a README.txt) is left alone.
    static func classifyOther(_ path: String) -> Classification {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let lowered = fileName.lowercased()
        for ending in [".md"] + otherMarkdownEndings where lowered.hasSuffix(ending) {
            let stem = String(fileName.dropLast(ending.count))
            if stem.hasPrefix(".#") { return .ignored }  // an editor's lock file
            return .unread(reason: "only files ending in .md (in lowercase) are read, so this file is not published",
                           hint: "if it is meant as a record, rename it to \(Identifier.suggestion(for: stem)).md")
        }
        return .ignored
    }

    /// `9901-storlia` → ("9901", "storlia"), or nil if the folder name does not have that form.
    package static func splitMunicipalityFolder(_ folder: String) -> (number: String, slug: String)? {
        let parts = folder.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCIIDigit), Identifier.isValid(String(parts[1])) else {
            return nil
        }
        return (String(parts[0]), String(parts[1]))
    }
}
