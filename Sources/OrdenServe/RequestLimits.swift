import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import FrontMatter
import OrdenBuild
import OrdenHistory
import OrdenModel
import OrdenSite
import RDF

/// Refuses at once what would keep the preview busy: a request line or header line over
/// `lineLimit`, a head over `headLimit` in all, a body the preview would have to read through.
/// SwiftNIO's parser stops at the limits (`decoderLimits`); this answers the client with why,
/// instead of closing without a word.
final class RequestLimits: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundOut = HTTPResponsePart

    static let lineLimit = 8 * 1024
    static let headLimit = 64 * 1024
    /// The preview answers GET and HEAD only; a body is read through and dropped up to this size.
    static let bodyLimit = 64 * 1024
    /// How long a refused client may go on sending before the connection is closed: closing
    /// while its bytes still arrive would reset the connection before it reads the answer.
    static let lingerTime = TimeAmount.seconds(2)

    static var decoderLimits: (fieldSize: Int, listSize: Int, fieldCount: Int) {
        (fieldSize: lineLimit, listSize: headLimit, fieldCount: 100)
    }

    private var refused = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !refused else { return }
        if case .head(let head) = unwrapInboundIn(data),
           let problem = Self.bodyProblem(head.headerFields, limit: (head.path ?? "").hasPrefix(Editor.prefix) ? Editor.bodyLimit : Self.bodyLimit) {
            refuse(context, status: .contentTooLarge, text: problem)
            return
        }
        context.fireChannelRead(data)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let error = error as? HTTPParserError, error == .headerOverflow {
            refuse(context, status: .requestHeaderFieldsTooLarge,
                   text: "The request line or a header is longer than orden serve accepts "
                       + "(\(Self.lineLimit / 1024) KiB a line, \(Self.headLimit / 1024) KiB in all).\n")
            return
        }
        context.fireErrorCaught(error)
    }

    /// Why a request's body is refused, or nil if it is small enough to read through.
    static func bodyProblem(_ headers: HTTPFields, limit: Int = bodyLimit) -> String? {
        if headers[.transferEncoding] != nil {
            return "orden serve takes no request body of unknown length (Transfer-Encoding).\n"
        }
        guard let length = headers[.contentLength] else { return nil }
        guard let bytes = Int(length), bytes <= limit else {
            return "orden serve takes no request body over \(limit / 1024) KiB.\n"
        }
        return nil
    }

    private func refuse(_ context: ChannelHandlerContext, status: HTTPResponse.Status, text: String) {
        refused = true
        let body = ByteBuffer(string: text)
        let head = HTTPResponse(status: status, headerFields: [
            .contentType: "text/plain; charset=utf-8", .contentLength: String(body.readableBytes), .connection: "close",
        ])
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            channel.close(mode: .output, promise: nil)
            channel.eventLoop.scheduleTask(in: Self.lingerTime) { channel.close(promise: nil) }
        }
    }
}
