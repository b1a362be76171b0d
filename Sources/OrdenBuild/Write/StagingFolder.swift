#if canImport(Glibc)
import Glibc
import Basics
import OrdenCatalogue
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

/// The folder a build writes into before it is swapped in. Each folder is made once, by the first
/// file in it, and each file is written with one open, write and close: no temporary file, rename
/// or sync per file, since the whole folder only becomes the site when every file is in it.
/// Safe to use from several threads at once.
package final class StagingFolder: Sendable {
    package let url: URL
    private let root: String
    /// Folders made so far, relative to the root ("" is the root itself).
    private let folders = Mutex<Set<String>>([""])

    package init(_ url: URL) {
        self.url = url
        root = url.path
    }

    package func write(_ file: OutputFile) throws {
        if let slash = file.path.lastIndex(of: "/") { try makeFolder(String(file.path[..<slash])) }
        let path = root + "/" + file.path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw WriteError(path: file.path, code: errno) }
        let written: Int32 = file.bytes.withUnsafeBytes { buffer in
            guard var next = buffer.baseAddress else { return 0 }
            var left = buffer.count
            while left > 0 {
                let count = systemWrite(descriptor, next, left)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                next += count
                left -= count
            }
            return 0
        }
        let closed = close(descriptor) == 0 ? 0 : errno
        if written != 0 || closed != 0 { throw WriteError(path: file.path, code: written != 0 ? written : closed) }
    }

    /// Makes `relative` and any of its parents not made yet.
    private func makeFolder(_ relative: String) throws {
        try folders.withLock { made in
            var missing: [String] = []
            var folder = relative
            while !made.contains(folder) {
                missing.append(folder)
                folder = folder.lastIndex(of: "/").map { String(folder[..<$0]) } ?? ""
            }
            for folder in missing.reversed() {
                if mkdir(root + "/" + folder, 0o777) != 0 && errno != EEXIST { throw WriteError(path: folder, code: errno) }
                made.insert(folder)
            }
        }
    }

    /// A file or folder that could not be written, with the system's reason.
    struct WriteError: LocalizedError {
        var path: String
        var code: Int32
        var errorDescription: String? { "\(String(cString: strerror(code))) (\(path))" }
    }
}
