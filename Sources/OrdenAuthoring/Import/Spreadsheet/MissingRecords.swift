import Foundation
import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenModel
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

/// The vendors, service areas and standards a sheet names that the catalogue does not have:
/// listed once for the whole sheet, and written as minimal records with `--create-missing`.
struct MissingRecords {
    private(set) var records: [MissingRecord] = []
    /// Where each record is first named, and every row that names it.
    private var places: [String: (row: Int, column: Int, rows: [Int])] = [:]

    /// Adds a record; true when the sheet had not named it before.
    mutating func add(_ record: MissingRecord, row: Int, column: Int) -> Bool {
        let key = Self.key(record)
        if let place = places[key] {
            if place.rows.last != row { places[key]?.rows.append(row) }
            return false
        }
        places[key] = (row, column, [row])
        records.append(record)
        return true
    }

    private func place(_ record: MissingRecord) -> (row: Int, column: Int, rows: [Int]) {
        places[Self.key(record)] ?? (0, 0, [])
    }

    /// Two spellings of one name ("Visma", "VISMA") are one record.
    private static func key(_ record: MissingRecord) -> String { "\(record.kind.rawValue)/\(record.id)" }

    /// One file per record, holding only its name as the sheet first wrote it: the fields a
    /// vendor, service area or standard requires.
    func files(create: Bool, path: String) -> [PlannedFile] {
        guard create else { return [] }
        let file = (path as NSString).lastPathComponent
        return records.map { record in
            PlannedFile(path: ImportTarget.cataloguePath(record.kind, id: record.id),
                        text: FrontMatterWriter.document([("name", .string(record.name))],
                                                         comments: ["created by orden import spreadsheet: named in \(file), row \(place(record).row)"]))
        }
    }

    /// One warning listing every record: what was created, or what is missing and the flag that
    /// writes it.
    func diagnostics(created: Bool, path: String) -> [Diagnostic] {
        guard let first = records.first else { return [] }
        let list = records.map { record in
            let rows = place(record).rows
            return "\(record.kind.noun) \"\(record.name)\" → \(ImportTarget.cataloguePath(record.kind, id: record.id)) (row\(rows.count == 1 ? "" : "s") \(SpreadsheetImporter.list(rows)))"
        }.joined(separator: "; ")
        let location = SourceLocation(path: path, line: place(first).row, column: place(first).column)
        let count = records.count == 1 ? "1 catalogue record" : "\(records.count) catalogue records"
        if created {
            return [.warning("\(count) the sheet names did not exist and \(records.count == 1 ? "is" : "are") written with only a name: \(list)", at: location,
                             hint: "check the names; add what else you know (a vendor's orgnr and website, a service area's parent)")]
        }
        return [.warning("\(count) the sheet names \(records.count == 1 ? "does" : "do") not exist: \(list)", at: location,
                         hint: "run the import again with --create-missing to write them with their names, or create them by hand")]
    }
}
