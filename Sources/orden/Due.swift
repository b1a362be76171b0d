import ArgumentParser
import Foundation
import Basics
import OrdenBuild
import OrdenCatalogue
import OrdenModel
import OrdenSite

extension DueListing.Output: ExpressibleByArgument {}

struct Due: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List what needs attention: notice deadlines, contracts ending, reviews, assessments, retirements, initiatives.",
        discussion: """
            Everything that falls due within --within days, and everything overdue, by date, with the owner \
            (systemeier, the contract's or initiative's owner, a dataset's contact). Reviews fall due \
            review_interval months (orden.yml, default 12) after a record's reviewed date. Dates are counted \
            from today unless --date gives another day. --format markdown groups the list by owner, for an \
            issue in the forge (orden init sets up a weekly job that does this). Risk assessments are internal \
            data: they are listed with --audience internal.
            """)

    @Option(name: .long, help: ArgumentHelp("How many days ahead to look (default 90).", valueName: "days"))
    var within: Int = 90

    @Option(name: .long, help: ArgumentHelp("Only this municipality's (default: every municipality).", valueName: "number"))
    var municipality: String?

    @Option(name: .long, help: ArgumentHelp("Only this cooperation region's, by its slug.", valueName: "slug"))
    var region: String?

    @Option(name: .long, help: "text (default), markdown or json.")
    var format: DueListing.Output = .text

    @OptionGroup var audienceOption: AudienceOption
    @OptionGroup var options: SourceOptions

    func validate() throws {
        guard (0...3653).contains(within) else { throw ValidationError("--within \(within) is not a number of days from 0 to 3653") }
        if municipality != nil && region != nil { throw ValidationError("give --municipality or --region, not both") }
    }

    func run() throws {
        var buildOptions = options.buildOptions
        buildOptions.audience = audienceOption.audience
        buildOptions.history = .none
        // A reminder is about today: without --date, today's date rather than orden.yml's report_date.
        if buildOptions.reportDate == nil { buildOptions.reportDate = Day.today }
        let checked = Orden.check(.directory(options.sourceURL), options: buildOptions)
        guard let catalogue = checked.catalogue else {
            Terminal.printDiagnostics(checked.diagnostics)
            FileHandle.standardError.write(Data("due failed: \(checked.diagnostics.summary); fix the content first (orden check)\n".utf8))
            throw ExitCode(1)
        }
        let scope: Scope
        if let municipality {
            guard catalogue.municipalities[municipality] != nil else {
                throw ValidationError("no municipality \(municipality); the site has \(catalogue.municipalities.keys.sorted().joined(separator: ", "))")
            }
            scope = .municipality(municipality)
        } else if let region {
            guard catalogue.regions[region] != nil else {
                throw ValidationError("no region \(region); the site has \(catalogue.regions.keys.sorted().joined(separator: ", "))")
            }
            scope = .region(region)
        } else {
            scope = .site
        }
        let listing = try DueListing.render(catalogue, scope: scope, within: within, as: format,
                                            translations: checked.theme?.translations ?? .builtIn)
        FileHandle.standardOutput.write(Data(listing.utf8))
    }
}

