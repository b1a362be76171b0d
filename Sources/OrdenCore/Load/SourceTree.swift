import Foundation

/// Read access to a content repository. File IO is a struct of closures so that tests can
/// build a whole site from an in-memory dictionary of path → text.
public struct SourceTree: Sendable {
    /// Every file Orden reads (those at the top and below content/ and themes/), as paths relative
    /// to the root with `/` separators, sorted.
    public var listFiles: @Sendable () throws -> [String]
    /// The size of the file in bytes, without reading it.
    public var size: @Sendable (_ path: String) throws -> Int
    /// The bytes of the file.
    public var read: @Sendable (_ path: String) throws -> Data
    /// A human-readable name of the root, for messages.
    public var rootDescription: String
    /// The folder on disk, when there is one.
    public var root: URL?
    /// Every folder the tree reads from: the root, and the content sources orden.yml adds.
    public var roots: [URL] = []
    /// How messages name a file: its path below the root, or below the content source it comes from.
    public var displayPath: @Sendable (_ path: String) -> String = { $0 }
    /// The repository folder a file really is in, and its path there (for git history and edit links).
    public var origin: @Sendable (_ path: String) -> Federation.Origin? = { _ in nil }

    public init(
        rootDescription: String,
        listFiles: @escaping @Sendable () throws -> [String],
        size: @escaping @Sendable (String) throws -> Int,
        read: @escaping @Sendable (String) throws -> Data
    ) {
        self.rootDescription = rootDescription
        self.listFiles = listFiles
        self.size = size
        self.read = read
    }

    public func exists(_ path: String) -> Bool {
        (try? size(path)) != nil
    }
}

public extension SourceTree {
    /// A content repository on disk.
    static func directory(_ root: URL) -> SourceTree {
        let root = root.standardizedFileURL
        var tree = SourceTree(
            rootDescription: root.path,
            listFiles: {
                var paths: [String] = []
                // Only the folders Orden reads: a content repository may also hold code, builds and sites.
                let folders: Set<String> = ["content", "themes"]
                func walk(_ url: URL, _ prefix: String) throws {
                    let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
                    for name in names.sorted() {
                        if name.hasPrefix(".") && name != ".gitkeep" { continue }
                        let child = url.appendingPathComponent(name)
                        let relative = prefix.isEmpty ? name : "\(prefix)/\(name)"
                        var isDirectory: ObjCBool = false
                        guard FileManager.default.fileExists(atPath: child.path, isDirectory: &isDirectory) else { continue }
                        // Folders reached through a symbolic link are not followed: a link to a parent would never end.
                        let type = (try? FileManager.default.attributesOfItem(atPath: child.path))?[.type] as? FileAttributeType
                        if isDirectory.boolValue && type == .typeSymbolicLink { continue }
                        if isDirectory.boolValue {
                            if prefix.isEmpty && !folders.contains(name) { continue }
                            try walk(child, relative)
                        } else {
                            paths.append(relative)
                        }
                    }
                }
                try walk(root, "")
                return paths.sorted()
            },
            size: { path in
                let attributes = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path)
                return (attributes[.size] as? NSNumber)?.intValue ?? 0
            },
            read: { path in
                try Data(contentsOf: root.appendingPathComponent(path))
            }
        )
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
