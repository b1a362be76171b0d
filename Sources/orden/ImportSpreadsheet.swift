import ArgumentParser
import Foundation
import OrdenAuthoring
import OrdenBuild
import OrdenCatalogue
import OrdenModel
import OrdenSite
import RDF

extension SheetKind: ExpressibleByArgument {}

struct ImportSpreadsheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spreadsheet",
        abstract: "Import systems, datasets, contracts or processing activities from an XLSX or CSV sheet.",
        discussion: """
            Columns are matched to fields by their header (Norwegian or English, case and accents ignored); \
            a mapping file (--mapping) can name other headers and values. One file is written per row; \
            a cell that cannot be read is left out with a warning that names its row and column. \
            A title row above the header and total rows (Sum, Totalt, =SUM(…)) are skipped, with a warning that says so.
            """)

    @Argument(help: ArgumentHelp("The spreadsheet: .xlsx or .csv.", valueName: "file"))
    var file: String

    @Option(name: .long, help: "What the rows are: systems, datasets, contracts or processing.")
    var kind: SheetKind

    @Option(name: .long, help: ArgumentHelp("The municipality's number, e.g. 9901.", valueName: "number"))
    var municipality: String

    @Option(name: .long, help: ArgumentHelp("A YAML file that maps headers and values to fields.", valueName: "file"))
    var mapping: String?

    @Option(name: .long, help: ArgumentHelp("The sheet to read (default: the first).", valueName: "name"))
    var sheet: String?

    @Option(name: .long, help: ArgumentHelp("The row that names the columns, as the spreadsheet shows it (default: found among the first 10 rows).", valueName: "n"))
    var headerRow: Int?

    @Flag(name: .long, help: "Write the vendors, service areas and standards the sheet names that do not exist yet (with their name only).")
    var createMissing = false

    @OptionGroup var flags: ImportFlags

    func validate() throws {
        guard municipality.count == 4, municipality.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw ValidationError("--municipality \(municipality) is not a municipality number; write four digits, e.g. 0301")
        }
        if let headerRow, headerRow < 1 {
            throw ValidationError("--header-row \(headerRow) is not a row number; rows are counted from 1, as the spreadsheet shows them")
        }
    }

    func run() throws {
        let request = SpreadsheetImport.Request(
            file: ArgumentPath.url(file), kind: kind, municipality: municipality,
            mapping: mapping.map { ArgumentPath.url($0) }, sheet: sheet, headerRow: headerRow, createMissing: createMissing)
        try flags.apply(SpreadsheetImport.plan(request, source: flags.sourceURL))
    }
}
