import Foundation
import Basics
import FrontMatter
import OrdenModel
import OrdenSource

/// Where the records of a site name one record, found through the registry of record kinds
/// (every field whose type is a reference, a system reference `id`/`9901/id` or an integration
/// target `product:id`), and those places rewritten when the record gets a new id. The form
/// editor renames and deletes with it: a rename changes the file's name and every reference in
/// one step, and a record something still names is not deleted.
package enum RecordReferences {
    /// The record referred to: its kind, its id and, for a municipality's record, its folder
    /// (`9901-storlia`); references to it are scoped as the resolver scopes them.
    package struct Target: Sendable, Equatable {
        package var kind: RecordKind
        package var id: String
        package var municipalityFolder: String?

        package init(kind: RecordKind, id: String, municipalityFolder: String? = nil) {
            self.kind = kind
            self.id = id
            self.municipalityFolder = municipalityFolder
        }

        /// The municipality's number, which another municipality's references put before the id.
        var number: String? { municipalityFolder.flatMap(ContentLayout.splitMunicipalityFolder)?.number }
    }

    /// One place that names the target.
    package struct Site: Sendable, Equatable {
        /// The referring file, relative to the source.
        package var path: String
        /// The 1-based line in the file.
        package var line: Int
        /// The field, as the README's tables name it (`integrations[2].to`).
        package var field: String
        /// The value as written (`sak-arkiv`, `9901/sak-arkiv`, `product:websak`).
        package var written: String
        /// 1-based line and character column of the scalar within the front matter.
        var yamlLine: Int
        var yamlColumn: Int
    }

    /// Every place in `tree`'s records that names `target`, in file and line order. Files that do
    /// not read are skipped: the check reports them on its own.
    package static func find(_ target: Target, in tree: SourceTree) -> [Site] {
        find(target, in: tree, mentioning: nil).sites
    }

    /// The places, and with `address` the Markdown files below content/ whose text holds it (a
    /// link to the record's page), in one reading of each file.
    package static func find(_ target: Target, in tree: SourceTree, mentioning address: String?) -> (sites: [Site], mentions: [String]) {
        var sites: [Site] = []
        var mentions: [String] = []
        // Only a file that holds a form the target may be named by there is read as YAML, so that
        // a national site's 125,000 files are searched, not parsed: the id itself, and outside a
        // municipality's own folder its qualified form (`9901/sak-arkiv`), which every
        // municipality's own `sak-arkiv` does not match.
        let bare = Data(target.id.utf8)
        let qualified = target.number.map { Data(($0 + "/" + target.id).utf8) }
        let link = address.map { Data($0.utf8) }
        for path in (try? tree.listFiles()) ?? [] where path.hasPrefix(ContentLayout.contentFolder + "/") && path.hasSuffix(".md") {
            let classified = ContentLayout.classify(path)
            guard link != nil || { if case .record = classified { true } else { false } }() else { continue }
            guard let data = try? tree.read(path) else { continue }
            if let link, data.range(of: link) != nil { mentions.append(path) }
            guard case .record(let entry) = classified else { continue }
            let outside = target.municipalityFolder != nil && entry.municipalityFolder != target.municipalityFolder
            guard let needle = outside ? qualified : bare, data.range(of: needle) != nil, let text = String(exactUTF8: data) else { continue }
            sites += find(target, inFile: path, entry: entry, text: text)
        }
        return (sites, mentions)
    }

    /// The places in one record file's text.
    static func find(_ target: Target, inFile path: String, entry: ContentLayout.Entry, text: String) -> [Site] {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        let source = normalised.hasPrefix("\u{FEFF}") ? String(normalised.dropFirst()) : normalised
        guard case .success(let split) = FrontMatterSplit.split(source),
              case .success(let root) = YAMLComposer.compose(split.yaml), let pairs = root?.pairs else { return [] }
        var sites: [Site] = []
        let scope = Scope(target: target, referrer: entry)
        for pair in pairs {
            guard let key = pair.key.text, let field = entry.kind.spec.fields.first(where: { $0.key == key }) else { continue }
            walk(pair.value, field.type, field: key, scope: scope) { name, node, written in
                // The front matter starts on the file's second line, after `---`.
                sites.append(Site(path: path, line: node.line + 1, field: name, written: written, yamlLine: node.line, yamlColumn: node.column))
            }
        }
        var seen: Set<[Int]> = []
        return sites.filter { seen.insert([$0.yamlLine, $0.yamlColumn]).inserted }
    }

    /// The patterns of the text fields that name a system (`id`, `9901/id`) and an integration's
    /// target (those, or `product:id`).
    package static let systemPattern = pattern(of: .systemReference)
    package static let integrationPattern = pattern(of: .integrationTarget)
    static func pattern(of type: FieldType) -> String? {
        if case .text(_, let pattern) = type { return pattern }
        return nil
    }

    /// Which written forms name the target from one referring file.
    struct Scope {
        var target: Target
        var referrer: ContentLayout.Entry

        /// A municipality's record is named by its bare id only from the same municipality.
        var sameMunicipality: Bool {
            target.municipalityFolder == nil || referrer.municipalityFolder == target.municipalityFolder
        }

        /// The written forms a field of `type` names the target by.
        func forms(for type: FieldType) -> [String] {
            switch type {
            case .reference(let kind):
                return kind == target.kind && sameMunicipality ? [target.id] : []
            case .text(_, let pattern?) where pattern == RecordReferences.systemPattern || pattern == RecordReferences.integrationPattern:
                var forms: [String] = []
                if target.kind == .system {
                    if sameMunicipality { forms.append(target.id) }
                    if let number = target.number { forms.append(number + "/" + target.id) }
                }
                if target.kind == .product && pattern == RecordReferences.integrationPattern { forms.append("product:" + target.id) }
                return forms
            default:
                return []
            }
        }
    }

    private static func walk(_ node: YAMLNode, _ type: FieldType, field: String, scope: Scope, found: (String, YAMLNode, String) -> Void) {
        switch type {
        case .list(let item):
            if let items = node.items {
                for (index, element) in items.enumerated() { walk(element, item, field: "\(field)[\(index + 1)]", scope: scope, found: found) }
            } else {
                walk(node, item, field: field, scope: scope, found: found)
            }
        case .object(let subFields):
            for pair in node.pairs ?? [] {
                guard let key = pair.key.text, let sub = subFields.first(where: { $0.key == key }) else { continue }
                walk(pair.value, sub.type, field: field + "." + key, scope: scope, found: found)
            }
        case .anyOf(let types):
            for type in types { walk(node, type, field: field, scope: scope, found: found) }
        default:
            guard let text = node.text else { return }
            let value = text.trimmingCharacters(in: .whitespaces)
            if scope.forms(for: type).contains(value) { found(field, node, value) }
        }
    }

    // MARK: Renaming

    package struct Failure: Error, Equatable, CustomStringConvertible {
        package var message: String
        package var description: String { message }
    }

    /// The texts of the files that name `target`, with each reference changed to `newId` in the
    /// form it was written in and nothing else changed, by path. `sites` are those `find` gave.
    package static func renaming(_ sites: [Site], of target: Target, to newId: String, in tree: SourceTree) throws -> [String: String] {
        var texts: [String: String] = [:]
        for (path, group) in Dictionary(grouping: sites, by: \.path) {
            guard let data = try? tree.read(path), let text = String(exactUTF8: data) else {
                throw Failure(message: "cannot read \(path)")
            }
            texts[path] = try replacing(group, in: text, id: target.id, with: newId)
        }
        return texts
    }

    /// `text` with the reference at each site rewritten: the old id swapped for the new one
    /// within the written value, quotes, prefixes and everything else on the line kept.
    static func replacing(_ sites: [Site], in text: String, id: String, with newId: String) throws -> String {
        let crlf = text.contains("\r\n")
        var lines = (crlf ? text.replacingOccurrences(of: "\r\n", with: "\n") : text)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Right to left, so that an earlier site's column still holds after a later one changed.
        for site in sites.sorted(by: { ($0.line, $0.yamlColumn) > ($1.line, $1.yamlColumn) }) {
            let index = site.line - 1
            guard lines.indices.contains(index) else { throw Failure(message: "\(site.path): line \(site.line) is not in the file") }
            var characters = Array(lines[index])
            var start = site.yamlColumn - 1
            if characters.indices.contains(start), characters[start] == "\"" || characters[start] == "'" { start += 1 }
            let written = Array(site.written)
            guard start >= 0, start + written.count <= characters.count, Array(characters[start..<start + written.count]) == written else {
                throw Failure(message: "\(site.path):\(site.line): \(site.written) is not where the YAML puts it")
            }
            let renamed = Array(site.written.dropLast(id.count) + newId)
            characters.replaceSubrange(start..<start + written.count, with: renamed)
            lines[index] = String(characters)
        }
        let joined = lines.joined(separator: "\n")
        return crlf ? joined.replacingOccurrences(of: "\n", with: "\r\n") : joined
    }
}
