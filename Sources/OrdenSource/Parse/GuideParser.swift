import Basics
import FrontMatter
import OrdenModel

/// Reads the guide's pages (content/guide/) with the same checks as records: size and UTF-8,
/// delimited front matter, YAML errors with their line, unknown and missing fields.
enum GuideParser {
    static func parse(_ files: [(path: String, page: String?)], tree: SourceTree, diagnostics: inout [Diagnostic]) -> Guide {
        var index: Record<GuideIndexFields>?
        var pages: [Record<GuidePageFields>] = []
        for (path, page) in files.sorted(by: { $0.path < $1.path }) {
            if let id = page {
                guard checkId(id, path: path, diagnostics: &diagnostics),
                      let record = read(GuidePageFields.self, id: id, path: path, tree: tree, diagnostics: &diagnostics) else { continue }
                checkTitle(record.fields.title, of: record, diagnostics: &diagnostics)
                pages.append(record)
            } else if let record = read(GuideIndexFields.self, id: "", path: path, tree: tree, diagnostics: &diagnostics) {
                checkTitle(record.fields.title, of: record, diagnostics: &diagnostics)
                index = record
            }
        }
        return Guide(index: index, pages: pages)
    }

    /// The file name is the page's address below /veileder/, so it must be an id and not one the guide uses itself.
    private static func checkId(_ id: String, path: String, diagnostics: inout [Diagnostic]) -> Bool {
        if !Identifier.isValid(id) {
            diagnostics.append(.error(
                "the file name gives the id \"\(id)\", which is not a valid id", at: SourceLocation(path: path),
                hint: "\(Identifier.rule); rename the file to \(Identifier.suggestion(for: id)).md"))
            return false
        }
        if Guide.reservedIds.contains(id) {
            diagnostics.append(.error(
                "the guide page \"\(id)\" would take the address of the progress page, /veileder/\(id)/", at: SourceLocation(path: path),
                hint: "give the file another name"))
            return false
        }
        return true
    }

    private static func checkTitle<Fields>(_ title: String, of record: Record<Fields>, diagnostics: inout [Diagnostic]) {
        // A missing title is already reported by the decoder; an empty one is not.
        if title.allSatisfy(\.isWhitespace) && record.positions["title"] != nil {
            diagnostics.append(.error("the title is empty", at: record.location(of: "title"), hint: "write the page's heading after title:"))
        }
    }

    private static func read<Fields: FieldGroup & Sendable>(_ type: Fields.Type, id: String, path: String, tree: SourceTree,
                                                          diagnostics: inout [Diagnostic]) -> Record<Fields>? {
        guard let text = ContentParser.readText(path: path, tree: tree, diagnostics: &diagnostics),
              let split = ContentParser.splitFrontMatter(text, path: path, diagnostics: &diagnostics) else { return nil }
        let report = DecodingReport(path: path, lineOffset: split.yamlLine - 1)
        defer { diagnostics += report.diagnostics }
        guard let node = ContentParser.compose(split.yaml, firstLine: split.yamlLine, report: report),
              let fields = FieldReader.record(Fields.self, from: node, report: report) else { return nil }
        // A page with an error is never shown, so a missing title's stand-in never reaches the site.
        return Record(id: id, path: path, municipality: nil, fields: fields,
                      bodyHTML: ContentParser.bodyHTML(split, headings: .asPageText, report: report), positions: report.positions)
    }
}
