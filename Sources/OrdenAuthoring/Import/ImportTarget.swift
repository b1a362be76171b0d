import Foundation
import Basics
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import Spreadsheet

/// Where imported records go in a content repository.
package enum ImportTarget {
    /// The folder of the municipality with this number (`content/municipalities/9901-storlia`),
    /// or an error saying how to make one.
    package static func municipalityFolder(number: String, in source: URL) -> Result<String, Diagnostic> {
        let folder = source.appendingPathComponent("\(ContentLayout.contentFolder)/municipalities")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        if let name = names.first(where: { $0.hasPrefix(number + "-") }) {
            return .success("\(ContentLayout.contentFolder)/municipalities/\(name)")
        }
        let official = OfficialMunicipalities.byNumber[number]?.name
        let hint = official.map { "create content/municipalities/\(number)-\(Identifier.suggestion(for: $0))/_index.md for \($0) first" }
            ?? "\(number) is not a municipality number in the official list; check --municipality"
        return .failure(.error("no municipality \(number) in \(folder.path)", at: SourceLocation(path: "--municipality"), hint: hint))
    }

    /// The path of a local record: `<municipality folder>/<kind folder>/<id>.md`.
    package static func localPath(_ kind: RecordKind, id: String, municipalityFolder: String) -> String {
        "\(municipalityFolder)/\(kind.folder)/\(id).md"
    }

    /// The path of a catalogue record: `content/catalogue/<kind folder>/<id>.md`.
    package static func cataloguePath(_ kind: RecordKind, id: String) -> String {
        "\(ContentLayout.contentFolder)/catalogue/\(kind.folder)/\(id).md"
    }

    /// An id made from a title, unique among `taken` (adds -2, -3 … when needed).
    package static func uniqueID(for title: String, taken: inout TakenIDs, fallback: String = "post") -> String {
        var base = Identifier.suggestion(for: title)
        if base.isEmpty { base = fallback }
        return taken.claim(base)
    }
}

/// The ids an import has used so far. Each base remembers the last suffix it got: ids are only
/// ever added, so every suffix below it is still taken, and 40,000 rows with the same name cost
/// 40,000 steps instead of 800 million.
package struct TakenIDs: Sendable {
    private var ids: Set<String>
    private var lastSuffix: [String: Int] = [:]

    package init(_ ids: Set<String> = []) {
        self.ids = ids
    }

    package func contains(_ id: String) -> Bool { ids.contains(id) }

    package mutating func insert(_ id: String) { ids.insert(id) }

    /// `base` if it is free, else the first free `base-2`, `base-3` …; taken from then on.
    mutating func claim(_ base: String) -> String {
        var id = base
        var n = lastSuffix[base] ?? 1
        while ids.contains(id) {
            n += 1
            id = "\(base)-\(n)"
        }
        if n > 1 { lastSuffix[base] = n }
        ids.insert(id)
        return id
    }
}
