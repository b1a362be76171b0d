import Basics

/// Writes a graph as RDF/XML in its plainest form: one `rdf:Description` per subject, every
/// object as `rdf:resource`, `rdf:nodeID` or element text. Predicates outside the known
/// namespaces get a generated prefix. Written byte by byte into one buffer.
package enum RDFXMLWriter {
    package static func write(_ graph: RDFGraph) -> String {
        String(decoding: bytes(graph), as: UTF8.self)
    }

    package static func bytes(_ graph: RDFGraph) -> [UInt8] {
        let layout = RDFLayout(graph)
        var namespaces = Namespaces()
        var elements: [String: [UInt8]?] = [:]
        var body: [UInt8] = []
        for subject in layout.subjects {
            switch subject.term {
            case .iri(let iri):
                body.append(utf8: "  <rdf:Description rdf:about=\"")
                appendAttribute(iri, to: &body)
                body.append(utf8: "\">\n")
            case .blank(let label):
                body.append(utf8: "  <rdf:Description rdf:nodeID=\"\(TurtleWriter.blankLabel(label))\">\n")
            case .literal:
                continue  // a literal cannot be a subject
            }
            for type in subject.types {
                body.append(utf8: "    <rdf:type rdf:resource=\"")
                appendAttribute(type, to: &body)
                body.append(utf8: "\"/>\n")
            }
            for (predicate, objects) in subject.properties {
                // RDF/XML cannot write a predicate that does not end in an XML name; Orden's never do.
                let element: [UInt8]
                if let known = elements[predicate] {
                    guard let known else { continue }
                    element = known
                } else {
                    let name = namespaces.qualifiedName(predicate).map { Array($0.utf8) }
                    elements[predicate] = .some(name)
                    guard let name else { continue }
                    element = name
                }
                for object in objects {
                    body.append(utf8: "    ")
                    appendProperty(element, object, to: &body)
                    body.append(UInt8(ascii: "\n"))
                }
            }
            body.append(utf8: "  </rdf:Description>\n")
        }
        var out: [UInt8] = []
        out.reserveCapacity(body.count + 1024)
        out.append(utf8: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF")
        for (prefix, namespace) in namespaces.declarations {
            out.append(utf8: "\n    xmlns:\(prefix)=\"")
            appendAttribute(namespace, to: &out)
            out.append(UInt8(ascii: "\""))
        }
        out.append(utf8: ">\n")
        out.append(contentsOf: body)
        out.append(utf8: "</rdf:RDF>\n")
        return out
    }

    static func property(_ element: String, _ object: RDFTerm) -> String {
        var out: [UInt8] = []
        appendProperty(Array(element.utf8), object, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendProperty(_ element: [UInt8], _ object: RDFTerm, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "<"))
        out.append(contentsOf: element)
        switch object {
        case .iri(let iri):
            out.append(utf8: " rdf:resource=\"")
            appendAttribute(iri, to: &out)
            out.append(utf8: "\"/>")
        case .blank(let label):
            out.append(utf8: " rdf:nodeID=\"\(TurtleWriter.blankLabel(label))\"/>")
        case .literal(let literal):
            if let language = literal.language {
                out.append(utf8: " xml:lang=\"")
                appendAttribute(language, to: &out)
                out.append(UInt8(ascii: "\""))
            } else if literal.datatype != RDFVocabulary.xsd + "string" {
                out.append(utf8: " rdf:datatype=\"")
                appendAttribute(literal.datatype, to: &out)
                out.append(UInt8(ascii: "\""))
            }
            out.append(UInt8(ascii: ">"))
            appendText(literal.value, to: &out)
            out.append(utf8: "</")
            out.append(contentsOf: element)
            out.append(UInt8(ascii: ">"))
        }
    }

    /// Element text: markup characters escaped, and a carriage return kept as a reference,
    /// since XML parsers turn a literal one into a line feed.
    static func text(_ value: String) -> String {
        var out: [UInt8] = []
        appendText(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Attribute values: as text, and tab and line feed kept as references, since XML parsers
    /// turn them into spaces in attributes.
    static func attribute(_ value: String) -> String {
        var out: [UInt8] = []
        appendAttribute(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendText(_ value: String, to out: inout [UInt8]) {
        XMLText.append(value, to: &out, references: "\r")
    }

    static func appendAttribute(_ value: String, to out: inout [UInt8]) {
        XMLText.append(value, to: &out, references: "\r\n\t")
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
