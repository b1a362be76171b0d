import ArgumentParser
import Foundation
import Basics
import FrontMatter
import Mustache
import OrdenAuthoring
import OrdenBuild
import OrdenCatalogue
import OrdenGenerate
import OrdenModel
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a new content repository for a municipality or a region.",
        discussion: """
            Writes orden.yml, the content folders, a record for each --municipality from the official \
            list, a README for the editors, and CI for GitHub Actions (.github/workflows/orden.yml) and \
            GitLab CI (.gitlab-ci.yml) that runs orden check on every pull request and builds and \
            publishes the site from main; ci/publish-folder.sh publishes to any folder instead. A folder \
            that already has orden.yml or content/ is refused without --force; an existing README.md or \
            .gitignore is kept.

            Examples:
              orden init horten-it --municipality 3901 --orgnr 974760673
              orden init fjellregionen --region "Fjellregionen" --municipality 3901 --municipality 3903
            """)

    @Argument(help: ArgumentHelp("The folder to make the repository in (created if missing).", valueName: "dir"))
    var directory: String

    @Option(name: .long, help: ArgumentHelp("A municipality to add, by its number; repeat for a region.", valueName: "number"))
    var municipality: [String] = []

    @Option(name: .long, help: ArgumentHelp("The cooperation region the site is for, e.g. \"Kongsbergregionen\".", valueName: "name"))
    var region: String?

    @Option(name: .long, help: ArgumentHelp("The site's title (default: IT-oversikt for the municipality or region).", valueName: "text"))
    var title: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The address the site is published at.", valueName: "url"))
    var baseURL: String?

    @Option(name: .long, help: ArgumentHelp("The organisation number of the one --municipality.", valueName: "number"))
    var orgnr: String?

    @Option(name: .customLong("publisher-orgnr"), help: ArgumentHelp("The organisation number of the --region's council, the site's publisher.", valueName: "number"))
    var publisherOrgnr: String?

    @Option(name: .customLong("orden-repo"), help: ArgumentHelp("Where CI fetches Orden's source code (ORDEN_REPO).", valueName: "url"))
    var ordenRepo: String?

    @Option(name: .customLong("orden-ref"), help: ArgumentHelp("The branch, tag or commit of Orden CI builds (ORDEN_REF, default main).", valueName: "ref"))
    var ordenRef: String?

    @Flag(name: .long, help: "Write into a folder that is a content repository already, and replace README.md, .gitignore and the CI files.")
    var force = false

    func run() throws {
        let folder = ArgumentPath.url(directory, isDirectory: true)
        if !force, let refusal = NewRepository.refusal(folder) {
            Terminal.printDiagnostics([.error(refusal, at: SourceLocation(path: folder.path),
                                              hint: "choose a new folder, or add --force to write into it anyway")])
            FileHandle.standardError.write(Data("init failed: nothing was written\n".utf8))
            throw ExitCode(1)
        }
        let request = NewRepository.Request(municipalities: municipality, region: region, title: title, baseURL: baseURL, orgnr: orgnr,
                                            publisherOrgnr: publisherOrgnr, ordenRepo: ordenRepo, ordenRef: ordenRef, today: Day.today)
        let files: [PlannedFile]
        switch NewRepository.plan(request) {
        case .success(let planned): files = planned
        case .failure(.usage(let message)): throw ValidationError(message)
        case .failure(.content(let problem)):
            Terminal.printDiagnostics([problem])
            throw ExitCode(1)
        }
        let (write, kept) = NewRepository.split(files, in: folder, force: force)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            Terminal.printDiagnostics([.error("cannot create \(folder.path): \(error.localizedDescription)", at: SourceLocation(path: folder.path))])
            throw ExitCode(1)
        }
        let outcome = ImportRunner.apply(ImportPlan(files: write), source: folder, options: ImportOptions(force: true))
        guard outcome.wrote else {
            Terminal.printDiagnostics(outcome.diagnostics)
            FileHandle.standardError.write(Data("init failed: nothing was written\n".utf8))
            throw ExitCode(1)
        }
        print("made a content repository in \(folder.path):")
        for file in write where !file.path.hasSuffix("/.gitkeep") { print("  \(file.path)") }
        print("  and the folders under content/")
        for path in kept { print("kept the existing \(path) (--force replaces it)") }
        Terminal.printToFill(outcome.toFill, passed: "the repository passes orden check")
        print("""

            Next:
              - write the site's address in base_url in orden.yml
              - set ORDEN_REPO (where CI gets Orden's source) in the CI files or as a CI variable; see README.md
              - add records with orden new, e.g. orden new system --municipality NUMBER --product ID --source \(directory)
              - put the folder in git and push it to GitHub or GitLab
            """)
    }
}
