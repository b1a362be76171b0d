import Foundation
import FlyingSocks

/// Server-sent events as the body of an HTTP response: the bytes of each event as soon as it
/// is published, until the stream ends. FlyingFox sends a body of unknown length chunked, one
/// chunk per buffer this returns, so each event reaches the browser at once.
struct EventStream: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    let events: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<Data>.AsyncIterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            guard let buffer = try await nextBuffer(suggested: 1) else { return nil }
            return buffer.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            while pending.isEmpty {
                guard let event = await events.next() else { return nil }
                pending = Array(event)
            }
            let size = Swift.max(1, Swift.min(count, pending.count))
            let buffer = Array(pending.prefix(size))
            pending.removeFirst(size)
            return buffer
        }
    }

    /// `event: name` and `data: …` lines, ended by a blank line.
    static func event(_ name: String, data: Data) -> Data {
        Data("event: \(name)\ndata: ".utf8) + data + Data("\n\n".utf8)
    }

    /// A comment line: keeps the connection open and finds browsers that went away.
    static let heartbeat = Data(": ping\n\n".utf8)
}
