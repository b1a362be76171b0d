import ArgumentParser
import Foundation
import CommonMark
import OrdenAuthoring
import OrdenBuild
import OrdenCatalogue
import OrdenGenerate
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic content source at national proportions, for benchmarks.",
        discussion: """
            Takes the first --municipalities municipalities of the official list (by county, as in \
            Statistics Norway's list) with their real numbers, names and counties, and invents the \
            rest: a shared catalogue of about 3,000 products from 600 vendors, service areas and \
            standards, and for each municipality about 150 systems, 40 datasets, 60 processing \
            activities, about 90 contracts (30 and a data processing agreement with each vendor that runs \
            a system holding personal data) and a few initiatives, each with a Markdown description. \
            Vendors, products, people and costs are made up, and orden.yml says so in its notice. \
            The same --municipalities and --seed always give byte-identical files.

            The folder must be empty or missing; --force writes into it anyway, after removing its \
            orden.yml and content/.

            Example:
              orden generate --municipalities 357 --seed 1 --out /tmp/nasjonal
            """)

    @Option(name: .long, help: ArgumentHelp("How many municipalities, 1 to 357.", valueName: "n"))
    var municipalities: Int

    @Option(name: .long, help: ArgumentHelp("The seed: the same seed gives the same content, another seed other content.", valueName: "n"))
    var seed: UInt64

    @Option(name: .long, help: ArgumentHelp("The folder to write orden.yml and content/ into.", valueName: "dir"))
    var out: String

    @Flag(name: .long, help: "Write into a folder that is not empty, replacing its orden.yml and content/.")
    var force = false

    func validate() throws {
        let range = SyntheticSource.municipalityRange
        guard range.contains(municipalities) else {
            throw ValidationError("--municipalities must be from \(range.lowerBound) to \(range.upperBound), not \(municipalities)")
        }
        // Checked while parsing, so that the message comes with this command's usage and exit code 2.
        if let refusal = SyntheticSource.refusal(folder), !force || refusal.hasSuffix("not a folder") {
            throw ValidationError(refusal + (force ? "" : "; choose an empty folder, or add --force to replace its orden.yml and content/"))
        }
    }

    var folder: URL { ArgumentPath.url(out, isDirectory: true) }

    func run() throws {
        let start = Date()
        let summary: SyntheticSource.Summary
        do {
            summary = try SyntheticSource.write(SyntheticSource.Options(municipalities: municipalities, seed: seed), to: folder, replacing: force)
        } catch {
            FileHandle.standardError.write(Data("generate failed: \(error.localizedDescription)\n".utf8))
            throw ExitCode(1)
        }
        let kinds: [(RecordKind, String)] = [(.municipality, "municipalities"), (.system, "systems"), (.dataset, "datasets"), (.processing, "processing activities"),
                                             (.contract, "contracts"), (.initiative, "initiatives"), (.product, "products"), (.vendor, "vendors"),
                                             (.serviceArea, "service areas"), (.standard, "standards")]
        let counts = kinds.map { "\(summary.counts[$0.0] ?? 0) \($0.1)" }.joined(separator: ", ")
        print("generated \(summary.records) records in \(summary.files) files into \(folder.path) in \(Terminal.seconds(since: start))")
        print("  \(counts)")
    }
}
