import Foundation
import Basics
import FrontMatter
import OrdenCatalogue
import OrdenModel
import OrdenSource

/// What a commit changed in each content file it touched: the top-level front matter fields, or
/// more (the body). The public site counts a commit for a record only if it changed something
/// the public page shows, so that a commit to a system's classification does not tell the
/// public who looked at its security, and when.
///
/// Every version of a changed file is read once, by its blob, through one `git cat-file --batch`.
enum FieldChanges {
    static func annotate(_ history: SourceHistory, blobs: [String: [String: GitLog.Blobs]], folder: String, git: GitRunner) -> SourceHistory {
        // Only records (Markdown) that were changed, not added or removed (all zeros, in SHA-1 and
        // SHA-256 repositories alike), are compared.
        func absent(_ blob: String) -> Bool { blob.allSatisfy { $0 == "0" } }
        var wanted: Set<String> = []
        for (_, files) in blobs {
            for (path, pair) in files where path.hasSuffix(".md") && !absent(pair.old) && !absent(pair.new) && pair.old != pair.new {
                wanted.insert(pair.old)
                wanted.insert(pair.new)
            }
        }
        guard !wanted.isEmpty else { return history }
        let names = wanted.sorted()
        guard names.allSatisfy({ $0.allSatisfy(\.isHexDigit) }),
              let output = git.runWithInput(["-C", folder, "cat-file", "--batch"], Data(names.map { $0 + "\n" }.joined().utf8)) else {
            return history
        }
        let projections = BatchOutput.blobs(output).mapValues(Projection.init)
        return SourceHistory(commits: history.commits.map { commit in
            var commit = commit
            for (path, pair) in blobs[commit.hash] ?? [:] {
                guard let old = projections[pair.old] ?? nil, let new = projections[pair.new] ?? nil,
                      let fields = old.changedFields(to: new) else { continue }
                commit.fieldChanges[path] = fields
            }
            return commit
        })
    }

    /// Reads what `git cat-file --batch` writes: `<oid> <type> <size> LF <content> LF` for each
    /// object, `<name> missing LF` for one it does not have.
    enum BatchOutput {
        static func blobs(_ data: Data) -> [String: Data] {
            let bytes = [UInt8](data)
            var blobs: [String: Data] = [:]
            var index = 0
            while index < bytes.count {
                guard let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) else { break }
                let header = String(decoding: bytes[index..<end], as: UTF8.self).split(separator: " ")
                index = end + 1
                guard header.count == 3, let size = Int(header[2]), size >= 0, index + size <= bytes.count else { continue }
                if header[1] == "blob" { blobs[String(header[0])] = Data(bytes[index..<(index + size)]) }
                index += size + 1
            }
            return blobs
        }
    }

    /// The parts of a content file the site shows: each top-level field, and the body.
    struct Projection {
        var fields: [String: YAMLNode]
        var body: String

        init?(_ data: Data) {
            guard case .success(let text) = TextDecoding.decode(data), case .success(let split) = FrontMatterSplit.split(text),
                  case .success(let root) = YAMLComposer.compose(split.yaml) else { return nil }
            var fields: [String: YAMLNode] = [:]
            if let root {
                guard let pairs = root.pairs else { return nil }
                for pair in pairs {
                    // A key that is not plain text, or written twice, is an error the build reports.
                    guard let key = pair.key.text, fields[key] == nil else { return nil }
                    fields[key] = pair.value
                }
            }
            self.fields = fields
            body = split.body
        }

        /// The fields whose values differ, or nil if the body does.
        func changedFields(to other: Projection) -> Set<String>? {
            guard body == other.body else { return nil }
            return Set(fields.keys).union(other.fields.keys).filter { key in
                guard let a = fields[key], let b = other.fields[key] else { return true }
                return !Self.same(a, b)
            }
        }

        /// Equal values, wherever they stand and however they are written (`{a: 1}` or a block).
        static func same(_ a: YAMLNode, _ b: YAMLNode) -> Bool {
            switch (a.value, b.value) {
            case let (.scalar(x, plainX), .scalar(y, plainY)):
                return x == y && plainX == plainY
            case let (.mapping(x), .mapping(y)):
                return x.count == y.count && zip(x, y).allSatisfy { same($0.key, $1.key) && same($0.value, $1.value) }
            case let (.sequence(x), .sequence(y)):
                return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
            default:
                return false
            }
        }
    }
}

extension SourceHistory {
    /// The history the public sees: a commit counts for a record only if it changed a public
    /// field or the body. Records the public build leaves out are left out later, by the catalogue.
    package func publicChanges(catalogue: Catalogue) -> SourceHistory {
        let source = self
        let internalFields = InternalFields(site: catalogue.site)
        let kinds = catalogue.recordKinds
        guard source.commits.contains(where: { !$0.fieldChanges.isEmpty }) else { return source }
        return source.keepingChanges { commit, path in
            guard let fields = commit.fieldChanges[path] else { return true }
            guard let kind = kinds[path] else { return true }
            return fields.contains { !internalFields.contains(kind, $0) }
        }
    }
}
