#if os(Linux)
import Glibc
#endif
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

/// Tells the watcher which files below the watched folders changed, so that it need not look
/// at every file (a national source has 100,000): inotify on Linux. Elsewhere, or when the
/// system refuses more watches, `make()` gives nil and the watcher polls.
final class FileEvents: @unchecked Sendable {
    /// What happened since the last look.
    struct Changes: Sendable, Equatable {
        /// The files named by the events, as paths in the source.
        var paths: Set<String> = []
        /// A folder came or went, or events were lost: only looking at every file tells what changed.
        var rescan = false
    }

    #if os(Linux)
    private let descriptor: Int32
    /// Watch descriptor → the folder's path in the source. Only the watcher's task uses it.
    private var folders: [Int32: String] = [:]

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    static func make() -> FileEvents? {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        return descriptor < 0 ? nil : FileEvents(descriptor: descriptor)
    }

    deinit {
        close(descriptor)
    }

    /// Watches these folders; folders watched already stay watched. False if the system refused
    /// a watch (too many folders): then only polling sees every change.
    func watch(_ list: [SourceWatcher.Folder]) -> Bool {
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
                          | IN_DELETE_SELF | IN_MOVE_SELF)
        for folder in list {
            let watch = inotify_add_watch(descriptor, folder.absolute, mask)
            guard watch >= 0 else { return false }
            folders[watch] = folder.relative
        }
        return true
    }

    /// What happened since the last call (reads and forgets the events); nil for nothing.
    func drain() -> Changes? {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var changes: Changes?
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { return changes }
            var found = changes ?? Changes()
            Self.parse(buffer.prefix(count), folders: folders, into: &found)
            changes = found
        }
    }

    /// Reads `struct inotify_event` records: wd, mask, cookie, len, then len bytes of name.
    private static func parse(_ bytes: ArraySlice<UInt8>, folders: [Int32: String], into changes: inout Changes) {
        var offset = bytes.startIndex
        let header = 16
        while offset + header <= bytes.endIndex {
            func word(_ at: Int) -> UInt32 {
                UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
            }
            let watch = Int32(bitPattern: word(offset)), mask = word(offset + 4), length = Int(word(offset + 12))
            let nameStart = offset + header, nameEnd = min(bytes.endIndex, nameStart + length)
            let name = String(decoding: bytes[nameStart..<nameEnd].prefix { $0 != 0 }, as: UTF8.self)
            offset = nameEnd
            if mask & UInt32(IN_Q_OVERFLOW) != 0 || mask & UInt32(IN_ISDIR) != 0
                || mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 {
                changes.rescan = true
                continue
            }
            guard let folder = folders[watch] else {
                changes.rescan = true
                continue
            }
            guard !name.isEmpty, !SourceWatcher.isEditorFile(name) else { continue }
            changes.paths.insert(folder.isEmpty ? name : folder + "/" + name)
        }
    }
    #else
    static func make() -> FileEvents? { nil }
    func watch(_ list: [SourceWatcher.Folder]) -> Bool { false }
    func drain() -> Changes? { Changes(rescan: true) }
    #endif
}
