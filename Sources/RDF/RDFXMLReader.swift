import Foundation
import Basics

/// Reads RDF/XML (https://www.w3.org/TR/rdf-syntax-grammar/) into a graph. XML that is not well
/// formed, or that breaks the RDF/XML grammar, is thrown as a `Diagnostic` with line and column.
package enum RDFXMLReader {
    package static func read(_ data: Data, path: String, base: String? = nil) throws -> RDFGraph {
        try readWithLocations(data, path: path, base: base).graph
    }

    static func readWithLocations(_ data: Data, path: String, base: String?) throws -> (graph: RDFGraph, locations: SubjectLocations) {
        let root = try XMLTreeReader.read(data, path: path).get()
        var walker = RDFXMLWalker(path: path)
        try walker.document(root, base: base)
        return (walker.graph, walker.locations)
    }
}

/// Walks the element tree along the RDF/XML grammar: node elements hold property elements,
/// which hold a literal, a resource or one nested node element.
struct RDFXMLWalker {
    private static let rdf = RDFVocabulary.rdf
    private static let xml = XMLTreeReader.xmlNamespace
    /// RDF/XML Syntax §7.2.2, coreSyntaxTerms: rdf: names that are syntax, never a node or a property.
    private static let coreSyntaxTerms: Set<String> = ["RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype"]
    /// §7.2.4, oldTerms: removed from RDF in 2004 and errors wherever they appear.
    private static let oldTerms: Set<String> = ["aboutEach", "aboutEachPrefix", "bagID"]

    let path: String
    private(set) var graph = RDFGraph()
    private(set) var locations = SubjectLocations()
    private var blanks = BlankNodes()
    private var usedIDs: Set<String> = []

    init(path: String) { self.path = path }

    /// Inherited from the elements around: `xml:base` and `xml:lang`.
    struct Scope {
        var base: String?
        var language: String?

        func entering(_ element: XMLElementNode) -> Scope {
            var scope = self
            if let base = element.attribute(XMLTreeReader.xmlNamespace, "base") {
                scope.base = IRIResolution.resolve(Self.withoutFragment(base), against: self.base.map(Self.withoutFragment))
            }
            if let language = element.attribute(XMLTreeReader.xmlNamespace, "lang") {
                scope.language = language.isEmpty ? nil : language
            }
            return scope
        }

        static func withoutFragment(_ iri: String) -> String {
            iri.firstIndex(of: "#").map { String(iri[..<$0]) } ?? iri
        }

        func resolve(_ reference: String) -> String { IRIResolution.resolve(reference, against: base) }
    }

    mutating func document(_ root: XMLElementNode, base: String?) throws {
        let scope = Scope(base: base).entering(root)
        if root.name == XMLElementNode.Name(namespace: Self.rdf, local: "RDF") {
            try requireNoText(in: root)
            for element in root.elements { _ = try nodeElement(element, scope: scope) }
        } else {
            _ = try nodeElement(root, scope: Scope(base: base))
        }
    }

    // MARK: Node elements

    /// A node element: its subject, its type (unless rdf:Description), property attributes and
    /// property elements.
    private mutating func nodeElement(_ element: XMLElementNode, scope outer: Scope) throws -> RDFTerm {
        let scope = outer.entering(element)
        if element.name.namespace == Self.rdf {
            let local = element.name.local
            if Self.oldTerms.contains(local) { throw oldTerm(local, at: element) }
            if Self.coreSyntaxTerms.contains(local) || local == "li" {
                throw error("rdf:\(local) cannot be used as a node element", at: element,
                            hint: "a node element is rdf:Description or a class such as dcat:Dataset (RDF/XML Syntax §7.2.3)")
            }
        }
        try checkAttributes(of: element, syntax: ["about", "ID", "nodeID"], properties: true)
        let subject = try subject(of: element, scope: scope)
        locations.note(subject, location(of: element))
        if element.name != XMLElementNode.Name(namespace: Self.rdf, local: "Description") {
            graph.add(subject, RDFVocabulary.rdf + "type", .iri(element.name.iri))
        }
        try propertyAttributes(of: element, subject: subject, scope: scope)
        try requireNoText(in: element)
        var listIndex = 1
        for child in element.elements {
            try propertyElement(child, subject: subject, scope: scope, listIndex: &listIndex)
        }
        return subject
    }

    private mutating func subject(of element: XMLElementNode, scope: Scope) throws -> RDFTerm {
        let about = element.attribute(Self.rdf, "about")
        let id = element.attribute(Self.rdf, "ID")
        let nodeID = element.attribute(Self.rdf, "nodeID")
        if [about, id, nodeID].compactMap({ $0 }).count > 1 {
            throw error("a node element can have only one of rdf:about, rdf:ID and rdf:nodeID", at: element)
        }
        if let about { return .iri(scope.resolve(about)) }
        if let id { return .iri(try idIRI(id, scope: scope, element: element)) }
        if let nodeID { return try blankNode(nodeID, element: element) }
        return blanks.fresh()
    }

    /// `rdf:nodeID="x"`: x must be an XML name without a colon (RDF/XML Syntax §7.2.26).
    private mutating func blankNode(_ nodeID: String, element: XMLElementNode) throws -> RDFTerm {
        guard Self.isNCName(nodeID) else {
            throw error("rdf:nodeID=\"\(nodeID)\" is not an XML name", at: element,
                        hint: "use letters, digits, -, _ and ., starting with a letter or _ (no “:”), e.g. rdf:nodeID=\"n1\"")
        }
        return blanks.named(nodeID)
    }

    /// An XML NCName (Namespaces in XML 1.0 §3): a Name (XML 1.0 §2.3) without a colon.
    static func isNCName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isNameStart(first) else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            let v = scalar.value
            return isNameStart(scalar) || scalar == "-" || scalar == "." || ("0"..."9").contains(scalar) || v == 0xB7
                || (0x300...0x36F).contains(v) || (0x203F...0x2040).contains(v)
        }
    }

    private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || (0xC0...0xD6).contains(v)
            || (0xD8...0xF6).contains(v) || (0xF8...0x2FF).contains(v) || (0x370...0x37D).contains(v) || (0x37F...0x1FFF).contains(v)
            || (0x200C...0x200D).contains(v) || (0x2070...0x218F).contains(v) || (0x2C00...0x2FEF).contains(v)
            || (0x3001...0xD7FF).contains(v) || (0xF900...0xFDCF).contains(v) || (0xFDF0...0xFFFD).contains(v) || (0x10000...0xEFFFF).contains(v)
    }

    /// Refuses the rdf: attributes the grammar does not allow on this element: the old terms, rdf:li
    /// and rdf:Description anywhere, and the syntax attributes not in `syntax`. With `properties`
    /// false, property attributes are refused too (a parseType, literal or nested-node property).
    private func checkAttributes(of element: XMLElementNode, syntax: Set<String>, properties: Bool, form: String = "") throws {
        for attribute in element.attributes {
            let name = attribute.name
            if name.namespace == Self.xml || name.namespace.isEmpty && isLegacy(name.local) { continue }
            if name.namespace == Self.rdf {
                if Self.oldTerms.contains(name.local) { throw oldTerm(name.local, at: element) }
                if syntax.contains(name.local) { continue }
                if name.local == "li" || name.local == "Description" {
                    throw error("rdf:\(name.local) cannot be an attribute", at: element,
                                hint: name.local == "li" ? "write list items as <rdf:li> elements inside the container" : nil)
                }
                if Self.coreSyntaxTerms.contains(name.local) {
                    throw error("rdf:\(name.local) is not allowed on \(form.isEmpty ? "a node element" : form)", at: element,
                                hint: name.local == "about" && !form.isEmpty
                                    ? "a property points at a resource with rdf:resource=\"…\"; rdf:about names the subject of a node element"
                                    : "see which attributes go together in RDF/XML Syntax §7.2")
                }
            }
            if !properties {
                throw error("the attribute \(attribute.qualifiedName) is not allowed on \(form)", at: element,
                            hint: "a property attribute belongs on a node element or an empty property element")
            }
        }
    }

    private func oldTerm(_ local: String, at element: XMLElementNode) -> Diagnostic {
        error("rdf:\(local) was removed from RDF in 2004 and cannot be used", at: element,
              hint: local == "bagID" ? "reify statements with rdf:ID on the property element instead"
                  : "repeat the properties on each resource, or describe the container itself")
    }

    /// `rdf:ID="x"` names `base#x`, and only once in a document.
    private mutating func idIRI(_ id: String, scope: Scope, element: XMLElementNode) throws -> String {
        guard Self.isNCName(id) else {
            throw error("rdf:ID=\"\(id)\" is not an XML name", at: element, hint: "use letters, digits, -, _ and ., starting with a letter or _ (no “:”)")
        }
        let iri = scope.resolve("#" + id)
        guard usedIDs.insert(iri).inserted else {
            throw error("rdf:ID=\"\(id)\" is used twice for \(iri)", at: element)
        }
        return iri
    }

    /// Attributes other than syntax and xml: ones are properties with literal values; rdf:type's
    /// value is an IRI.
    private mutating func propertyAttributes(of element: XMLElementNode, subject: RDFTerm, scope: Scope) throws {
        for attribute in element.attributes {
            let name = attribute.name
            if name.namespace == Self.xml || name.namespace.isEmpty && isLegacy(name.local) { continue }
            if name.namespace == Self.rdf && (Self.coreSyntaxTerms.contains(name.local) || Self.oldTerms.contains(name.local)) { continue }
            if name.namespace.isEmpty {
                throw error("the attribute \(attribute.qualifiedName) has no namespace, so it is not an RDF property", at: element,
                            hint: "write it with a prefix, e.g. dct:\(name.local)")
            }
            if name.namespace == Self.rdf && name.local == "type" {
                graph.add(subject, RDFVocabulary.rdf + "type", .iri(scope.resolve(attribute.value)))
            } else if name.namespace == Self.rdf && name.local == "li" {
                throw error("rdf:li cannot be an attribute", at: element)
            } else {
                graph.add(subject, name.iri, .string(attribute.value, language: scope.language))
            }
        }
    }

    /// Attributes without a namespace that XML itself or old tools use, and that RDF ignores.
    private func isLegacy(_ local: String) -> Bool { local.hasPrefix("xml") }

    // MARK: Property elements

    private mutating func propertyElement(_ element: XMLElementNode, subject: RDFTerm, scope outer: Scope, listIndex: inout Int) throws {
        let scope = outer.entering(element)
        let predicate = try predicate(of: element, listIndex: &listIndex)
        // The old terms, rdf:li and rdf:Description are refused as attributes whatever the form.
        try checkAttributes(of: element, syntax: Self.coreSyntaxTerms, properties: true)
        let parseType = element.attribute(Self.rdf, "parseType")
        if parseType != nil {
            try checkAttributes(of: element, syntax: ["ID", "parseType"], properties: false,
                                form: "a property element with rdf:parseType=\"\(parseType!)\"")
        }
        let object: RDFTerm
        switch parseType {
        case "Resource"?:
            object = blanks.fresh()
            locations.note(object, location(of: element))
            try requireNoText(in: element)
            var innerIndex = 1
            for child in element.elements {
                try propertyElement(child, subject: object, scope: scope, listIndex: &innerIndex)
            }
        case "Collection"?:
            var items: [RDFTerm] = []
            try requireNoText(in: element)
            for child in element.elements { items.append(try nodeElement(child, scope: scope)) }
            object = list(items)
        case _?:
            // "Literal", and any other value, which the grammar treats as "Literal".
            object = .typed(XMLLiteral.serialize(element.content), RDFVocabulary.rdf + "XMLLiteral")
        case nil:
            object = try plainPropertyObject(element, scope: scope)
        }
        graph.add(subject, predicate, object)
        if let id = element.attribute(Self.rdf, "ID") {
            try reify(RDFTriple(subject, predicate, object), as: try idIRI(id, scope: scope, element: element))
        }
    }

    private func predicate(of element: XMLElementNode, listIndex: inout Int) throws -> String {
        if element.name.namespace.isEmpty {
            throw error("the element <\(element.qualifiedName)> has no namespace, so it is not an RDF property", at: element,
                        hint: "write it with a prefix declared with xmlns:…, e.g. <dct:title>")
        }
        if element.name.namespace == Self.rdf {
            switch element.name.local {
            case "li":
                defer { listIndex += 1 }
                return Self.rdf + "_\(listIndex)"
            case let local where Self.oldTerms.contains(local):
                throw oldTerm(local, at: element)
            case let local where local == "Description" || Self.coreSyntaxTerms.contains(local):
                throw error("rdf:\(local) cannot be used as a property", at: element,
                            hint: "rdf:\(local) is RDF/XML syntax, not a property (RDF/XML Syntax §7.2.5)")
            default: break
            }
        }
        return element.name.iri
    }

    /// A property element without rdf:parseType: a nested node element, a literal, or an empty
    /// element that names a resource or describes a blank node with attributes.
    private mutating func plainPropertyObject(_ element: XMLElementNode, scope: Scope) throws -> RDFTerm {
        let children = element.elements
        if children.count > 1 {
            throw error("the property <\(element.qualifiedName)> holds \(children.count) elements; it can hold only one node", at: element,
                        hint: "give each value its own property element, or use rdf:parseType=\"Resource\"")
        }
        if let child = children.first {
            try requireNoText(in: element)
            try checkAttributes(of: element, syntax: ["ID"], properties: false, form: "a property element that holds a node element")
            return try nodeElement(child, scope: scope)
        }
        let resource = element.attribute(Self.rdf, "resource")
        let nodeID = element.attribute(Self.rdf, "nodeID")
        let properties = element.attributes.filter { attribute in
            attribute.name.namespace != Self.xml && !attribute.name.namespace.isEmpty
                && !(attribute.name.namespace == Self.rdf && Self.coreSyntaxTerms.contains(attribute.name.local))
        }
        if resource == nil && nodeID == nil && properties.isEmpty {
            try checkAttributes(of: element, syntax: ["ID", "datatype"], properties: false, form: "a property element with a literal value")
            if let datatype = element.attribute(Self.rdf, "datatype") {
                return .typed(element.text, scope.resolve(datatype))
            }
            return .string(element.text, language: scope.language)
        }
        if !element.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw error("the property <\(element.qualifiedName)> has both a value in rdf:resource or attributes and text", at: element)
        }
        if resource != nil && nodeID != nil {
            throw error("a property element can have only one of rdf:resource and rdf:nodeID", at: element)
        }
        try checkAttributes(of: element, syntax: ["ID", "resource", "nodeID"], properties: true, form: "an empty property element")
        let object: RDFTerm = if let resource { .iri(scope.resolve(resource)) } else if let nodeID { try blankNode(nodeID, element: element) } else { blanks.fresh() }
        try propertyAttributes(of: element, subject: object, scope: scope)
        return object
    }

    private mutating func list(_ items: [RDFTerm]) -> RDFTerm {
        graph.addCollection(items, blanks: &blanks)
    }

    private mutating func reify(_ triple: RDFTriple, as iri: String) throws {
        let statement = RDFTerm.iri(iri)
        graph.add(statement, Self.rdf + "type", .iri(Self.rdf + "Statement"))
        graph.add(statement, Self.rdf + "subject", triple.subject)
        graph.add(statement, Self.rdf + "predicate", .iri(triple.predicate))
        graph.add(statement, Self.rdf + "object", triple.object)
    }

    private func requireNoText(in element: XMLElementNode) throws {
        let text = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.isEmpty else {
            throw error("<\(element.qualifiedName)> holds the text “\(text.prefix(40))” where RDF/XML allows only elements", at: element,
                        hint: "text belongs inside a property element, e.g. <dct:title>…</dct:title>")
        }
    }

    private func location(of element: XMLElementNode) -> SourceLocation {
        SourceLocation(path: path, line: element.line, column: element.column)
    }

    private func error(_ message: String, at element: XMLElementNode, hint: String? = nil) -> Diagnostic {
        .error(message, at: location(of: element), hint: hint)
    }
}

/// The text of an rdf:parseType="Literal" property: its content written back as XML.
enum XMLLiteral {
    static func serialize(_ content: [XMLElementNode.Content]) -> String {
        content.map { part in
            switch part {
            case .text(let text): escape(text, quote: false)
            case .element(let element): serialize(element)
            }
        }.joined()
    }

    private static func serialize(_ element: XMLElementNode) -> String {
        var text = "<" + element.qualifiedName
        for (prefix, iri) in element.declarations {
            text += (prefix.isEmpty ? " xmlns" : " xmlns:" + prefix) + "=\"" + escape(iri, quote: true) + "\""
        }
        for attribute in element.attributes {
            text += " " + attribute.qualifiedName + "=\"" + escape(attribute.value, quote: true) + "\""
        }
        if element.content.isEmpty { return text + "></" + element.qualifiedName + ">" }
        return text + ">" + serialize(element.content) + "</" + element.qualifiedName + ">"
    }

    private static func escape(_ text: String, quote: Bool) -> String {
        var result = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        if quote { result = result.replacingOccurrences(of: "\"", with: "&quot;") }
        return result
    }
}
