import Foundation

/// The write stage. The site is written to a temporary folder beside the output and swapped in
/// only when every file is written, so a failed build never leaves a half-written site and the
/// previous site stays exactly as it was.
public struct SiteWriter: Sendable {
    public let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// Why the output folder must not be replaced, if it must not: the build swaps the whole
    /// folder, so pointing it at the source, one of its parents, or any folder holding a
    /// content repository or a git checkout would throw that away.
    /// `source` is nil for a source that is not on disk.
    public func refusal(source: URL?) -> String? {
        let output = self.output.resolvingSymlinksInPath().path
        let holdsSource = source.map { source in
            let path = source.standardizedFileURL.resolvingSymlinksInPath().path
            return path == output || path.hasPrefix(output.hasSuffix("/") ? output : output + "/")
        } ?? false
        if output == "/" || holdsSource {
            return "the output folder \(output) holds the source folder; the build replaces the whole output folder"
        }
        for marker in ["orden.yml", ".git", "content", "Package.swift"] {
            if FileManager.default.fileExists(atPath: self.output.appendingPathComponent(marker).path) {
                return "the output folder \(output) holds \(marker), so it does not look like a built site; the build replaces the whole output folder"
            }
        }
        return nil
    }

    /// A fresh, empty folder beside the output, named after it.
    public func makeStagingFolder() throws -> URL {
        let parent = output.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent("\(output.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        if FileManager.default.fileExists(atPath: staging.path) {
            try FileManager.default.removeItem(at: staging)
        }
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        return staging
    }

    /// Puts the staging folder in the output's place and removes the old site.
    public func swapIn(_ staging: URL) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: output.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: output.path])
            }
            let old = output.deletingLastPathComponent().appendingPathComponent("\(output.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
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

    public func discard(_ staging: URL) {
        try? FileManager.default.removeItem(at: staging)
    }
}
