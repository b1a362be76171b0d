import Foundation
#if canImport(Glibc)
import Glibc
import Basics
import FrontMatter
import OrdenModel
import OrdenSite
import OrdenSource

#elseif canImport(Darwin)
import Darwin
#endif

/// Finds changed files by looking at the size and modification time of every file Orden reads
/// below a source folder: orden.yml, content/ and themes/. A look costs a few milliseconds for a
/// region's few thousand files; `FileEvents` says when one is worth taking.
package struct SourceWatcher: Sendable {
    /// What a file looked like: changes to any of these mean the file changed.
    package struct Stamp: Sendable, Hashable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
    }

    /// Every watched file, by path relative to the root.
    package typealias Snapshot = [String: Stamp]

    /// A folder looked in: where it is, and the path its files have in the source.
    struct Folder: Sendable, Hashable {
        var absolute: String
        var relative: String
    }

    package let root: URL
    static let watchedFolders = ["content", "themes"]
    static let watchedFiles = ["orden.yml"]

    package init(root: URL) {
        self.root = root.standardizedFileURL
    }

    package func scan() -> Snapshot {
        var folders: [Folder] = []
        return scan(folders: &folders)
    }

    /// Also lists the folders it looked in, for `FileEvents` to watch.
    func scan(folders: inout [Folder]) -> Snapshot {
        var snapshot = Snapshot()
        folders = [Folder(absolute: root.path, relative: "")]
        for name in Self.watchedFiles {
            if let stamp = Self.stamp(root.appendingPathComponent(name).path, folder: false) { snapshot[name] = stamp }
        }
        for folder in Self.watchedFolders {
            walk(root.appendingPathComponent(folder), relative: folder, into: &snapshot, folders: &folders)
        }
        // The content/ folders of the other repositories orden.yml lists, under the same paths as
        // in the merged source (a file in two of them is an error the build reports).
        for source in Federation.sourceFolders(of: root) {
            walk(source.appendingPathComponent(ContentLayout.contentFolder), relative: ContentLayout.contentFolder, into: &snapshot, folders: &folders)
        }
        return snapshot
    }

    /// The paths added, removed or changed between two looks.
    package static func changes(from old: Snapshot, to new: Snapshot) -> Set<String> {
        var changed = Set<String>()
        for (path, stamp) in new where old[path] != stamp { changed.insert(path) }
        for path in old.keys where new[path] == nil { changed.insert(path) }
        return changed
    }

    /// Files editors write beside the one being edited, which are never content.
    static func isEditorFile(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name.hasSuffix(".tmp") || (name.hasPrefix("#") && name.hasSuffix("#")) || name == "4913"
    }

    /// What a file named by an event looks like now; nil when it is gone (or is a folder).
    func stamp(of relative: String, folders: [Folder]) -> Stamp? {
        let parent = relative.split(separator: "/").dropLast().joined(separator: "/")
        guard let folder = folders.first(where: { $0.relative == parent }) else { return nil }
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        return Self.stamp(folder.absolute + "/" + name, folder: false)
    }

    private func walk(_ folder: URL, relative: String, into snapshot: inout Snapshot, folders: inout [Folder]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        folders.append(Folder(absolute: folder.path, relative: relative))
        for name in names where !Self.isEditorFile(name) {
            let path = folder.appendingPathComponent(name).path
            let childRelative = relative + "/" + name
            var info = stat()
            // Folders reached through a symbolic link are not followed, as when building.
            guard lstat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(folder.appendingPathComponent(name), relative: childRelative, into: &snapshot, folders: &folders)
            } else if let stamp = Self.stamp(path, folder: false) {
                snapshot[childRelative] = stamp
            }
        }
    }

    private static func stamp(_ path: String, folder: Bool) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR || folder else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Stamp(size: Int64(info.st_size), seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec), inode: UInt64(info.st_ino))
    }
}
