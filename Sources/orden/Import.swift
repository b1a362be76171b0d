import ArgumentParser
import Foundation
import Basics
import CommonMark
import FrontMatter
import Mustache
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

/// The flags every importer shares.
struct ImportFlags: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content repository to import into (where orden.yml is).", valueName: "dir"))
    var source: String = "."

    @Flag(name: .long, help: "Overwrite files that already exist.")
    var force = false

    @Flag(name: .long, help: "Show what would be written, and write nothing.")
    var dryRun = false

    var sourceURL: URL { ArgumentPath.url(source, isDirectory: true) }
    var options: ImportOptions { ImportOptions(force: force, dryRun: dryRun) }

    /// Applies a plan and prints what happened: the files, every row or node not taken, and the
    /// fields the editor must still fill. Exits 1 when nothing could be written.
    func apply(_ plan: ImportPlan) throws {
        let outcome = ImportRunner.apply(plan, source: sourceURL, options: options)
        Terminal.printDiagnostics(outcome.diagnostics)
        if !outcome.wrote && !dryRun || outcome.diagnostics.hasErrors {
            FileHandle.standardError.write(Data("import failed: \(outcome.diagnostics.summary); nothing was written\n".utf8))
            throw ExitCode(1)
        }
        if dryRun {
            for file in outcome.files {
                print("── \(file.path)")
                print(file.text)
            }
        }
        let verb = dryRun ? "would write" : "wrote"
        let count = outcome.files.count
        print("\(verb) \(count) file\(count == 1 ? "" : "s")" + (outcome.diagnostics.isEmpty ? "" : " (\(outcome.diagnostics.summary) in the input)"))
        if !dryRun { for file in outcome.files { print("  \(file.path)") } }
        let toFill = outcome.toFill.filter { $0.severity == .error }
        if toFill.isEmpty {
            print(dryRun ? "the files would pass orden check" : "the new files pass orden check")
        } else {
            print("\nStill to fill in before orden check passes:")
            Terminal.printDiagnostics(outcome.toFill)
        }
    }
}

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import records from files municipalities already have.",
        discussion: """
            Each importer writes one Markdown file per record into the content folder. It never overwrites \
            an existing file without --force, lists every row or node it could not take, and says which \
            fields still have to be filled in for orden check to pass. --dry-run shows the files instead.
            """,
        subcommands: [ImportDCAT.self, ImportPubliccode.self, ImportSpreadsheet.self])
}
