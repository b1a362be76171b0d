import Foundation
import Basics
import FrontMatter
import OrdenCatalogue
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

/// What a source file held when it was last read: its size and a hash of its bytes. Equal
/// fingerprints mean the file need not be parsed again. The hash is only compared within one
/// process, so Swift's seeded `Hasher` is enough.
struct Fingerprint: Sendable, Hashable {
    var size: Int
    var hash: Int

    init(_ bytes: Data) {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        size = bytes.count
        hash = hasher.finalize()
    }

    /// A file too large to be read as a record: its size stands for it (it is refused anyway).
    init(size: Int) {
        self.size = size
        hash = 0
    }
}

/// Every file of the source with its fingerprint, and the parse result of each record file:
/// the preview engine's memory of what it read last.
struct SourceSnapshot: Sendable {
    var fingerprints: [String: Fingerprint] = [:]
    var parsed: [String: ContentParser.ParsedFile] = [:]

    /// Fingerprints every file in `paths`. With `changed`, files outside it keep their previous
    /// fingerprint without being read; without it, every file is read and compared.
    func fingerprinting(_ paths: [String], in tree: SourceTree, changed: Set<String>?) -> SourceSnapshot {
        var next = SourceSnapshot()
        next.fingerprints.reserveCapacity(paths.count)
        for path in paths {
            if let changed, !changed.contains(path), let known = fingerprints[path] {
                next.fingerprints[path] = known
            } else if let size = try? tree.size(path) {
                guard size <= ContentParser.maximumFileBytes else {
                    next.fingerprints[path] = Fingerprint(size: size)
                    continue
                }
                guard let bytes = try? tree.read(path) else { continue }
                next.fingerprints[path] = Fingerprint(bytes)
            }
        }
        return next
    }

    /// Parses the record files whose bytes differ from `previous`, on every core, and takes the
    /// others' results from it. Keeps the results for the next time.
    mutating func parse(_ entries: [ContentParser.FileEntry], in tree: SourceTree, previous: SourceSnapshot) -> (files: [ContentParser.ParsedFile], reparsed: Int) {
        var results: [ContentParser.ParsedFile?] = Array(repeating: nil, count: entries.count)
        var missing: [Int] = []
        for (index, (path, entry)) in entries.enumerated() {
            if let fingerprint = fingerprints[path], previous.fingerprints[path] == fingerprint,
               let known = previous.parsed[path], known.entry == entry {
                results[index] = known
            } else {
                missing.append(index)
            }
        }
        let fresh = ContentParser.parseFiles(missing.map { entries[$0] }, tree: tree)
        for (index, file) in zip(missing, fresh) { results[index] = file }
        let files = results.compactMap { $0 }
        // Keep only results whose file could be fingerprinted, so that a file that vanished
        // while being read is parsed again next time.
        parsed = Dictionary(files.filter { fingerprints[$0.path] != nil }.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        return (files, missing.count)
    }

    /// The paths whose content differs from `other`: added, removed or changed.
    func changedPaths(since other: SourceSnapshot) -> [String] {
        var changed = Set<String>()
        for (path, fingerprint) in fingerprints where other.fingerprints[path] != fingerprint { changed.insert(path) }
        for path in other.fingerprints.keys where fingerprints[path] == nil { changed.insert(path) }
        return changed.sorted()
    }
}
