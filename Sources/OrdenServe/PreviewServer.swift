import Dispatch
import Foundation
import HummingbirdCore
import Logging
import NIOCore
import NIOPosix
import Synchronization
import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

/// How `orden serve` runs: where the source is, what to build, and where to listen.
package struct ServeOptions: Sendable {
    package var source: URL
    package var build: BuildOptions
    /// The address to listen on; 127.0.0.1 keeps the preview on this machine.
    package var host: String
    /// 0 picks any free port.
    package var port: UInt16
    /// How often the source is looked at where there are no file events (inotify), and how
    /// long it must stay still before a rebuild (editors save several files at once).
    package var pollInterval: Duration
    package var settleTime: Duration
    /// Names besides localhost and IP addresses that requests may address the preview by
    /// (`--allow-host`): see `AllowedHosts`.
    package var allowedHosts: [String]
    /// The form editor under /_orden/rediger/ (`--edit`): off unless asked for.
    package var edit = false
    /// Each save is committed to git (`--commit`).
    package var commit = false
    /// The request header a single sign-on proxy puts the editor's identity in
    /// (`--trust-user-header`): saves are committed as that person, and refused without it.
    package var userHeader: String?
    /// Each person's saves are committed on their own branch (`--branch-per-editor`).
    package var branchPerEditor = false
    /// The remote each commit is pushed to (`--push`).
    package var pushRemote: String?

    package init(source: URL, build: BuildOptions = BuildOptions(), host: String = "127.0.0.1", port: UInt16 = 1414,
                allowedHosts: [String] = [], edit: Bool = false,
                pollInterval: Duration = .milliseconds(100), settleTime: Duration = .milliseconds(10)) {
        self.source = source
        self.build = build
        self.host = host
        self.port = port
        self.allowedHosts = allowedHosts
        self.edit = edit
        self.pollInterval = pollInterval
        self.settleTime = settleTime
    }
}

package enum ServeError: Error, CustomStringConvertible {
    case portInUse(UInt16)
    case cannotListen(String, String)

    package var description: String {
        switch self {
        case .portInUse(let port): "port \(port) is already in use (another orden serve?); choose another with --port"
        case .cannotListen(let address, let reason): "cannot listen on \(address): \(reason)"
        }
    }
}

/// `orden serve`: builds the site in memory, serves it, watches the source and rebuilds what
/// each change affects, telling open browsers to reload. For previewing on one's own machine,
/// not for publishing: publish what `orden build` writes.
package actor PreviewServer {
    package let options: ServeOptions
    package let site = LiveSite()
    private let log: @Sendable (String) -> Void
    private let engine: Engine
    private var server: Server<HTTP1Channel>?
    private var serving: Task<Void, Never>?
    private var tasks: [Task<Void, Never>] = []
    private var lastHadErrors = false
    /// Renders the pages an update left after the open ones, a batch at a time, so that the next
    /// change need not wait for all of them.
    private var finishing: Task<Void, Never>?
    /// What the unfinished update's line in the terminal says once its last page is in,
    /// whichever way that page came: a batch, or a browser asking for it.
    private var unreported: (changed: Set<String>, reloadedAfter: Double)?
    /// Pages rendered per batch: a next change waits for at most one.
    static let batch = 16

    package init(options: ServeOptions, log: @escaping @Sendable (String) -> Void = { print($0) }) {
        self.options = options
        self.log = log
        engine = Engine(source: options.source, options: options.build)
    }

    /// Starts listening, builds the site, starts watching, and returns the address to open.
    package func start() async throws -> URL {
        guard (try? SocketAddress(ipAddress: options.host, port: Int(options.port))) != nil else {
            throw ServeError.cannotListen(options.host, "not an IP address (give e.g. --bind 127.0.0.1)")
        }
        let (listening, listened) = AsyncThrowingStream.makeStream(of: Int.self)
        let server = makeServer { port in listened.yield(port) }
        let running = Task {
            do { try await server.run() } catch { listened.finish(throwing: error) }
            listened.finish()
        }
        // Wait until it listens or fails to bind (the port is taken).
        let port: Int
        do {
            var iterator = listening.makeAsyncIterator()
            guard let bound = try await iterator.next() else {
                throw ServeError.cannotListen("\(options.host):\(options.port)", "the server did not start")
            }
            port = bound
        } catch {
            running.cancel()
            throw translate(error)
        }
        self.server = server
        serving = running
        await site.setRenderFirst { [weak self] files in await self?.renderFirst(files) }
        // With the editor, every record page links to its form, at the address just bound.
        let host = options.host.contains(":") ? "[\(options.host)]" : options.host
        let base = "http://\(host == "0.0.0.0" ? "localhost" : host):\(port)/"
        if options.edit, let links = EditLinks.localEditor(base: base) { engine.useLocalEditor(links) }
        // What the files are before the first build reads them: a file saved while it builds, or
        // the moment the address is out but before the watcher has looked, is then a change the
        // watcher sees, not one it takes for the state the site was built from.
        let watcher = SourceWatcher(root: options.source)
        let before = await engine.scan(watcher)
        // Listening first, so that a taken port is said at once, not after building a large site;
        // the address is printed only when the site is built.
        let first = await engine.update(changed: nil)
        await publish(first)
        lastHadErrors = first.update.hasErrors
        log(summary(of: first, changed: nil))
        printDiagnostics(first.update.diagnostics, errorsOnly: false)
        tasks = [Task { await self.watch(watcher, from: before) }, Task { await self.heartbeat() }]
        return URL(string: base) ?? options.source
    }

    /// Waits until the server stops.
    package func wait() async {
        for task in tasks { await task.value }
        await serving?.value
    }

    package func stop() async {
        for task in tasks { task.cancel() }
        finishing?.cancel()
        // Ends the event streams, so that their connections can close.
        await site.close()
        if let server, let serving {
            // Connections still open after a second are cut.
            let cut = Task {
                try? await Task.sleep(for: .seconds(1))
                serving.cancel()
            }
            try? await server.shutdownGracefully()
            cut.cancel()
            await serving.value
        }
        tasks = []
        serving = nil
    }

    // MARK: Watching

    private func watch(_ watcher: SourceWatcher, from before: (SourceWatcher.Snapshot, [SourceWatcher.Folder])) async {
        var (known, folders) = before
        // With file events, the files they name are looked at, and every file only when a folder
        // came or went, or now and then for file systems that send no events: at most 1% of the
        // time, so that on a large source (a look at a national one takes a good part of a
        // second) an edit seldom waits for one. Without events, every file is looked at every
        // poll interval.
        let events = FileEvents.make()
        var eventsWork = events?.watch(folders) ?? false
        var lastLook = ContinuousClock.now
        var lookEvery = Duration.seconds(1)
        while !Task.isCancelled {
            do { try await Task.sleep(for: eventsWork ? .milliseconds(10) : options.pollInterval) } catch { return }
            var changed = Set<String>()
            // From the moment a change is seen, requests wait for the update that includes it;
            // if it turns out to change nothing, they go on.
            var seen = false
            if eventsWork, let events {
                let happened = events.drain()
                if let happened, happened.rescan || happened.paths.contains(where: Self.isWatched) {
                    seen = true
                    await site.changeSeen()
                }
                if let happened, !happened.rescan {
                    // Let a burst of saves finish, then take what the events name.
                    var paths = happened.paths
                    var rescan = false
                    for _ in 0..<20 {
                        do { try await Task.sleep(for: options.settleTime) } catch { return }
                        guard let more = events.drain() else { break }
                        paths.formUnion(more.paths)
                        rescan = rescan || more.rescan
                    }
                    if !rescan {
                        for path in paths {
                            let stamp = watcher.stamp(of: path, folders: folders)
                            if known[path] != stamp { changed.insert(path) }
                            known[path] = stamp
                        }
                        if !changed.isEmpty {
                            await rebuild(changed)
                        } else if seen {
                            await site.changeDismissed()
                        }
                        continue
                    }
                    if !seen {
                        seen = true
                        await site.changeSeen()
                    }
                } else if happened == nil && ContinuousClock.now - lastLook < lookEvery {
                    continue
                }
            }
            let started = ContinuousClock.now
            var current: SourceWatcher.Snapshot
            (current, folders) = await engine.scan(watcher)
            lastLook = ContinuousClock.now
            lookEvery = max(.seconds(1), (lastLook - started) * 100)
            changed = SourceWatcher.changes(from: known, to: current)
            guard !changed.isEmpty else {
                if seen { await site.changeDismissed() }
                continue
            }
            if !seen { await site.changeSeen() }
            // Let a burst of saves finish before building.
            for _ in 0..<20 {
                do { try await Task.sleep(for: options.settleTime) } catch { return }
                let later: SourceWatcher.Snapshot
                (later, folders) = await engine.scan(watcher)
                let more = SourceWatcher.changes(from: current, to: later)
                current = later
                if more.isEmpty { break }
                changed.formUnion(more)
            }
            known = current
            if let events, eventsWork {
                _ = events.drain()
                eventsWork = events.watch(folders)
            }
            await rebuild(changed)
        }
    }

    /// Whether a file named by a file event may change the site: not an editor's file beside it.
    static func isWatched(_ path: String) -> Bool {
        PreviewSite.isRead(path) && !SourceWatcher.isEditorFile(String(path.split(separator: "/").last ?? ""))
    }

    /// The pages open in browsers first, so that they reload at once; then the rest, in batches
    /// that a next change interrupts (it renders what is left with its own pages).
    private func rebuild(_ changed: Set<String>) async {
        finishing?.cancel()
        // The update taken over is not reported: this one renders what it had left.
        unreported = nil
        let first = await engine.update(changed: changed, first: await site.openFiles)
        await publish(first, seen: true)
        guard !first.update.isComplete else {
            report(first, changed: changed, reloadedAfter: nil)
            return
        }
        unreported = (changed, first.update.milliseconds)
        finishing = Task {
            while !Task.isCancelled {
                guard let rest = await engine.finish(limit: Self.batch) else { return }
                await publish(rest)
                if rest.update.isComplete {
                    reportFinished(rest)
                    return
                }
            }
        }
    }

    /// A browser asked for a page still waiting to be rendered: render it now.
    func renderFirst(_ files: Set<String>) async {
        guard let result = await engine.finish(files: files) else { return }
        await publish(result)
        if result.update.isComplete { reportFinished(result) }
    }

    private func reportFinished(_ result: Engine.Result) {
        guard let (changed, reloadedAfter) = unreported else { return }
        unreported = nil
        report(result, changed: changed, reloadedAfter: reloadedAfter)
    }

    private func heartbeat() async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: .seconds(20)) } catch { return }
            await site.heartbeat()
        }
    }

    private func publish(_ result: Engine.Result, seen: Bool = false) async {
        await site.publish(store: result.store, generation: result.generation, diagnostics: result.update.diagnostics,
                           basePath: Self.basePath(of: result.baseURL), pending: result.update.pendingFiles,
                           revision: result.revision, seen: seen)
    }

    // MARK: The terminal

    private func report(_ result: Engine.Result, changed: Set<String>, reloadedAfter: Double?) {
        let update = result.update
        defer { lastHadErrors = update.hasErrors }
        if update.hasErrors {
            printDiagnostics(update.diagnostics, errorsOnly: true)
            log("changed \(Self.describe(changed)) → \(update.diagnostics.errorCount == 1 ? "1 error" : "\(update.diagnostics.errorCount) errors"); still serving the last good site")
        } else if update.rebuilt {
            let reloaded = reloadedAfter.map { String(format: " (open pages reloaded after %.0f ms)", $0) } ?? ""
            log(summary(of: result, changed: changed) + reloaded)
        } else if lastHadErrors {
            log("changed \(Self.describe(changed)) → fixed; the site is as it was before the error")
        }
    }

    private func summary(of result: Engine.Result, changed: Set<String>?) -> String {
        let update = result.update
        let time = String(format: "%.0f ms", update.milliseconds)
        guard update.rebuilt else {
            return "the content has \(update.diagnostics.summary); fix them and the site is built"
        }
        let what = changed.map { "changed \(Self.describe($0)) → " } ?? ""
        if let reason = update.fullRenderReason {
            return what + "rebuilt all \(update.totalPages) pages in \(time)" + (changed == nil ? "" : " (\(reason))")
        }
        return what + "rebuilt \(update.renderedPages) of \(update.totalPages) pages in \(time)"
    }

    private func printDiagnostics(_ diagnostics: [Diagnostic], errorsOnly: Bool) {
        for diagnostic in diagnostics where !errorsOnly || diagnostic.severity == .error {
            log(diagnostic.description)
        }
    }

    static func describe(_ changed: Set<String>) -> String {
        let sorted = changed.sorted()
        guard let first = sorted.first else { return "nothing" }
        return sorted.count == 1 ? first : "\(first) and \(sorted.count - 1) more"
    }

    // MARK: Listening

    /// An HTTP/1.1 server on SwiftNIO, whose parser refuses request lines and headers over
    /// `RequestLimits`' sizes as they arrive, so that no request can keep it busy.
    private func makeServer(listening: @escaping @Sendable (Int) -> Void) -> Server<HTTP1Channel> {
        let handler = PreviewHandler(site: site, hosts: AllowedHosts(bound: options.host, allowed: options.allowedHosts),
                                     editor: options.edit ? Editor(source: options.source, options: options.build, commit: options.commit || options.userHeader != nil,
                                                                   userHeader: options.userHeader, branchPerEditor: options.branchPerEditor, pushRemote: options.pushRemote,
                                                                   check: { [engine] path, bytes in engine.diagnostics(ifWritten: bytes, at: path) }) : nil)
        let limits = RequestLimits.decoderLimits
        let channel = HTTP1Channel(
            responder: { request, writer, _ in
                let response = await handler.respond(to: request)
                try await writer.write(response: response.head, body: response.body)
            },
            configuration: .init(additionalChannelHandlers: [RequestLimits()],
                                 httpDecoderConfiguration: .init(maxHeaderFieldSize: limits.fieldSize,
                                                                 maxHeaderListSize: limits.listSize,
                                                                 maxHeaderFieldCount: limits.fieldCount)))
        return Server(childChannelSetup: channel,
                      configuration: ServerConfiguration(address: .hostname(options.host, port: Int(options.port))),
                      onServerRunning: { listener in listening(listener.localAddress?.port ?? 0) },
                      eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
                      logger: Logger(label: "orden.serve") { _ in SwiftLogNoOpLogHandler() })
    }

    private func translate(_ error: any Error) -> any Error {
        if let error = error as? ServeError { return error }
        if let error = error as? IOError {
            return error.errnoCode == EADDRINUSE ? ServeError.portInUse(options.port)
                : ServeError.cannotListen("\(options.host):\(options.port)", String(cString: strerror(error.errnoCode)))
        }
        return ServeError.cannotListen("\(options.host):\(options.port)", "\(error)")
    }

    /// `https://example.org/orden/` → `/orden/`.
    static func basePath(of baseURL: String?) -> String {
        guard let baseURL, let components = URLComponents(string: baseURL), !components.path.isEmpty else { return "/" }
        return components.path.hasSuffix("/") ? components.path : components.path + "/"
    }
}

/// The preview engine on a queue of its own: rendering uses every core through
/// `concurrentPerform`, which must not block the threads that serve requests.
final class Engine: Sendable {
    struct Result: Sendable {
        var update: PreviewUpdate
        var store: FileStore
        var generation: Int
        var baseURL: String?
        /// Counts the engine's steps, so that a result published late is known to be old.
        var revision = 0
    }

    private let source: URL
    private let state: Mutex<PreviewSite>
    private let revisions = Mutex(0)
    private let queue = DispatchQueue(label: "orden.serve.engine", qos: .userInitiated)
    /// Where the pages an update left are rendered, off the engine's queue.
    private let background = DispatchQueue(label: "orden.serve.finishing", qos: .utility)

    init(source: URL, options: BuildOptions) {
        self.source = source
        state = Mutex(PreviewSite(options: options))
    }

    /// What the check would say of a file if it held `bytes`, from the last good site; nil when
    /// only a full check can tell.
    func diagnostics(ifWritten bytes: Data, at path: String) -> [Diagnostic]? {
        let source = self.source
        return state.withLock { $0.diagnostics(ifWritten: bytes, at: path, in: .directory(source)) }
    }

    /// Links record pages to the form editor; before the first update.
    func useLocalEditor(_ links: EditLinks) {
        state.withLock { $0.useLocalEditor(links) }
    }

    /// Updates the site; with `first`, renders the affected pages among those first and leaves
    /// the rest to `finish()`.
    func update(changed: Set<String>?, first: Set<String>? = nil) async -> Result {
        let source = self.source
        return await run { site in site.update(from: .directory(source), changed: changed, first: first) }
    }

    /// Renders up to `limit` of the pages the last update left, away from the engine's queue,
    /// so that a change arriving meanwhile is not kept waiting; nil if nothing is left to hand
    /// out, or a later update took the pages over.
    func finish(limit: Int) async -> Result? {
        let taken = await perform { site in site.takeBatch(limit: limit) }
        guard let batch = taken.update else { return nil }
        let rendered = await withCheckedContinuation { continuation in
            background.async { continuation.resume(returning: PreviewSite.render(batch)) }
        }
        let result = await perform { site in site.commit(batch, rendered) }
        return result.update.map { Result(update: $0, store: result.store, generation: result.generation, baseURL: result.baseURL, revision: result.revision) }
    }

    /// Renders at once the unfinished pages of these files, also those in a batch being
    /// rendered; nil if none was waiting.
    func finish(files: Set<String>) async -> Result? {
        let result = await perform { site in site.finish(files: files) }
        return result.update.map { Result(update: $0, store: result.store, generation: result.generation, baseURL: result.baseURL, revision: result.revision) }
    }

    /// Runs `work` on the engine's queue and returns what it gives with the site after it.
    private func perform<Update: Sendable>(_ work: @escaping @Sendable (inout PreviewSite) -> Update)
        async -> (update: Update, store: FileStore, generation: Int, baseURL: String?, revision: Int) {
        await withCheckedContinuation { continuation in
            queue.async { [self] in
                let result = state.withLock { site in
                    let update = work(&site)
                    let revision = revisions.withLock { count in
                        count += 1
                        return count
                    }
                    return (update: update, store: site.store, generation: site.generation, baseURL: site.baseURL, revision: revision)
                }
                continuation.resume(returning: result)
            }
        }
    }

    private func run(_ work: @escaping @Sendable (inout PreviewSite) -> PreviewUpdate) async -> Result {
        let result = await perform(work)
        return Result(update: result.update, store: result.store, generation: result.generation, baseURL: result.baseURL, revision: result.revision)
    }

    /// The watched files, and the folders they are in.
    func scan(_ watcher: SourceWatcher) async -> (SourceWatcher.Snapshot, [SourceWatcher.Folder]) {
        await withCheckedContinuation { continuation in
            queue.async {
                var folders: [SourceWatcher.Folder] = []
                let snapshot = watcher.scan(folders: &folders)
                continuation.resume(returning: (snapshot, folders))
            }
        }
    }
}
