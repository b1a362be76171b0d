import Foundation
import Basics
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenModel
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

/// `orden import spreadsheet`: reads the file and the mapping, finds the municipality and the
/// records already there, and plans the files. Every failure is a diagnostic in the plan.
package enum SpreadsheetImport {
    package struct Request: Sendable {
        package var file: URL
        package var kind: SheetKind
        package var municipality: String
        package var mapping: URL?
        package var sheet: String?
        /// The row that names the columns (`--header-row`); found when nil.
        package var headerRow: Int?
        /// Write missing vendors, service areas and standards (`--create-missing`).
        package var createMissing: Bool

        package init(file: URL, kind: SheetKind, municipality: String, mapping: URL? = nil, sheet: String? = nil,
                    headerRow: Int? = nil, createMissing: Bool = false) {
            self.file = file
            self.kind = kind
            self.municipality = municipality
            self.mapping = mapping
            self.sheet = sheet
            self.headerRow = headerRow
            self.createMissing = createMissing
        }
    }

    package static func plan(_ request: Request, source: URL) -> ImportPlan {
        do {
            let folder = try ImportTarget.municipalityFolder(number: request.municipality, in: source).get()
            let data = try read(request.file)
            let sheet = try SpreadsheetReader.read(data, path: request.file.path, sheet: request.sheet)
            var mapping = SpreadsheetMapping()
            if let url = request.mapping {
                mapping = try SpreadsheetMapping.parse(String(decoding: try read(url), as: UTF8.self), path: url.path, kind: request.kind)
            }
            let importer = SpreadsheetImporter(kind: request.kind, municipality: request.municipality, municipalityFolder: folder, mapping: mapping,
                                               known: KnownRecords.read(.directory(source), municipality: request.municipality), path: request.file.path,
                                               headerRow: request.headerRow, createMissing: request.createMissing)
            return importer.plan(sheet)
        } catch let diagnostic as Diagnostic {
            return ImportPlan(diagnostics: [diagnostic])
        } catch {
            return ImportPlan(diagnostics: [.error("\(error)", at: SourceLocation(path: request.file.path))])
        }
    }

    private static func read(_ url: URL) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw Diagnostic.error("cannot read \(url.path): \(error.localizedDescription)", at: SourceLocation(path: url.path), hint: "check the file name and that you may read it")
        }
    }
}
