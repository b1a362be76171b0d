import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Basics

/// Runs an XMLParser over a part with a handler that sees element names without their
/// namespace prefix (`x:c` and `c` alike), and turns a parse failure into a diagnostic.
class XMLPartHandler: NSObject, XMLParserDelegate {
    func start(_ name: String, _ attributes: [String: String]) {}
    func end(_ name: String) {}
    func text(_ text: String) {}

    func parse(_ data: Data, part: String, workbook: String) throws {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        let finished = parser.parse()
        guard finished, failure == nil, parser.parserError == nil, depth == 0 else {
            let line = parser.lineNumber
            let reason = (failure ?? parser.parserError).map { ($0 as NSError).localizedDescription } ?? "the document ends inside an element"
            throw Diagnostic.error("\(part) in \(workbook) is not well-formed XML (line \(line): \(reason))", at: SourceLocation(path: workbook),
                                   hint: "the workbook is damaged; open it in Excel or LibreOffice and save it again")
        }
    }

    static func local(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    /// An attribute by its local name (`r:id` → `id`).
    static func attribute(_ attributes: [String: String], _ name: String) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { local($0.key) == name }?.value
    }

    /// Open elements; not zero at the end means the part was cut off.
    private var depth = 0
    private var failure: Error?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        start(Self.local(elementName), attributes)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        end(Self.local(elementName))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if failure == nil { failure = parseError }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { text(String(decoding: CDATABlock, as: UTF8.self)) }
}

/// `xl/workbook.xml`: the sheets in order, and whether dates count from 1904.
final class WorkbookHandler: XMLPartHandler {
    struct Sheet { var name: String; var relationship: String }
    var sheets: [Sheet] = []
    var uses1904 = false

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "sheet":
            sheets.append(Sheet(name: Self.attribute(attributes, "name") ?? "", relationship: Self.attribute(attributes, "id") ?? ""))
        case "workbookPr":
            let value = Self.attribute(attributes, "date1904")?.lowercased()
            uses1904 = value == "1" || value == "true"
        default: break
        }
    }
}

/// A `.rels` part: relationship id → target and type.
final class RelationshipsHandler: XMLPartHandler {
    struct Relationship { var id: String; var target: String; var type: String }
    var relationships: [Relationship] = []

    override func start(_ name: String, _ attributes: [String: String]) {
        guard name == "Relationship" else { return }
        relationships.append(Relationship(id: Self.attribute(attributes, "Id") ?? "", target: Self.attribute(attributes, "Target") ?? "",
                                          type: Self.attribute(attributes, "Type") ?? ""))
    }
}

/// `xl/sharedStrings.xml`: each `<si>` is one string, plain (`<t>`) or in rich-text runs
/// (`<r><t>`); phonetic hints (`<rPh>`) are not part of the text.
final class SharedStringsHandler: XMLPartHandler {
    var strings: [String] = []
    private var current: String?
    private var inText = false
    private var phoneticDepth = 0

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = phoneticDepth == 0
        default: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "si":
            strings.append(ExcelText.unescape(current ?? ""))
            current = nil
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    override func text(_ text: String) {
        if inText { current? += text }
    }
}

/// `xl/styles.xml`: which cell formats (`cellXfs`, by index) show a number as a date.
final class StylesHandler: XMLPartHandler {
    private var customFormats: [Int: String] = [:]
    private var formatOfStyle: [Int] = []
    private var inCellFormats = false

    var dateStyles: Set<Int> {
        Set(formatOfStyle.indices.filter { ExcelDate.isDateFormat(id: formatOfStyle[$0], code: customFormats[formatOfStyle[$0]]) })
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = Self.attribute(attributes, "numFmtId").flatMap(Int.init) {
                customFormats[id] = Self.attribute(attributes, "formatCode") ?? ""
            }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats:
            formatOfStyle.append(Self.attribute(attributes, "numFmtId").flatMap(Int.init) ?? 0)
        default: break
        }
    }

    override func end(_ name: String) {
        if name == "cellXfs" { inCellFormats = false }
    }
}
