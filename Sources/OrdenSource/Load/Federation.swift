import Foundation
import Basics
import FrontMatter
import OrdenModel

/// Merges the content of several repositories into one source tree. orden.yml and themes/ come
/// from the site's own folder; every source adds its content/ folder (its own orden.yml, if it
/// has one to build alone, is not read). The same file in two sources, which means the same id,
/// is an error that names both.
package enum Federation {
    /// Where a file of the merged tree really is.
    package struct Origin: Sendable, Hashable {
        /// The repository folder the file is in.
        package var root: URL
        /// The file's path below that folder.
        package var path: String
        /// How orden.yml names the source (`../orden-katalog`), or nil for the site's own folder.
        package var source: String?
    }

    /// The folders of the content sources a site's orden.yml lists (those that exist), for a
    /// watcher that must see their changes too.
    package static func sourceFolders(of root: URL) -> [URL] {
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

    package static func merge(_ tree: SourceTree, sources: [ContentSource]) -> (SourceTree, [Diagnostic]) {
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
