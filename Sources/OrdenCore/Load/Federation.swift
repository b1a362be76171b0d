import Foundation

/// One more content repository whose content/ folder joins this site, from orden.yml's
/// `sources`: typically the shared catalogue's repository and one repository per municipality,
/// checked out side by side.
public struct ContentSource: Sendable, Codable {
    public var path: SourcePath
    /// The forge links of that repository; its records get no edit links without it.
    public var edit: EditLinks?
}

/// A folder as orden.yml writes it (relative to orden.yml's folder, or absolute), with where it was written.
public struct SourcePath: Sendable, Hashable, Codable, CustomStringConvertible {
    public var text: String
    public var location: SourceLocation?

    public init(_ text: String, at location: SourceLocation? = nil) {
        self.text = text
        self.location = location
    }

    public init(from decoder: any Decoder) throws {
        let (text, location) = try scalarText(decoder)
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValueError("the source has no path", hint: "write the folder of the other content repository, e.g. ../orden-katalog")
        }
        self.init(text, at: location)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    public var description: String { text }

    public static func == (a: SourcePath, b: SourcePath) -> Bool { a.text == b.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}

/// Merges the content of several repositories into one source tree. orden.yml and themes/ come
/// from the site's own folder; every source adds its content/ folder (its own orden.yml, if it
/// has one to build alone, is not read). The same file in two sources, which means the same id,
/// is an error that names both.
public enum Federation {
    /// Where a file of the merged tree really is.
    public struct Origin: Sendable, Hashable {
        /// The repository folder the file is in.
        public var root: URL
        /// The file's path below that folder.
        public var path: String
        /// How orden.yml names the source (`../orden-katalog`), or nil for the site's own folder.
        public var source: String?
    }

    /// The folders of the content sources a site's orden.yml lists (those that exist), for a
    /// watcher that must see their changes too.
    public static func sourceFolders(of root: URL) -> [URL] {
        let tree = SourceTree.directory(root)
        guard tree.exists(ContentLayout.configFile), let sources = ContentParser.parseConfig(tree).0?.sources else { return [] }
        return sources.compactMap { folder(of: $0, root: root) }.filter { $0 != root.standardizedFileURL }
    }

    /// The source's folder, if it is one.
    private static func folder(of source: ContentSource, root: URL) -> URL? {
        let folder = URL(fileURLWithPath: source.path.text, isDirectory: true, relativeTo: root).standardizedFileURL
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue ? folder : nil
    }

    public static func merge(_ tree: SourceTree, sources: [ContentSource]) -> (SourceTree, [Diagnostic]) {
        guard !sources.isEmpty else { return (tree, []) }
        var diagnostics: [Diagnostic] = []
        guard let root = tree.root else {
            diagnostics.append(.error("content sources can only be used with a source folder on disk", at: SourceLocation(path: ContentLayout.configFile)))
            return (tree, diagnostics)
        }
        // Each file of the merged tree: the tree that holds it and how to name it in messages.
        var owners: [String: (tree: SourceTree, display: String, origin: Origin)] = [:]
        do {
            for path in try tree.listFiles() {
                owners[path] = (tree, path, Origin(root: root, path: path, source: nil))
            }
        } catch {
            return (tree, [])  // ContentParser reports the unreadable folder.
        }
        var seenRoots: Set<String> = [root.standardizedFileURL.path]
        var roots = [root]
        for source in sources {
            let location = source.path.location ?? SourceLocation(path: ContentLayout.configFile)
            guard let folder = folder(of: source, root: root) else {
                let looked = URL(fileURLWithPath: source.path.text, isDirectory: true, relativeTo: root).standardizedFileURL
                diagnostics.append(.error(
                    "the content source \(source.path) is not a folder (looked for \(looked.path))", at: location,
                    hint: "check out that repository beside this one (git clone … \(source.path.text)), or correct the path"))
                continue
            }
            guard seenRoots.insert(folder.path).inserted else {
                diagnostics.append(.error("the content source \(source.path) is listed twice, or is this site's own folder", at: location,
                                          hint: "list each other repository once; this folder's own content/ is always included"))
                continue
            }
            let other = SourceTree.directory(folder)
            let files: [String]
            do {
                files = try other.listFiles().filter { $0.hasPrefix(ContentLayout.contentFolder + "/") }
            } catch {
                diagnostics.append(.error("cannot read the content source \(source.path): \(error.localizedDescription)", at: location))
                continue
            }
            if files.isEmpty {
                diagnostics.append(.warning("the content source \(source.path) has no content/ folder", at: location,
                                            hint: "a content source is a repository with content/catalogue/ or content/municipalities/"))
            }
            roots.append(folder)
            let prefix = source.path.text.hasSuffix("/") ? String(source.path.text.dropLast()) : source.path.text
            for path in files {
                let display = prefix + "/" + path
                if let first = owners[path] {
                    if path.hasSuffix(".md") {
                        diagnostics.append(.error(
                            "\(display) and \(first.display) are the same record (the same id in two sources)", at: SourceLocation(path: display),
                            hint: "keep the record in one repository: shared products and vendors belong in the catalogue's, a municipality's records in its own"))
                    }
                    continue
                }
                owners[path] = (other, display, Origin(root: folder, path: path, source: source.path.text))
            }
        }
        let table = owners
        var merged = SourceTree(
            rootDescription: tree.rootDescription,
            listFiles: { table.keys.sorted() },
            size: { path in
                guard let owner = table[path] else { throw CocoaError(.fileNoSuchFile) }
                return try owner.tree.size(path)
            },
            read: { path in
                guard let owner = table[path] else { throw CocoaError(.fileNoSuchFile) }
                return try owner.tree.read(path)
            })
        merged.readBounded = { path, limit in
            guard let owner = table[path] else { throw CocoaError(.fileNoSuchFile) }
            return try owner.tree.readBounded(path, limit)
        }
        merged.root = tree.root
        merged.displayPath = { path in table[path]?.display ?? path }
        merged.origin = { path in table[path]?.origin }
        merged.roots = roots
        return (merged, diagnostics)
    }
}
