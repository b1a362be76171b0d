// The string-built RDF writers as they were before they wrote bytes, kept to check that the
// byte writers give exactly the same documents.
import Foundation
@testable import Basics
@testable import CommonMark
@testable import FrontMatter
@testable import Mustache
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenGenerate
@testable import OrdenHistory
@testable import OrdenModel
@testable import OrdenResources
@testable import OrdenSite
@testable import OrdenSource
@testable import RDF
@testable import Spreadsheet

/// Writes a graph as Turtle. Every IRI and literal goes through the escaping below, so no text
/// from content can end a string or an IRI early.
enum FormerTurtleWriter {
    static func write(_ graph: RDFGraph) -> String {
        var out = ""
        for (prefix, namespace) in RDFVocabulary.prefixes {
            out += "@prefix \(prefix): \(iriRef(namespace)) .\n"
        }
        for subject in RDFLayout(graph).subjects {
            out += "\n" + term(subject.term)
            var statements: [String] = []
            if !subject.types.isEmpty {
                statements.append("a " + subject.types.map(name).joined(separator: ", "))
            }
            for (predicate, objects) in subject.properties {
                let values = objects.map(term)
                let joiner = values.count > 2 || values.contains(where: { $0.count > 60 }) ? ",\n        " : ", "
                statements.append(name(predicate) + " " + values.joined(separator: joiner))
            }
            out += "\n    " + statements.joined(separator: " ;\n    ") + " .\n"
        }
        return out
    }

    static func term(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri): name(iri)
        case .blank(let label): "_:" + blankLabel(label)
        case .literal(let literal): self.literal(literal)
        }
    }

    /// A prefixed name where one is safe, else `<…>`.
    static func name(_ iri: String) -> String {
        if let (prefix, local) = RDFVocabulary.split(iri) { return "\(prefix):\(local)" }
        return iriRef(iri)
    }

    /// `<iri>` with every character Turtle does not allow inside IRIREF written as `\uXXXX`.
    static func iriRef(_ iri: String) -> String {
        var out = "<"
        for scalar in iri.unicodeScalars {
            if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                out += unicodeEscape(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + ">"
    }

    static func literal(_ literal: RDFLiteral) -> String {
        var out = "\"" + escape(literal.value) + "\""
        if let language = literal.language {
            out += "@" + language
        } else if literal.datatype != RDFVocabulary.xsd + "string" {
            out += "^^" + name(literal.datatype)
        }
        return out
    }

    /// The inside of a quoted string: quotes, backslashes and control characters escaped
    /// (valid in Turtle and N-Triples alike).
    static func escape(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += unicodeEscape(scalar) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Blank node labels are made by Orden, but are kept to the safe characters all the same.
    static func blankLabel(_ label: String) -> String {
        let safe = label.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }
        let text = String(String.UnicodeScalarView(safe))
        return text.first.map { $0.isLetter || $0 == "_" } == true ? text : "b" + text
    }

    static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return scalar.value > 0xFFFF ? "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                                     : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
/// Writes a graph as RDF/XML in its plainest form: one `rdf:Description` per subject, every
/// object as `rdf:resource`, `rdf:nodeID` or element text. Predicates outside the known
/// namespaces get a generated prefix.
enum FormerRDFXMLWriter {
    static func write(_ graph: RDFGraph) -> String {
        let layout = RDFLayout(graph)
        var namespaces = Namespaces()
        var body = ""
        for subject in layout.subjects {
            let about = switch subject.term {
            case .iri(let iri): "rdf:about=\"\(attribute(iri))\""
            case .blank(let label): "rdf:nodeID=\"\(TurtleWriter.blankLabel(label))\""
            case .literal: ""  // a literal cannot be a subject
            }
            guard !about.isEmpty else { continue }
            body += "  <rdf:Description \(about)>\n"
            for type in subject.types {
                body += "    <rdf:type rdf:resource=\"\(attribute(type))\"/>\n"
            }
            for (predicate, objects) in subject.properties {
                // RDF/XML cannot write a predicate that does not end in an XML name; Orden's never do.
                guard let element = namespaces.qualifiedName(predicate) else { continue }
                for object in objects {
                    body += "    " + property(element, object) + "\n"
                }
            }
            body += "  </rdf:Description>\n"
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF"
        for (prefix, namespace) in namespaces.declarations {
            out += "\n    xmlns:\(prefix)=\"\(attribute(namespace))\""
        }
        return out + ">\n" + body + "</rdf:RDF>\n"
    }

    static func property(_ element: String, _ object: RDFTerm) -> String {
        switch object {
        case .iri(let iri):
            return "<\(element) rdf:resource=\"\(attribute(iri))\"/>"
        case .blank(let label):
            return "<\(element) rdf:nodeID=\"\(TurtleWriter.blankLabel(label))\"/>"
        case .literal(let literal):
            var attributes = ""
            if let language = literal.language {
                attributes = " xml:lang=\"\(attribute(language))\""
            } else if literal.datatype != RDFVocabulary.xsd + "string" {
                attributes = " rdf:datatype=\"\(attribute(literal.datatype))\""
            }
            return "<\(element)\(attributes)>\(text(literal.value))</\(element)>"
        }
    }

    /// Element text: markup characters escaped, and a carriage return kept as a reference,
    /// since XML parsers turn a literal one into a line feed.
    static func text(_ value: String) -> String {
        XMLText.escape(value).replacingOccurrences(of: "\r", with: "&#13;")
    }

    /// Attribute values: as text, and tab and line feed kept as references, since XML parsers
    /// turn them into spaces in attributes.
    static func attribute(_ value: String) -> String {
        text(value).replacingOccurrences(of: "\n", with: "&#10;").replacingOccurrences(of: "\t", with: "&#9;")
    }

    /// The namespaces a document uses: the known ones always, and `ns1`, `ns2` … for others.
    struct Namespaces {
        private(set) var declarations: [(String, String)] = RDFVocabulary.prefixes
        private var generated = 0

        mutating func qualifiedName(_ iri: String) -> String? {
            if let (prefix, local) = RDFVocabulary.split(iri) { return "\(prefix):\(local)" }
            // Split after the last '#' or '/' and require an XML name after it.
            guard let slash = iri.lastIndex(where: { $0 == "#" || $0 == "/" }) else { return nil }
            let namespace = String(iri[...slash]), local = String(iri[iri.index(after: slash)...])
            guard RDFVocabulary.isSimpleName(local) else { return nil }
            if let known = declarations.first(where: { $0.1 == namespace }) { return "\(known.0):\(local)" }
            generated += 1
            declarations.append(("ns\(generated)", namespace))
            return "ns\(generated):\(local)"
        }
    }
}
/// Writes a graph as JSON-LD 1.1: a context of prefixes and a flat `@graph` of node objects.
/// Property names and types are compact IRIs where a known prefix fits; values are always
/// explicit (`{"@id": …}` or `{"@value": …}`), so no term definition can change their meaning.
enum FormerJSONLDWriter {
    static func write(_ graph: RDFGraph) -> String {
        var out = "{\n  \"@context\": {\n"
        out += RDFVocabulary.prefixes.map { "    \(JSONText.quote($0.0)): \(JSONText.quote($0.1))" }.joined(separator: ",\n")
        out += "\n  },\n  \"@graph\": ["
        var nodes: [String] = []
        for subject in RDFLayout(graph).subjects {
            var members: [String] = []
            switch subject.term {
            case .iri(let iri): members.append("\"@id\": \(JSONText.quote(iri))")
            case .blank(let label): members.append("\"@id\": \(JSONText.quote("_:" + TurtleWriter.blankLabel(label)))")
            case .literal: continue
            }
            if !subject.types.isEmpty {
                members.append("\"@type\": [" + subject.types.map { JSONText.quote(compact($0)) }.joined(separator: ", ") + "]")
            }
            for (predicate, objects) in subject.properties {
                members.append(JSONText.quote(compact(predicate)) + ": [" + objects.map(value).joined(separator: ", ") + "]")
            }
            nodes.append("\n    {\n      " + members.joined(separator: ",\n      ") + "\n    }")
        }
        return out + nodes.joined(separator: ",") + "\n  ]\n}\n"
    }

    static func compact(_ iri: String) -> String {
        RDFVocabulary.split(iri).map { "\($0.prefix):\($0.local)" } ?? iri
    }

    static func value(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri):
            return "{\"@id\": \(JSONText.quote(iri))}"
        case .blank(let label):
            return "{\"@id\": \(JSONText.quote("_:" + TurtleWriter.blankLabel(label)))}"
        case .literal(let literal):
            var text = "{\"@value\": \(JSONText.quote(literal.value))"
            if let language = literal.language {
                text += ", \"@language\": \(JSONText.quote(language))"
            } else if literal.datatype != RDFVocabulary.xsd + "string" {
                text += ", \"@type\": \(JSONText.quote(literal.datatype))"
            }
            return text + "}"
        }
    }
}
