import Foundation
import Synchronization
import Basics
import OrdenCatalogue
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

/// The preview's site in memory, path → bytes, shared by the engine that writes it and the server
/// that reads it. A dictionary handed from one to the other would be copied whole on the next
/// change, and a national site has 400,000 files.
package final class FileStore: Sendable {
    private let files = Mutex<[String: Data]>([:])

    package init() {}

    package func file(_ path: String) -> Data? {
        files.withLock { $0[path] }
    }

    /// Every file, as a dictionary of its own (for tests and comparisons).
    package var all: [String: Data] {
        files.withLock { $0 }
    }

    package var count: Int { files.withLock { $0.count } }

    func replace(removing gone: some Sequence<String>, adding new: [OutputFile]) {
        files.withLock { files in
            for path in gone { files.removeValue(forKey: path) }
            for file in new { files[file.path] = file.bytes }
        }
    }

    func remove(_ paths: some Sequence<String>) {
        files.withLock { files in
            for path in paths { files.removeValue(forKey: path) }
        }
    }
}
