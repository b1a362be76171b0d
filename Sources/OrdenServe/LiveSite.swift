import Foundation
import Basics
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

/// The site as it is served right now: the last good files, the current diagnostics, and the
/// browsers listening for events. The preview engine publishes into it after each rebuild.
package actor LiveSite {
    /// The engine's files, read in place.
    private var store: FileStore?
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var generation = 0
    /// The path of the site's base_url, e.g. `/orden/`.
    private(set) var basePath = "/"
    /// Tells a browser that reconnects whether it is talking to the same server.
    let session = String(UInt64(Date().timeIntervalSince1970 * 1000))
    private var listeners: [UUID: Listener] = [:]
    /// Files not yet rendered after the open pages were: requests for them wait.
    private var pending: Set<String> = []
    /// A change has been seen and its update not yet published: until it is, any page may be
    /// about to change, so every request waits.
    private(set) var updateComing = false
    /// The engine's count of the state published last, so that a result that arrives late (a
    /// batch overtaken by a newer update) does not replace a newer one.
    private var revision = 0
    /// Requests waiting for an update: they look again after each publish.
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var closed = false
    /// Renders waiting pages at once, when a browser asks for one.
    private var renderFirst: (@Sendable (Set<String>) async -> Void)?

    private struct Listener {
        var events: AsyncStream<Data>.Continuation
        /// The file of the page the browser shows.
        var page: String?
    }

    package init() {}

    func setRenderFirst(_ render: @escaping @Sendable (Set<String>) async -> Void) {
        renderFirst = render
    }

    /// The number of browsers listening for events.
    package var listenerCount: Int { listeners.count }

    var hasErrors: Bool { diagnostics.hasErrors }

    /// The files of the pages open in browsers: the preview renders these first.
    package var openFiles: Set<String> { Set(listeners.values.compactMap(\.page)) }

    /// A file of the site, once it is up to date, so that no request gets the bytes from before a
    /// change the watcher has seen. Until that change's update is published any page may be about
    /// to change, so every request waits; after it, a page still to be rendered is rendered at
    /// once, and a file still to come that is not a page (a catalogue), or one that may be new,
    /// is answered when rendering is complete.
    func file(_ path: String) async -> Data? {
        while !closed {
            if updateComing {
                await nextPublish()
                continue
            }
            if pending.contains(path), let renderFirst {
                await renderFirst([path])
            }
            // Another change may have been seen meanwhile; a catalogue is not rendered ahead.
            if updateComing || (!pending.isEmpty && (pending.contains(path) || store?.file(path) == nil)) {
                await nextPublish()
                continue
            }
            break
        }
        return store?.file(path)
    }

    private func nextPublish() async {
        await withCheckedContinuation { waiting.append($0) }
    }

    private func wake() {
        for continuation in waiting { continuation.resume() }
        waiting = []
    }

    /// The watcher has seen a change: requests wait for the update that includes it.
    func changeSeen() {
        updateComing = true
    }

    /// What the watcher saw changed nothing that is read: requests go on.
    func changeDismissed() {
        updateComing = false
        wake()
    }

    var status: Data { LiveReload.status(generation: generation, diagnostics: diagnostics) }

    /// Takes the engine's state after an update and tells every browser: `reload` when the
    /// site changed or its errors were fixed, `error` when the content has errors. `seen`: this
    /// is the update of the changes the watcher saw last. `revision` orders the engine's states;
    /// an older one than the last published is ignored.
    func publish(store: FileStore, generation: Int, diagnostics: [Diagnostic], basePath: String, pending: Set<String> = [],
                 revision: Int? = nil, seen: Bool = false) {
        if seen { updateComing = false }
        if let revision {
            guard revision > self.revision else {
                wake()
                return
            }
            self.revision = revision
        }
        let hadErrors = hasErrors
        let changed = generation != self.generation
        self.store = store
        self.basePath = basePath
        self.pending = pending
        wake()
        self.generation = generation
        self.diagnostics = diagnostics
        if diagnostics.hasErrors {
            broadcast(EventStream.event("error", data: status))
        } else if changed || hadErrors {
            broadcast(EventStream.event("reload", data: status))
        }
    }

    /// A new browser's stream of events, starting with `hello` (and the errors, if any).
    /// `page` is the file of the page it shows.
    func listen(page: String?) -> AsyncStream<Data> {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(of: Data.self, bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { [weak self] _ in
            Task { await self?.forget(id) }
        }
        listeners[id] = Listener(events: continuation, page: page)
        continuation.yield(EventStream.event("hello", data: hello))
        if hasErrors { continuation.yield(EventStream.event("error", data: status)) }
        return stream
    }

    private var hello: Data {
        Data(#"{"generation":\#(generation),"session":"\#(session)"}"#.utf8)
    }

    func heartbeat() {
        broadcast(EventStream.heartbeat)
    }

    /// Ends every stream, so that open responses finish when the server stops.
    func close() {
        for listener in listeners.values { listener.events.finish() }
        listeners = [:]
        closed = true
        wake()
    }

    private func forget(_ id: UUID) {
        listeners.removeValue(forKey: id)
    }

    private func broadcast(_ event: Data) {
        for listener in listeners.values { listener.events.yield(event) }
    }
}
