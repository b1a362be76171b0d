import Foundation

/// Server-sent events: the bytes of each event the preview sends the browser, written as the
/// body of the `/_orden/events` response as soon as it is published.
enum EventStream {
    /// `event: name` and `data: …` lines, ended by a blank line.
    static func event(_ name: String, data: Data) -> Data {
        Data("event: \(name)\ndata: ".utf8) + data + Data("\n\n".utf8)
    }

    /// A comment line: keeps the connection open and finds browsers that went away.
    static let heartbeat = Data(": ping\n\n".utf8)
}
