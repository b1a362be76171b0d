import ArgumentParser
import Foundation
import Basics
import OrdenAuthoring
import OrdenBuild
import OrdenCatalogue
import OrdenGenerate
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

extension Audience: ExpressibleByArgument {}

struct Export: ParsableCommand {
    enum FileFormat: String, ExpressibleByArgument, CaseIterable { case xlsx, csv }

    static let configuration = CommandConfiguration(
        abstract: "Export systems, datasets, contracts or processing activities to a spreadsheet.",
        discussion: """
            One row per record, under the Norwegian headers `orden import spreadsheet` reads, so an exported \
            sheet can be edited and imported again. Systems include what they inherit from their product. \
            Internal records and fields are left out unless --audience internal.
            """)

    @Argument(help: "The file format: xlsx or csv.")
    var format: FileFormat

    @Option(name: .long, help: "What to export: systems, datasets, contracts or processing.")
    var kind: SheetKind

    @Option(name: .long, help: ArgumentHelp("Only this municipality's records (default: every municipality, with a Kommune column).", valueName: "number"))
    var municipality: String?

    @Option(name: .long, help: ArgumentHelp("The file to write (default: e.g. systemer-9901.xlsx in the current folder).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: "public (default) or internal: internal adds classification, risk assessment and infrastructure.")
    var audience: Audience = .public

    @OptionGroup var options: SourceOptions

    func run() throws {
        var buildOptions = options.buildOptions
        buildOptions.audience = audience
        buildOptions.history = .none
        let checked = Orden.check(.directory(options.sourceURL), options: buildOptions)
        guard let catalogue = checked.catalogue else {
            Terminal.printDiagnostics(checked.diagnostics)
            FileHandle.standardError.write(Data("export failed: \(checked.diagnostics.summary); fix the content first (orden check)\n".utf8))
            throw ExitCode(1)
        }
        let sheet: ExportedSheet
        let data: Data
        do {
            sheet = try SheetExport.sheet(catalogue, options: SheetExport.Options(kind: kind, municipality: municipality, audience: audience))
            data = format == .xlsx ? try XLSXWriter.workbook(sheet) : SheetExport.csv(sheet)
        } catch let diagnostic as Diagnostic {
            Terminal.printDiagnostics([diagnostic])
            throw ExitCode(1)
        }
        let path = output ?? SheetExport.defaultFileName(kind: kind, municipality: municipality, extension: format.rawValue)
        do {
            try data.write(to: ArgumentPath.url(path), options: .atomic)
        } catch {
            FileHandle.standardError.write(Data("cannot write \(path): \(error.localizedDescription)\n".utf8))
            throw ExitCode(1)
        }
        print("wrote \(sheet.rows.count) \(kind.rawValue) to \(path)")
    }
}
