/// Writes a graph as RDF/XML in its plainest form: one `rdf:Description` per subject, every
/// object as `rdf:resource`, `rdf:nodeID` or element text. Predicates outside the known
/// namespaces get a generated prefix.
public enum RDFXMLWriter {
    public static func write(_ graph: RDFGraph) -> String {
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
