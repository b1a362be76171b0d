/// Writes a graph as JSON-LD 1.1: a context of prefixes and a flat `@graph` of node objects.
/// Property names and types are compact IRIs where a known prefix fits; values are always
/// explicit (`{"@id": …}` or `{"@value": …}`), so no term definition can change their meaning.
public enum JSONLDWriter {
    public static func write(_ graph: RDFGraph) -> String {
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
