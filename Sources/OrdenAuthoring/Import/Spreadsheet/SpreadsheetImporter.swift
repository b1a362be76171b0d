import Foundation
import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

/// Plans the records of one sheet: one file per row, in the municipality's folder for the kind.
/// A row with a value that cannot be read is still imported, without that value, and a warning
/// names the row, the column and the reason; an empty row is skipped.
package struct SpreadsheetImporter {
    package var kind: SheetKind
    /// The municipality's number and its folder (`content/municipalities/9901-storlia`).
    package var municipality: String
    package var municipalityFolder: String
    package var mapping: SpreadsheetMapping
    package var known: KnownRecords
    /// The spreadsheet's name, as diagnostics show it.
    package var path: String
    /// The header row the editor gave (`--header-row`); else it is found.
    package var headerRow: Int?
    /// Write the vendors, service areas and standards the sheet names that do not exist yet.
    package var createMissing: Bool

    package init(kind: SheetKind, municipality: String, municipalityFolder: String, mapping: SpreadsheetMapping = SpreadsheetMapping(),
                known: KnownRecords, path: String, headerRow: Int? = nil, createMissing: Bool = false) {
        self.kind = kind
        self.municipality = municipality
        self.municipalityFolder = municipalityFolder
        self.mapping = mapping
        self.known = known
        self.path = path
        self.headerRow = headerRow
        self.createMissing = createMissing
    }

    /// Every header this kind knows, folded, with the mapping file's: to find the header row.
    private var knownHeaders: Set<String> {
        Set((kind.schema.fields + SheetSchema.extra).flatMap(\.names)).union(mapping.columns.keys)
    }

    package func plan(_ read: SpreadsheetRead) -> ImportPlan {
        var plan = ImportPlan(diagnostics: read.diagnostics)
        guard !read.table.header.isEmpty else {
            plan.diagnostics.append(.error("\(path) has no header row", at: SourceLocation(path: path), hint: "the first row must name the columns, e.g. Navn, Systemeier, Status"))
            return plan
        }
        let (table, layout) = SheetLayout.locateHeader(read.table, given: headerRow, names: knownHeaders, path: path)
        plan.diagnostics += layout
        guard !layout.hasErrors else { return plan }
        let columns = SheetColumns(header: table.header, schema: kind.schema, mapping: mapping, path: path, headerRow: table.headerRow)
        plan.diagnostics += columns.diagnostics
        guard columns.binding(kind.schema.titleKey) != nil || (kind == .systems && columns.binding("product") != nil) else {
            let title = kind.schema.field(kind.schema.titleKey)?.header ?? kind.schema.titleKey
            let found = headerRow == nil ? " (no row among the first \(SheetLayout.headerSearchRows) names more known columns)" : ""
            plan.diagnostics.append(.error("\(path) has no \"\(title)\" column in row \(table.headerRow), read as the header row\(found), so no record can be named",
                                           at: SourceLocation(path: path, line: table.headerRow, column: 1),
                                           hint: "name the column \"\(title)\" (or a synonym from the README), or map your header to \(kind.schema.titleKey) with --mapping; "
                                               + "if the headers are in another row, give its number with --header-row"))
            return plan
        }
        var known = self.known
        var taken = TakenIDs()
        var otherMunicipality: [Int] = []
        var missing = MissingRecords()
        for row in table.rows where !row.isEmpty {
            if let reason = SheetLayout.totalReason(row) {
                plan.diagnostics.append(.warning("row \(row.number) is a total row and was skipped: \(reason)", at: SourceLocation(path: path, line: row.number, column: 1),
                                                 hint: "a sum is not a record; if this row is a record after all, change its first cell or remove the formula"))
                continue
            }
            if let column = columns.binding("municipality"), !belongsHere(row[column.index]) {
                otherMunicipality.append(row.number)
                continue
            }
            let (file, diagnostics) = record(row, columns: columns, known: &known, taken: &taken, missing: &missing)
            plan.diagnostics += diagnostics
            if let file { plan.files.append(file) }
        }
        plan.files += missing.files(create: createMissing, path: path)
        plan.diagnostics += missing.diagnostics(created: createMissing, path: path)
        if let first = otherMunicipality.first {
            plan.diagnostics.append(.warning(
                "\(otherMunicipality.count) row\(otherMunicipality.count == 1 ? "" : "s") of other municipalities skipped (rows \(Self.list(otherMunicipality)))",
                at: SourceLocation(path: path, line: first, column: (columns.binding("municipality")?.index ?? 0) + 1),
                hint: "import them with --municipality set to their number"))
        }
        return plan
    }

    /// 301 and 0301 are the same municipality: Excel drops a leading zero.
    private func belongsHere(_ cell: String) -> Bool {
        let digits = SheetText.clean(cell).prefix { $0.isASCIIDigit }
        guard !digits.isEmpty else { return true }
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits == municipality
    }

    /// One row's file, or nil with the reason when the row cannot be named.
    private func record(_ row: SpreadsheetRow, columns: SheetColumns, known: inout KnownRecords, taken: inout TakenIDs,
                        missing: inout MissingRecords) -> (PlannedFile?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var values: [String: YAMLValue] = [:]
        var comments: [String] = []
        for binding in columns.bindings where !["id", "municipality"].contains(binding.field.key) && !SheetSchema.derived.contains(binding.field.key) {
            let text = SheetText.clean(row[binding.index])
            guard !text.isEmpty else { continue }
            let reader = SheetCellReader(known: known, replacements: mapping.values[binding.field.key] ?? [:], createMissing: createMissing)
            let cell = reader.read(text, as: binding.field)
            for record in cell.missing {
                let isNew = missing.add(record, row: row.number, column: binding.index + 1)
                // Later rows then name the record that will be written, by its id or its name.
                if isNew && createMissing { known.plan(record.id, name: record.name, kind: record.kind) }
            }
            if let comment = cell.comment { comments.append(comment) }
            for problem in cell.problems {
                let left = cell.value == nil ? "; the value was left out" : ""
                diagnostics.append(.warning("row \(row.number), column \(binding.letter) (\"\(binding.header)\"): \(problem.message)\(left)",
                                            at: SourceLocation(path: path, line: row.number, column: binding.index + 1), hint: problem.hint))
            }
            if let value = cell.value { values[binding.field.key] = value }
        }
        guard let title = title(values) else {
            let header = columns.binding(kind.schema.titleKey)?.header ?? kind.schema.titleKey
            diagnostics.append(.warning("row \(row.number) has no \(header) and was skipped", at: SourceLocation(path: path, line: row.number, column: 1),
                                        hint: "fill in the \(header) column for this row"))
            return (nil, diagnostics)
        }
        let id = identifier(row, columns: columns, title: title, taken: &taken, diagnostics: &diagnostics)
        known.plan(id, name: title, kind: kind.recordKind)
        if kind == .systems {
            dropInherited(&values)
            if let warning = noButInherited(row, columns: columns, values: values) { diagnostics.append(warning) }
        }
        let body: String? = if case .string(let text)? = values.removeValue(forKey: "body") { text } else { nil }
        let fields = Self.nest(kind.schema.fields.compactMap { field in values[field.key].map { (field.key.split(separator: ".").map(String.init), $0) } })
        let text = FrontMatterWriter.document(fields.map { ($0.0, $0.1) }, body: body,
                                              comments: ["imported from \((path as NSString).lastPathComponent), row \(row.number)"] + comments)
        return (PlannedFile(path: ImportTarget.localPath(kind.recordKind, id: id, municipalityFolder: municipalityFolder), text: text), diagnostics)
    }

    /// The record's name: its title column, or for a system without one, its product's name.
    private func title(_ values: [String: YAMLValue]) -> String? {
        if case .string(let title)? = values[kind.schema.titleKey], !SheetText.fold(title).isEmpty { return title }
        guard kind == .systems, case .string(let product)? = values["product"] else { return nil }
        return known.products[product]?.name ?? product
    }

    /// The ID column's id when it is valid and not used by an earlier row, else one made from the title.
    private func identifier(_ row: SpreadsheetRow, columns: SheetColumns, title: String, taken: inout TakenIDs, diagnostics: inout [Diagnostic]) -> String {
        if let column = columns.binding("id") {
            let given = SheetText.clean(row[column.index])
            if Identifier.isValid(given), !taken.contains(given) {
                taken.insert(given)
                return given
            }
            if !given.isEmpty {
                let reason = Identifier.isValid(given) ? "is used by an earlier row" : "is not a valid id"
                diagnostics.append(.warning("row \(row.number), column \(column.letter) (\"\(column.header)\"): \"\(given)\" \(reason); the id is made from the name instead",
                                            at: SourceLocation(path: path, line: row.number, column: column.index + 1), hint: Identifier.rule))
            }
        }
        return ImportTarget.uniqueID(for: title, taken: &taken, fallback: kind.recordKind.rawValue)
    }

    /// What the system's product already says is left out, so the system inherits it ("once only").
    private func dropInherited(_ values: inout [String: YAMLValue]) {
        guard case .string(let id)? = values["product"], let product = known.products[id] else { return }
        let inherited: [String: YAMLValue?] = [
            "name": .string(product.name),
            "vendor": .string(product.vendor.id),
            "category": product.category.map(YAMLValue.string),
            "hosting": product.hosting.map { .string($0.rawValue) },
            "service_areas": product.serviceAreas.map { .list($0.map { .string($0.id) }) },
            "standards": product.standards.map { .list($0.map { .string($0.id) }) },
            "personal_data.categories": product.personalData?.categories.map { .list($0.map(YAMLValue.string)) },
            "personal_data.special_categories": product.personalData?.specialCategories.map { .list($0.map { .string($0.rawValue) }) },
        ]
        for (key, value) in inherited where value != nil && values[key] == value { values[key] = nil }
    }

    /// "Nei" to personal data while the system's product lists categories: the system inherits
    /// them all the same, so the answer cannot be kept and the editor must decide.
    private func noButInherited(_ row: SpreadsheetRow, columns: SheetColumns, values: [String: YAMLValue]) -> Diagnostic? {
        guard let column = columns.binding("personal_data.categories"), SheetChoices.yesNo.value(for: SheetText.clean(row[column.index])) == "false",
              case .string(let id)? = values["product"], let categories = known.products[id]?.personalData?.categories, !categories.isEmpty else { return nil }
        return .warning("row \(row.number), column \(column.letter) (\"\(column.header)\"): says no personal data, but the product \(id) lists \(categories.joined(separator: ", ")), which the system inherits",
                        at: SourceLocation(path: path, line: row.number, column: column.index + 1),
                        hint: "check the answer; if the system really holds none of it, the product's personal_data is wrong for it")
    }

    /// `[(["lifecycle", "status"], v)]` → `[("lifecycle", map[("status", v)])]`, keeping the order;
    /// a `[]` suffix makes a list of one map (`distributions[].access_url`).
    static func nest(_ pairs: [([String], YAMLValue)]) -> [(String, YAMLValue)] {
        var order: [String] = []
        var groups: [String: [([String], YAMLValue)]] = [:]
        for (path, value) in pairs {
            guard let head = path.first else { continue }
            if groups[head] == nil { order.append(head) }
            groups[head, default: []].append((Array(path.dropFirst()), value))
        }
        return order.compactMap { head -> (String, YAMLValue)? in
            let members = groups[head] ?? []
            if let leaf = members.first(where: { $0.0.isEmpty }) { return (head, leaf.1) }
            let inner = YAMLValue.map(nest(members))
            return head.hasSuffix("[]") ? (String(head.dropLast(2)), .list([inner])) : (head, inner)
        }
    }

    static func list(_ numbers: [Int]) -> String {
        numbers.count <= 10 ? numbers.map(String.init).joined(separator: ", ") : numbers.prefix(10).map(String.init).joined(separator: ", ") + " …"
    }
}
