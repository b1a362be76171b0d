import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Basics

/// An XML element with namespaces resolved, read whole before the RDF/XML grammar walks it.
struct XMLElementNode {
    struct Name: Hashable {
        var namespace: String
        var local: String
        var iri: String { namespace + local }
    }

    struct Attribute {
        var name: Name
        /// As written, with its prefix, for XML literals.
        var qualifiedName: String
        var value: String
    }

    enum Content {
        case text(String)
        case element(XMLElementNode)
    }

    var name: Name
    var qualifiedName: String
    var attributes: [Attribute]
    /// The namespaces this element declares (prefix → IRI; "" is the default namespace).
    var declarations: [(String, String)]
    var content: [Content] = []
    var line: Int
    var column: Int

    var elements: [XMLElementNode] {
        content.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    var text: String {
        content.map { if case .text(let text) = $0 { text } else { "" } }.joined()
    }

    func attribute(_ namespace: String, _ local: String) -> String? {
        attributes.first { $0.name.namespace == namespace && $0.name.local == local }?.value
    }
}

/// Reads an XML document into `XMLElementNode`s with Foundation's XMLParser.
enum XMLTreeReader {
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    /// Deeper elements are refused: the RDF/XML grammar walks the tree recursively, and a few
    /// thousand levels exhaust the stack. A DCAT catalogue is about ten levels deep; the Turtle
    /// and JSON-LD readers have the same kind of bound.
    static let maximumDepth = 256

    /// The root element, or a diagnostic at the line and column where the XML is not well formed.
    static func read(_ data: Data, path: String) -> Result<XMLElementNode, Diagnostic> {
        let parser = XMLParser(data: data)
        let builder = TreeBuilder(path: path)
        parser.delegate = builder
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = true
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        if let problem = builder.problem { return .failure(problem) }
        guard ok, let root = builder.root else {
            let reason = (builder.firstError ?? parser.parserError).map(describe) ?? "the file is not well-formed XML"
            let (line, column) = builder.firstErrorPosition ?? (parser.lineNumber, parser.columnNumber)
            return .failure(.error("not well-formed XML: \(reason)",
                                   at: SourceLocation(path: path, line: max(line, 1), column: max(column, 1)),
                                   hint: "check that every tag is closed and that & and < in text are written &amp; and &lt;"))
        }
        return .success(root)
    }

    private static func describe(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        let path: String
        var root: XMLElementNode?
        var problem: Diagnostic?
        private var open: [XMLElementNode] = []
        /// Namespace scopes, innermost last.
        private var scopes: [[String: String]] = [["xml": XMLTreeReader.xmlNamespace]]
        private var pending: [(String, String)] = []
        /// The first error and where the parser was then: it may read on before giving up.
        var firstError: Error?
        var firstErrorPosition: (Int, Int)?

        init(path: String) { self.path = path }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            guard firstError == nil else { return }
            firstError = parseError
            firstErrorPosition = (parser.lineNumber, parser.columnNumber)
        }

        func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String) {
            pending.append((prefix, namespaceURI))
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if open.count >= XMLTreeReader.maximumDepth {
                if problem == nil {
                    problem = .error("the XML is nested more than \(XMLTreeReader.maximumDepth) elements deep",
                                     at: SourceLocation(path: path, line: parser.lineNumber, column: parser.columnNumber),
                                     hint: "a DCAT catalogue is about ten elements deep; check that the file is a catalogue export")
                }
                parser.abortParsing()
                return
            }
            var scope = scopes.last ?? [:]
            for (prefix, iri) in pending { scope[prefix] = iri }
            scopes.append(scope)
            let declarations = pending
            pending = []
            var resolved: [XMLElementNode.Attribute] = []
            for (key, value) in attributes.sorted(by: { $0.key < $1.key }) where key != "xmlns" && !key.hasPrefix("xmlns:") {
                if let colon = key.firstIndex(of: ":"), scope[String(key[..<colon])] == nil, problem == nil {
                    problem = .error("the namespace prefix “\(key[..<colon])” of the attribute \(key) is not declared",
                                     at: SourceLocation(path: path, line: parser.lineNumber, column: parser.columnNumber),
                                     hint: "declare it with xmlns:\(key[..<colon])=\"…\" on this element or one around it")
                }
                resolved.append(XMLElementNode.Attribute(name: name(of: key, in: scope, isAttribute: true), qualifiedName: key, value: value))
            }
            var elementName = XMLElementNode.Name(namespace: namespaceURI ?? "", local: elementName)
            if elementName.local.contains(":") {
                // Some XMLParser versions pass the qualified name here.
                elementName = name(of: elementName.local, in: scope, isAttribute: false)
            }
            open.append(XMLElementNode(name: elementName, qualifiedName: qualifiedName ?? elementName.local, attributes: resolved,
                                       declarations: declarations, line: parser.lineNumber, column: parser.columnNumber))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            scopes.removeLast()
            guard let element = open.popLast() else { return }
            if open.isEmpty {
                root = element
            } else {
                open[open.count - 1].content.append(.element(element))
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !open.isEmpty else { return }
            if case .text(let previous)? = open[open.count - 1].content.last {
                open[open.count - 1].content[open[open.count - 1].content.count - 1] = .text(previous + string)
            } else {
                open[open.count - 1].content.append(.text(string))
            }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
        }

        private func name(of qualified: String, in scope: [String: String], isAttribute: Bool) -> XMLElementNode.Name {
            guard let colon = qualified.firstIndex(of: ":") else {
                // Unprefixed attributes have no namespace; unprefixed elements take the default one.
                return XMLElementNode.Name(namespace: isAttribute ? "" : scope[""] ?? "", local: qualified)
            }
            let prefix = String(qualified[..<colon])
            let local = String(qualified[qualified.index(after: colon)...])
            return XMLElementNode.Name(namespace: scope[prefix] ?? "", local: local)
        }
    }
}
