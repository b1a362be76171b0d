import FlyingFox
import Foundation
import OrdenCore

/// Answers the browser: the site's files from memory (HTML with the live-reload script), the
/// 404 page for anything else, and the preview's own `/_orden/` addresses.
struct PreviewHandler: HTTPHandler {
    let site: LiveSite

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let head = request.method == .HEAD
        guard request.method == .GET || head else {
            var headers = HTTPHeaders()
            headers[HTTPHeader("Allow")] = "GET, HEAD"
            return HTTPResponse(statusCode: .methodNotAllowed, headers: headers)
        }
        // The path as sent, decoded: FlyingFox's `path` drops a folder's trailing slash.
        let path = request.target.path(percentEncoded: false)
        switch path {
        case LiveReload.eventsPath:
            var headers = Self.headers(type: "text/event-stream; charset=utf-8")
            headers[HTTPHeader("X-Accel-Buffering")] = "no"
            if head { return HTTPResponse(statusCode: .ok, headers: headers) }
            // The page the browser shows, so that it is rendered first after a change.
            let basePath = await site.basePath
            let page = request.query.first { $0.name == "page" }.flatMap { Self.sitePath($0.value, basePath: basePath) }
            let events = await site.listen(page: page)
            return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventStream(events: events)))
        case LiveReload.statusPath:
            return Self.response(.ok, type: "application/json", body: await site.status, head: head)
        case LiveReload.scriptPath:
            return Self.response(.ok, type: ContentTypes.of(LiveReload.scriptPath), body: LiveReload.script, head: head)
        default:
            return await page(path, head: head)
        }
    }

    private func page(_ requestPath: String, head: Bool) async -> HTTPResponse {
        // The site's links are relative and work from `/`, but the 404 page links from the
        // base_url's path (`/orden/`), so that path is served too.
        guard let path = Self.sitePath(requestPath, basePath: await site.basePath) else {
            return Self.response(.badRequest, type: "text/plain; charset=utf-8", body: Data("Bad request\n".utf8), head: head)
        }
        if let bytes = await site.file(path) {
            return Self.response(.ok, type: ContentTypes.of(path), body: Self.served(bytes, path: path), head: head)
        }
        // A folder asked for without its slash: its relative links need the slash.
        if !path.hasSuffix("index.html"), await site.file(path + "/index.html") != nil {
            var headers = Self.headers(type: "text/plain; charset=utf-8")
            headers[.location] = requestPath + "/"
            return HTTPResponse(statusCode: .movedPermanently, headers: headers)
        }
        guard let notFound = await site.file("404.html") else {
            // Nothing has been built yet: the overlay tells why.
            return Self.response(.serviceUnavailable, type: ContentTypes.of("x.html"), body: LiveReload.inject(into: LiveReload.placeholderPage), head: head)
        }
        return Self.response(.notFound, type: ContentTypes.of("404.html"), body: LiveReload.inject(into: notFound), head: head)
    }

    /// The file below the site root that a request path names, or nil for a path that tries
    /// to leave it. `/` and folders (`/kommuner/`) mean their index.html.
    static func sitePath(_ requestPath: String, basePath: String) -> String? {
        var path = requestPath
        if basePath != "/", path.hasPrefix(basePath) {
            path = "/" + path.dropFirst(basePath.count)
        }
        guard path.hasPrefix("/"), !path.contains("\0"), !path.contains("\\") else { return nil }
        let parts = path.split(separator: "/")
        guard !parts.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        let relative = parts.joined(separator: "/")
        if relative.isEmpty { return "index.html" }
        return path.hasSuffix("/") ? relative + "/index.html" : relative
    }

    static func served(_ bytes: Data, path: String) -> Data {
        path.hasSuffix(".html") ? LiveReload.inject(into: bytes) : bytes
    }

    static func headers(type: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers[.contentType] = type
        // A preview changes all the time: never let the browser keep a stale copy.
        headers[.cacheControl] = "no-store"
        return headers
    }

    /// A response with `body`, or for HEAD the same headers and no body.
    static func response(_ status: HTTPStatusCode, type: String, body: Data, head: Bool) -> HTTPResponse {
        var headers = headers(type: type)
        headers[.contentLength] = String(body.count)
        return HTTPResponse(statusCode: status, headers: headers, body: head ? Data() : body)
    }
}
