import Foundation
import Basics

/// The RDF syntaxes Orden reads.
package enum RDFSyntax: String, Sendable, CaseIterable {
    case turtle = "Turtle"
    /// N-Triples, read by the Turtle reader held to the N-Triples grammar.
    case nTriples = "N-Triples"
    case rdfXML = "RDF/XML"
    case jsonLD = "JSON-LD"

    /// By file extension, or when that says nothing, by the first characters of the file.
    package static func guess(path: String, data: Data) -> RDFSyntax {
        switch (path as NSString).pathExtension.lowercased() {
        case "ttl", "turtle", "n3": return .turtle
        case "nt": return .nTriples
        case "rdf", "xml", "owl": return .rdfXML
        case "jsonld", "json": return .jsonLD
        default: return sniff(data)
        }
    }

    static func sniff(_ data: Data) -> RDFSyntax {
        var bytes = data.prefix(4096)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return .turtle }
        switch first {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            // `[` also starts a Turtle blank node; JSON follows it with `{`, `"` or `]`.
            let text = String(decoding: bytes, as: UTF8.self).filter { !$0.isWhitespace }
            return first == UInt8(ascii: "{") || text.hasPrefix("[{") || text.hasPrefix("[]") && text.count == 2 ? .jsonLD : .turtle
        case UInt8(ascii: "<"):
            // `<?xml`, `<rdf:RDF` or `<!DOCTYPE` is XML; `<http://…>` is a Turtle IRI.
            let text = String(decoding: bytes.prefix(64), as: UTF8.self)
            return text.hasPrefix("<?") || text.hasPrefix("<!") || text.range(of: #"^<[A-Za-z_][\w.-]*(:[\w.-]+)?[\s>/]"#, options: .regularExpression) != nil
                ? .rdfXML : .turtle
        default:
            return .turtle
        }
    }
}

/// A graph read from a file, with what the reader could read but not make sense of (an unknown
/// remote JSON-LD context, a term without an IRI).
package struct RDFDocument: Sendable {
    package var graph: RDFGraph
    package var syntax: RDFSyntax
    package var warnings: [Diagnostic]
    /// Where each subject is first described, for diagnostics about a node.
    package var locations: [RDFTerm: SourceLocation] = [:]
}

/// Reads Turtle, RDF/XML or JSON-LD. A file that cannot be read throws a `Diagnostic` error with
/// its line and column.
package enum RDFReader {
    /// - Parameters:
    ///   - syntax: the syntax, or nil to guess it from the extension or the content.
    ///   - base: the IRI relative references resolve against, unless the file sets its own.
    package static func read(_ data: Data, path: String, syntax: RDFSyntax? = nil, base: String? = nil) throws -> RDFDocument {
        let syntax = syntax ?? RDFSyntax.guess(path: path, data: data)
        switch syntax {
        case .rdfXML:
            let (graph, locations) = try RDFXMLReader.readWithLocations(data, path: path, base: base)
            return RDFDocument(graph: graph, syntax: syntax, warnings: [], locations: locations.byTerm)
        case .turtle, .nTriples:
            // Line ends stay as written: a CR inside a Turtle literal is part of its value.
            let text = try decode(data, path: path, keepingLineEnds: true)
            let (graph, locations) = try TurtleReader.readWithLocations(text, path: path, base: base, nTriples: syntax == .nTriples)
            return RDFDocument(graph: graph, syntax: syntax, warnings: [], locations: locations.byTerm)
        case .jsonLD:
            let (graph, warnings, locations) = try JSONLDReader.readWithLocations(try decode(data, path: path), path: path, base: base)
            return RDFDocument(graph: graph, syntax: syntax, warnings: warnings, locations: locations.byTerm)
        }
    }

    /// UTF-8 text without its byte-order mark. Line ends become `\n` unless `keepingLineEnds`.
    static func decode(_ data: Data, path: String, keepingLineEnds: Bool = false) throws -> String {
        if keepingLineEnds {
            let text: String? = data.withUnsafeBytes { raw in
                let all = raw.bindMemory(to: UInt8.self)
                let start = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
                return String(validating: UnsafeBufferPointer(rebasing: all[start...]), as: UTF8.self)
            }
            if let text { return text }
        }
        switch TextDecoding.decode(data) {
        case .success(let text):
            return text
        case .failure(.notUTF8(let line, let column, let byte)):
            throw Diagnostic.error("the file is not UTF-8 text (byte 0x\(String(byte, radix: 16, uppercase: true)))",
                                   at: SourceLocation(path: path, line: line, column: column),
                                   hint: "save the file as UTF-8")
        }
    }
}
