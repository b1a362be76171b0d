import Foundation
import Basics
import OrdenModel

/// Read access to a content repository. File IO is a struct of closures so that tests can
/// build a whole site from an in-memory dictionary of path → text.
package struct SourceTree: Sendable {
    /// Every file Orden reads (those at the top and below content/ and themes/), as paths relative
    /// to the root with `/` separators, sorted.
    package var listFiles: @Sendable () throws -> [String]
    /// The size of the file in bytes, without reading it.
    package var size: @Sendable (_ path: String) throws -> Int
    /// The bytes of the file.
    package var read: @Sendable (_ path: String) throws -> Data
    /// The bytes of the file if it has at most `limit` bytes, else its size: one open and read
    /// for every content file, where `size` then `read` would look the file up twice.
    package var readBounded: @Sendable (_ path: String, _ limit: Int) throws -> BoundedRead
    /// A human-readable name of the root, for messages.
    package var rootDescription: String
    /// The folder on disk, when there is one.
    package var root: URL?
    /// Every folder the tree reads from: the root, and the content sources orden.yml adds.
    package var roots: [URL] = []
    /// How messages name a file: its path below the root, or below the content source it comes from.
    package var displayPath: @Sendable (_ path: String) -> String = { $0 }
    /// The repository folder a file really is in, and its path there (for git history and edit links).
    package var origin: @Sendable (_ path: String) -> Federation.Origin? = { _ in nil }

    package init(
        rootDescription: String,
        listFiles: @escaping @Sendable () throws -> [String],
        size: @escaping @Sendable (String) throws -> Int,
        read: @escaping @Sendable (String) throws -> Data
    ) {
        self.rootDescription = rootDescription
        self.listFiles = listFiles
        self.size = size
        self.read = read
        self.readBounded = { path, limit in
            let bytes = try size(path)
            return bytes > limit ? .tooLarge(bytes) : .data(try read(path))
        }
    }

    package func exists(_ path: String) -> Bool {
        (try? size(path)) != nil
    }
}

package enum BoundedRead: Sendable {
    case data(Data)
    /// The file's size, over the limit: it was not read.
    case tooLarge(Int)
}

package extension SourceTree {
    /// A content repository on disk. A link to a file is read only if its target lies within
    /// the folder; links to folders are never followed.
    static func directory(_ root: URL) -> SourceTree {
        let root = root.standardizedFileURL
        let rootPath = root.path
        let folder = ConfinedFolder(rootPath)
        var tree = SourceTree(
            rootDescription: rootPath,
            listFiles: {
                var paths: [String] = []
                // Only the folders Orden reads: a content repository may also hold code, builds and sites.
                let folders: Set<String> = ["content", "themes"]
                func walk(_ folder: String, _ prefix: String) throws {
                    for entry in try DirectoryEntry.list(folder).sorted(by: { $0.name < $1.name }) {
                        let name = entry.name
                        // Hidden files are not read; a hidden Markdown file under content/ is listed
                        // so that check can say it is not published.
                        if name.hasPrefix(".") && name != ".gitkeep" && !(prefix.hasPrefix("content") && name.lowercased().hasSuffix(".md") && entry.kind == .file) { continue }
                        let relative = prefix.isEmpty ? name : "\(prefix)/\(name)"
                        switch entry.kind {
                        // Folders reached through a symbolic link are not followed: a link to a parent would never end.
                        case .folder:
                            if prefix.isEmpty && !folders.contains(name) { continue }
                            try walk(folder + "/" + name, relative)
                        case .file:
                            paths.append(relative)
                        case .other:
                            continue
                        }
                    }
                }
                try walk(rootPath, "")
                return paths.sorted()
            },
            size: { path in
                try folder.size(path)
            },
            read: { path in
                switch try folder.read(path) {
                case .data(let data): return data
                case .tooLarge: throw FileSystemError(path: path, code: EFBIG)
                }
            }
        )
        tree.readBounded = { path, limit in try folder.read(path, limit: limit) }
        tree.root = root
        tree.roots = [root]
        tree.origin = { path in Federation.Origin(root: root, path: path, source: nil) }
        return tree
    }

    /// A content repository held in memory, for tests.
    static func memory(_ files: [String: String]) -> SourceTree {
        memory(bytes: files.mapValues { Data($0.utf8) })
    }

    static func memory(bytes files: [String: Data]) -> SourceTree {
        SourceTree(
            rootDescription: "(memory)",
            listFiles: { files.keys.sorted() },
            size: { path in
                guard let data = files[path] else { throw CocoaError(.fileNoSuchFile) }
                return data.count
            },
            read: { path in
                guard let data = files[path] else { throw CocoaError(.fileNoSuchFile) }
                return data
            }
        )
    }
}

package extension SourceTree {
    /// This tree with some files added, replaced or removed, for checking files before they are
    /// written (or deleted).
    func overlaid(with files: [String: Data], removing removed: Set<String> = []) -> SourceTree {
        let base = self
        let gone = removed.subtracting(files.keys)
        var tree = SourceTree(
            rootDescription: base.rootDescription,
            listFiles: { Set((try base.listFiles()) + files.keys).subtracting(gone).sorted() },
            size: { path in
                if gone.contains(path) { throw CocoaError(.fileNoSuchFile) }
                return try files[path].map(\.count) ?? base.size(path)
            },
            read: { path in
                if gone.contains(path) { throw CocoaError(.fileNoSuchFile) }
                return try files[path] ?? base.read(path)
            })
        tree.root = base.root
        return tree
    }
}
