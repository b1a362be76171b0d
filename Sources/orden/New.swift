import ArgumentParser
import Foundation
import Basics
import Mustache
import OrdenAuthoring
import OrdenBuild
import OrdenCatalogue
import OrdenGenerate
import OrdenHistory
import OrdenModel
import OrdenServe
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a new record with the fields the editor must fill in.",
        discussion: """
            Kinds: \(RecordKind.allCases.map(\.commandName).joined(separator: ", ")). The file gets the values \
            the command knows, a mark (FYLL UT: …) for each required field only the editor knows, which \
            orden check reports until it is replaced, and every optional field as a comment. A system \
            with --product writes only its own fields and lists what it inherits from the product as \
            comments. An existing file is never overwritten without --force.

            Examples:
              orden new municipality 3901
              orden new system sak-arkiv --municipality 3901 --product acme-arkiv
              orden new dataset --municipality 3901 --name "Badeplasser"
              orden new vendor acme --name "Acme AS" --orgnr 123456785
            """)

    @Argument(help: ArgumentHelp("What to write: municipality, system, dataset, processing, contract, initiative, product, vendor, service-area or standard.", valueName: "kind"))
    var kind: String

    @Argument(help: ArgumentHelp("The id (the file name), or a municipality's number. Made from --name when left out.", valueName: "id"))
    var id: String?

    @Option(name: .long, help: ArgumentHelp("The content repository (where orden.yml is).", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("The municipality a system, dataset, processing activity, contract or initiative belongs to.", valueName: "number"))
    var municipality: String?

    @Option(name: .long, help: ArgumentHelp("The cooperation region a shared initiative belongs to (its folder under content/regions/).", valueName: "id"))
    var region: String?

    @Option(name: .long, help: ArgumentHelp("The product a system uses; the system inherits from it.", valueName: "id"))
    var product: String?

    @Option(name: .long, help: ArgumentHelp("The vendor of a product or contract (or of a system without a product).", valueName: "id"))
    var vendor: String?

    @Option(name: .long, help: ArgumentHelp("The name or title; also gives the id when it is left out.", valueName: "text"))
    var name: String?

    @Option(name: .long, help: ArgumentHelp("The organisation number of a municipality or vendor.", valueName: "number"))
    var orgnr: String?

    @Flag(name: .long, help: "Overwrite the file if it exists.")
    var force = false

    func validate() throws {
        if RecordKind.named(kind) == nil {
            throw ValidationError("unknown kind \"\(kind)\"; use one of \(RecordKind.allCases.map(\.commandName).joined(separator: ", "))")
        }
    }

    func run() throws {
        guard let kind = RecordKind.named(kind) else { return }
        let source = ArgumentPath.url(source, isDirectory: true)
        var request = NewRecord.Request(kind: kind, id: id, name: name, municipality: municipality, product: product,
                                        vendor: vendor, orgnr: orgnr, force: force, today: Day.today)
        request.region = region
        let file: PlannedFile
        // With the content sources orden.yml lists: a municipality's system names products in the catalogue's repository.
        switch NewRecord.plan(request, in: Orden.federated(.directory(source)).0) {
        case .success(let planned): file = planned
        case .failure(.usage(let message)): throw ValidationError(message)
        case .failure(.content(let problem)):
            Terminal.printDiagnostics([problem])
            FileHandle.standardError.write(Data("new failed: nothing was written\n".utf8))
            throw ExitCode(1)
        }
        let outcome = ImportRunner.apply(ImportPlan(files: [file]), source: source, options: ImportOptions(force: force))
        guard outcome.wrote else {
            Terminal.printDiagnostics(outcome.diagnostics)
            FileHandle.standardError.write(Data("new failed: nothing was written\n".utf8))
            throw ExitCode(1)
        }
        print("wrote \(file.path)")
        Terminal.printToFill(outcome.toFill, passed: "the new file passes orden check")
        print("Optional fields are comments (# …) in the file: remove the # in front of those that apply.")
    }
}

extension Terminal {
    /// The marks and other problems left in new files, on standard output: they are the next
    /// step, not a failure.
    static func printToFill(_ diagnostics: [Diagnostic], passed: String) {
        let errors = diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else {
            print(passed)
            return
        }
        print("Fill in before orden check passes:")
        for diagnostic in errors { print("  " + diagnostic.description.replacingOccurrences(of: "\n", with: "\n  ")) }
    }
}
