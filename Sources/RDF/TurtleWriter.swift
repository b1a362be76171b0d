import Basics

/// Writes a graph as Turtle. Every IRI and literal goes through the escaping below, so no text
/// from content can end a string or an IRI early. Written byte by byte into one buffer: a
/// national catalogue has a million triples.
package enum TurtleWriter {
    package static func write(_ graph: RDFGraph) -> String {
        String(decoding: bytes(graph), as: UTF8.self)
    }

    package static func bytes(_ graph: RDFGraph) -> [UInt8] {
        var out: [UInt8] = []
        for (prefix, namespace) in RDFVocabulary.prefixes {
            out.append(utf8: "@prefix \(prefix): ")
            appendIRIRef(namespace, to: &out)
            out.append(utf8: " .\n")
        }
        var names = RDFNames()
        var values: [UInt8] = [], ends: [Int] = []
        for subject in RDFLayout(graph).subjects {
            out.append(UInt8(ascii: "\n"))
            appendTerm(subject.term, names: &names, to: &out)
            var first = true
            func startStatement() {
                out.append(utf8: first ? "\n    " : " ;\n    ")
                first = false
            }
            if !subject.types.isEmpty {
                startStatement()
                out.append(utf8: "a ")
                for (index, type) in subject.types.enumerated() {
                    if index > 0 { out.append(utf8: ", ") }
                    out.append(contentsOf: names.turtle(type))
                }
            }
            for (predicate, objects) in subject.properties {
                values.removeAll(keepingCapacity: true)
                ends.removeAll(keepingCapacity: true)
                var long = objects.count > 2
                for object in objects {
                    let start = values.count
                    appendTerm(object, names: &names, to: &values)
                    ends.append(values.count)
                    // More than 60 characters (not bytes) puts each value on a line of its own.
                    if !long && values.count - start > 60 {
                        long = values[start...].allSatisfy { $0 < 0x80 } || String(decoding: values[start...], as: UTF8.self).count > 60
                    }
                }
                startStatement()
                out.append(contentsOf: names.turtle(predicate))
                out.append(UInt8(ascii: " "))
                var start = 0
                for (index, end) in ends.enumerated() {
                    if index > 0 { out.append(utf8: long ? ",\n        " : ", ") }
                    out.append(contentsOf: values[start..<end])
                    start = end
                }
            }
            if first { out.append(utf8: "\n    ") }
            out.append(utf8: " .\n")
        }
        return out
    }

    static func term(_ term: RDFTerm) -> String {
        var names = RDFNames(), out: [UInt8] = []
        appendTerm(term, names: &names, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendTerm(_ term: RDFTerm, names: inout RDFNames, to out: inout [UInt8]) {
        switch term {
        case .iri(let iri): appendName(iri, to: &out)
        case .blank(let label): out.append(utf8: "_:" + blankLabel(label))
        case .literal(let literal):
            out.append(UInt8(ascii: "\""))
            appendEscaped(literal.value, to: &out)
            out.append(UInt8(ascii: "\""))
            if let language = literal.language {
                out.append(UInt8(ascii: "@"))
                out.append(utf8: language)
            } else if literal.datatype != RDFVocabulary.xsd + "string" {
                out.append(utf8: "^^")
                out.append(contentsOf: names.turtle(literal.datatype))
            }
        }
    }

    /// A prefixed name where one is safe, else `<…>`.
    static func name(_ iri: String) -> String {
        var out: [UInt8] = []
        appendName(iri, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendName(_ iri: String, to out: inout [UInt8]) {
        if let (prefix, local) = RDFVocabulary.split(iri) {
            out.append(utf8: prefix)
            out.append(UInt8(ascii: ":"))
            out.append(utf8: local)
        } else {
            appendIRIRef(iri, to: &out)
        }
    }

    /// `<iri>` with every character Turtle does not allow inside IRIREF written as `\uXXXX`.
    static func iriRef(_ iri: String) -> String {
        var out: [UInt8] = []
        appendIRIRef(iri, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendIRIRef(_ iri: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "<"))
        for byte in iri.utf8 {
            switch byte {
            case 0...0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"),
                 UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "\\"):
                appendUnicodeEscape(UInt32(byte), to: &out)
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: ">"))
    }

    static func literal(_ literal: RDFLiteral) -> String { term(.literal(literal)) }

    /// The inside of a quoted string: quotes, backslashes and control characters escaped
    /// (valid in Turtle and N-Triples alike).
    static func escape(_ value: String) -> String {
        var out: [UInt8] = []
        appendEscaped(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendEscaped(_ value: String, to out: inout [UInt8]) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20, 0x7F: appendUnicodeEscape(UInt32(byte), to: &out)
            default: out.append(byte)
            }
        }
    }

    /// Blank node labels are made by Orden, but are kept to the safe characters all the same.
    static func blankLabel(_ label: String) -> String {
        let safe = label.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }
        let text = String(String.UnicodeScalarView(safe))
        return text.first.map { $0.isLetter || $0 == "_" } == true ? text : "b" + text
    }

    static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        var out: [UInt8] = []
        appendUnicodeEscape(scalar.value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendUnicodeEscape(_ value: UInt32, to out: inout [UInt8]) {
        let digits = value > 0xFFFF ? 8 : 4
        out.append(contentsOf: [0x5C, value > 0xFFFF ? UInt8(ascii: "U") : UInt8(ascii: "u")])
        for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
            let digit = UInt8((value >> UInt32(shift)) & 0xF)
            out.append(digit < 10 ? 0x30 + digit : 0x41 + digit - 10)
        }
    }
}

/// The names of the predicates, types and datatypes a writer prints, worked out once per
/// document: a catalogue repeats the same few on every resource.
struct RDFNames {
    private var turtleNames: [String: [UInt8]] = [:]
    private var compactNames: [String: String] = [:]

    mutating func turtle(_ iri: String) -> [UInt8] {
        if let known = turtleNames[iri] { return known }
        var bytes: [UInt8] = []
        TurtleWriter.appendName(iri, to: &bytes)
        turtleNames[iri] = bytes
        return bytes
    }

    /// The compact IRI JSON-LD uses: `dct:title`, or the IRI itself.
    mutating func compact(_ iri: String) -> String {
        if let known = compactNames[iri] { return known }
        let name = RDFVocabulary.split(iri).map { "\($0.prefix):\($0.local)" } ?? iri
        compactNames[iri] = name
        return name
    }
}
