#if canImport(Glibc)
import Glibc
import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The write stage. The site is written to a temporary folder beside the output and swapped in
/// only when every file is written, so a failed build never leaves a half-written site and the
/// previous site stays exactly as it was.
///
/// Because the swap replaces the whole output folder, the build only ever replaces a folder that
/// is missing, empty, or that Orden built itself: each site carries a marker file, and a folder
/// without it (a home folder, a shared web root, `content/`, `.git`) is refused, never emptied.
package struct SiteWriter: Sendable {
    package let output: URL

    /// The file every site Orden writes carries at its root, so that a later build knows the
    /// folder is its own to replace.
    package static let marker = ".orden-site"
    static let markerText = Data("""
        This folder is a site built by Orden (orden build). The next build replaces the whole folder;
        Orden refuses to replace a folder without this file.

        """.utf8)

    package init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// Why the build must not replace the output folder.
    package struct Refusal: Sendable, Equatable {
        package var message: String
        package var hint: String
    }

    /// Why the output folder must not be replaced, if it must not. `source` is nil for a source
    /// that is not on disk.
    package func refusal(source: URL?) -> Refusal? {
        let output = realPath(self.output.path)
        let shown = self.output.path
        let sourcePath = source.map { realPath($0.standardizedFileURL.path) }
        if output == "/" || sourcePath.map({ $0 == output || $0.hasPrefix(output + "/") }) == true {
            return Refusal(message: "the output folder \(shown) holds the source folder; the build replaces the whole output folder",
                           hint: "choose a folder of its own for the site, e.g. --output site")
        }
        // Folders of the source itself: a site written there would mix with what it is built from.
        if let sourcePath {
            for folder in ["content", "themes", ".git", "data", ".orden"] {
                let inside = sourcePath + "/" + folder
                if output == inside || output.hasPrefix(inside + "/") {
                    return Refusal(message: "the output folder \(shown) is inside the source's \(folder)/ folder; the build replaces the whole output folder",
                                   hint: "write the site outside \(folder)/, e.g. --output site")
                }
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else {
            return Refusal(message: "the output \(shown) is a file, not a folder; the build replaces the whole output folder",
                           hint: "choose a folder for the site, e.g. --output site")
        }
        if Self.isOrdenSite(output) { return nil }
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: output)) ?? ["?"]).sorted()
        guard !entries.isEmpty else { return nil }
        let named = entries.prefix(3).map { "\"\(PrintableText.escaped($0))\"" }.joined(separator: ", ") + (entries.count > 3 ? ", …" : "")
        return Refusal(
            message: "the output folder \(shown) holds files Orden did not build (\(named)); the build replaces the whole output folder, so it leaves this one alone",
            hint: "choose a new or empty folder, e.g. --output site. If it is a site an older Orden built, delete it once yourself (rm -r \(shown)); sites built from now on carry \(Self.marker) and are replaced without asking")
    }

    /// Whether `path` is a folder Orden built: it holds the marker file (a plain file, not a link).
    static func isOrdenSite(_ path: String) -> Bool {
        var status = stat()
        return lstat(path + "/" + marker, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// The path with links resolved as far as it exists, without Foundation's tilde expansion.
    private func realPath(_ path: String) -> String {
        var existing = path
        var rest: [String] = []
        while !existing.isEmpty && existing != "/" {
            if let base = FileBytes.resolved(existing) {
                return ([base == "/" ? "" : base] + rest.reversed()).joined(separator: "/")
            }
            rest.append((existing as NSString).lastPathComponent)
            existing = (existing as NSString).deletingLastPathComponent
        }
        return path
    }

    private var parent: URL { output.deletingLastPathComponent() }
    private var pid: Int32 { ProcessInfo.processInfo.processIdentifier }

    /// A fresh, empty folder beside the output, named after it, that already carries the marker,
    /// so that a build killed half-way leaves a folder the next build recognises as its own.
    package func makeStagingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent("\(output.lastPathComponent).tmp-\(pid)")
        if FileManager.default.fileExists(atPath: staging.path) {
            try FileManager.default.removeItem(at: staging)
        }
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        try Self.markerText.write(to: staging.appendingPathComponent(Self.marker))
        return staging
    }

    /// Removes what killed or crashed builds left beside the output: `<name>.tmp-<pid>` and
    /// `<name>.old-<pid>` folders whose process is gone, if they are Orden's (marked) or empty.
    /// Returns those left alone because they are neither, for a warning.
    package func removeLeftovers() -> [String] {
        let name = output.lastPathComponent
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return [] }
        var kept: [String] = []
        for entry in entries.sorted() {
            guard let number = Self.leftoverProcess(entry, of: name), number != pid, !Self.isRunning(number) else { continue }
            let path = parent.appendingPathComponent(entry).path
            var status = stat()
            guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { continue }
            let empty = (try? FileManager.default.contentsOfDirectory(atPath: path))?.isEmpty == true
            if Self.isOrdenSite(path) || empty {
                try? FileManager.default.removeItem(atPath: path)
            } else {
                kept.append(path)
            }
        }
        return kept
    }

    /// The process number in a leftover's name (`site.tmp-4711` → 4711), if it is one.
    static func leftoverProcess(_ entry: String, of name: String) -> Int32? {
        for kind in [".tmp-", ".old-"] where entry.hasPrefix(name + kind) {
            let digits = entry.dropFirst(name.count + kind.count)
            if !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let number = Int32(digits) { return number }
        }
        return nil
    }

    static func isRunning(_ process: Int32) -> Bool {
        process > 0 && (kill(process, 0) == 0 || errno == EPERM)
    }

    /// Puts the staging folder in the output's place and removes the old site.
    package func swapIn(_ staging: URL) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: output.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: output.path])
            }
            // Looked at again: something may have been put there while the site was rendered.
            if let refusal = refusal(source: nil) { throw Refused(refusal: refusal) }
            let old = parent.appendingPathComponent("\(output.lastPathComponent).old-\(pid)")
            if manager.fileExists(atPath: old.path) { try manager.removeItem(at: old) }
            try manager.moveItem(at: output, to: old)
            do {
                try manager.moveItem(at: staging, to: output)
            } catch {
                try? manager.moveItem(at: old, to: output)
                throw error
            }
            try? manager.removeItem(at: old)
        } else {
            try manager.moveItem(at: staging, to: output)
        }
    }

    struct Refused: LocalizedError {
        var refusal: Refusal
        var errorDescription: String? { refusal.message }
    }

    package func discard(_ staging: URL) {
        try? FileManager.default.removeItem(at: staging)
    }
}
