#if os(Linux)
import Glibc
#endif

/// Tells the watcher that something below the watched folders changed, so that it need not
/// look at every file every tenth of a second: inotify on Linux. Elsewhere, or when the
/// system refuses more watches, `make()` gives nil and the watcher polls.
final class FileEvents: Sendable {
    #if os(Linux)
    private let descriptor: Int32

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

    /// Watches these folders (absolute paths); folders watched already stay watched. False if
    /// the system refused a watch (too many folders): then only polling sees every change.
    func watch(_ folders: [String]) -> Bool {
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
                          | IN_DELETE_SELF | IN_MOVE_SELF)
        return folders.allSatisfy { inotify_add_watch(descriptor, $0, mask) >= 0 }
    }

    /// Whether anything happened since the last call (reads and forgets the events).
    func drain() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var happened = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { return happened }
            happened = true
        }
    }
    #else
    static func make() -> FileEvents? { nil }
    func watch(_ folders: [String]) -> Bool { false }
    func drain() -> Bool { true }
    #endif
}
