import Foundation
import HTTPTypes
import HummingbirdCore
import NIOCore
import Basics
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

/// Answers the browser: the site's files from memory (HTML with the live-reload script), the
/// 404 page for anything else, and the preview's own `/_orden/` addresses.
struct PreviewHandler: Sendable {
    let site: LiveSite
    let hosts: AllowedHosts
    /// The form editor, with `--edit`.
    var editor: Editor? = nil

    func respond(to request: Request) async -> Response {
        let head = request.method == .head
        // A second Host header would let a request pass by one name and be read by another.
        guard request.headers[values: Self.host].isEmpty else {
            return Self.text(.badRequest, "More than one Host header.\n", head: head)
        }
        guard hosts.allows(request.head.authority) else {
            let name = AllowedHosts.host(of: request.head.authority ?? "")
            return Self.text(.forbidden, """
                orden serve answers only requests addressed to localhost, an IP address or a name given with \
                --allow-host; this one was addressed to \(name). If that name is yours, start orden serve \
                with --allow-host \(name).

                """, head: head)
        }
        if let editor, let path = (request.head.path ?? "/").split(separator: "?", maxSplits: 1).first.map(String.init)?.removingPercentEncoding,
           path.hasPrefix(Editor.prefix) || path + "/" == Editor.prefix {
            var request = request
            return await editor.respond(to: &request, path: path.hasPrefix(Editor.prefix) ? path : Editor.prefix)
        }
        guard request.method == .get || head else {
            var response = Self.text(.methodNotAllowed, "orden serve answers GET and HEAD only.\n", head: head)
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        // The target as sent: its path decoded, its query apart.
        let target = request.head.path ?? "/"
        let rawPath = String(target.prefix { $0 != "?" })
        guard let path = rawPath.removingPercentEncoding else {
            return Self.text(.badRequest, "Bad request\n", head: head)
        }
        switch path {
        case LiveReload.eventsPath:
            var headers = Self.headers(type: "text/event-stream; charset=utf-8")
            headers[Self.accelBuffering] = "no"
            if head { return Response(status: .ok, headers: headers) }
            // The page the browser shows, so that it is rendered first after a change.
            let basePath = await site.basePath
            let page = Self.query(target, "page").flatMap { Self.sitePath($0, basePath: basePath) }
            let events = await site.listen(page: page)
            return Response(status: .ok, headers: headers, body: ResponseBody { writer in
                for await event in events { try await writer.write(ByteBuffer(bytes: event)) }
                try await writer.finish(nil)
            })
        case LiveReload.statusPath:
            return Self.response(.ok, type: "application/json", body: await site.status, head: head)
        case LiveReload.scriptPath:
            return Self.response(.ok, type: ContentTypes.of(LiveReload.scriptPath), body: LiveReload.script, head: head)
        default:
            return await page(path, rawPath: rawPath, head: head)
        }
    }

    private func page(_ requestPath: String, rawPath: String, head: Bool) async -> Response {
        // The site's links are relative and work from `/`, but the 404 page links from the
        // base_url's path (`/orden/`), so that path is served too.
        guard let path = Self.sitePath(requestPath, basePath: await site.basePath) else {
            return Self.text(.badRequest, "Bad request\n", head: head)
        }
        if let bytes = await site.file(path) {
            return Self.response(.ok, type: ContentTypes.of(path), body: Self.served(bytes, path: path), head: head)
        }
        // A folder asked for without its slash: its relative links need the slash.
        if !path.hasSuffix("index.html"), await site.file(path + "/index.html") != nil {
            var response = Self.text(.movedPermanently, "", head: head)
            response.headers[.location] = Self.folderLocation(rawPath)
            return response
        }
        guard let notFound = await site.file("404.html") else {
            // Nothing has been built yet: the overlay tells why.
            return Self.response(.serviceUnavailable, type: ContentTypes.of("x.html"), body: LiveReload.inject(into: LiveReload.placeholderPage), head: head)
        }
        return Self.response(.notFound, type: ContentTypes.of("404.html"), body: LiveReload.inject(into: notFound), head: head)
    }

    /// Where a folder asked for without its slash is: the path as sent with the slash, and
    /// with one slash in front, since `//kommuner/` would name another server (kommuner).
    static func folderLocation(_ rawPath: String) -> String {
        "/" + rawPath.drop { $0 == "/" } + "/"
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

    /// The decoded value of a query parameter of a request target.
    static func query(_ target: String, _ name: String) -> String? {
        guard let question = target.firstIndex(of: "?") else { return nil }
        // Parsed, not set: URLComponents' setters trap on what is not percent-encoded.
        return URLComponents(string: String(target[question...]))?.queryItems?.first { $0.name == name }?.value
    }

    static func served(_ bytes: Data, path: String) -> Data {
        path.hasSuffix(".html") ? LiveReload.inject(into: bytes) : bytes
    }

    static let host = HTTPField.Name("Host")!
    static let accelBuffering = HTTPField.Name("X-Accel-Buffering")!

    static func headers(type: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = type
        // A preview changes all the time: never let the browser keep a stale copy.
        headers[.cacheControl] = "no-store"
        return headers
    }

    /// A response with `body`, or for HEAD the same headers and no body.
    static func response(_ status: HTTPResponse.Status, type: String, body: Data, head: Bool) -> Response {
        var headers = headers(type: type)
        headers[.contentLength] = String(body.count)
        return Response(status: status, headers: headers, body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    static func text(_ status: HTTPResponse.Status, _ text: String, head: Bool) -> Response {
        response(status, type: "text/plain; charset=utf-8", body: Data(text.utf8), head: head)
    }
}
