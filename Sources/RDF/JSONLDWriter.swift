import Basics

/// Writes a graph as JSON-LD 1.1: a context of prefixes and a flat `@graph` of node objects.
/// Property names and types are compact IRIs where a known prefix fits; values are always
/// explicit (`{"@id": …}` or `{"@value": …}`), so no term definition can change their meaning.
/// Written byte by byte into one buffer.
package enum JSONLDWriter {
    package static func write(_ graph: RDFGraph) -> String {
        String(decoding: bytes(graph), as: UTF8.self)
    }

    package static func bytes(_ graph: RDFGraph) -> [UInt8] {
        var out: [UInt8] = []
        out.append(utf8: "{\n  \"@context\": {\n")
        for (index, (prefix, namespace)) in RDFVocabulary.prefixes.enumerated() {
            out.append(utf8: index == 0 ? "    " : ",\n    ")
            JSONText.appendQuoted(prefix, to: &out)
            out.append(utf8: ": ")
            JSONText.appendQuoted(namespace, to: &out)
        }
        out.append(utf8: "\n  },\n  \"@graph\": [")
        var names = RDFNames()
        var first = true
        for subject in RDFLayout(graph).subjects {
            let id: String
            switch subject.term {
            case .iri(let iri): id = iri
            case .blank(let label): id = "_:" + TurtleWriter.blankLabel(label)
            case .literal: continue
            }
            out.append(utf8: first ? "\n    {\n      \"@id\": " : ",\n    {\n      \"@id\": ")
            first = false
            JSONText.appendQuoted(id, to: &out)
            if !subject.types.isEmpty {
                out.append(utf8: ",\n      \"@type\": [")
                for (index, type) in subject.types.enumerated() {
                    if index > 0 { out.append(utf8: ", ") }
                    JSONText.appendQuoted(names.compact(type), to: &out)
                }
                out.append(UInt8(ascii: "]"))
            }
            for (predicate, objects) in subject.properties {
                out.append(utf8: ",\n      ")
                JSONText.appendQuoted(names.compact(predicate), to: &out)
                out.append(utf8: ": [")
                for (index, object) in objects.enumerated() {
                    if index > 0 { out.append(utf8: ", ") }
                    appendValue(object, to: &out)
                }
                out.append(UInt8(ascii: "]"))
            }
            out.append(utf8: "\n    }")
        }
        out.append(utf8: "\n  ]\n}\n")
        return out
    }

    static func compact(_ iri: String) -> String {
        RDFVocabulary.split(iri).map { "\($0.prefix):\($0.local)" } ?? iri
    }

    static func value(_ term: RDFTerm) -> String {
        var out: [UInt8] = []
        appendValue(term, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendValue(_ term: RDFTerm, to out: inout [UInt8]) {
        switch term {
        case .iri(let iri):
            out.append(utf8: "{\"@id\": ")
            JSONText.appendQuoted(iri, to: &out)
        case .blank(let label):
            out.append(utf8: "{\"@id\": ")
            JSONText.appendQuoted("_:" + TurtleWriter.blankLabel(label), to: &out)
        case .literal(let literal):
            out.append(utf8: "{\"@value\": ")
            JSONText.appendQuoted(literal.value, to: &out)
            if let language = literal.language {
                out.append(utf8: ", \"@language\": ")
                JSONText.appendQuoted(language, to: &out)
            } else if literal.datatype != RDFVocabulary.xsd + "string" {
                out.append(utf8: ", \"@type\": ")
                JSONText.appendQuoted(literal.datatype, to: &out)
            }
        }
        out.append(UInt8(ascii: "}"))
    }
}
