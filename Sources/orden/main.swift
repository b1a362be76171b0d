import ArgumentParser
import Foundation
import Synchronization
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

// The command line only parses arguments and prints; everything else is in the library targets.
// Exit codes: 0 success, 1 content errors, 2 usage errors.

struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder that holds orden.yml and content/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("The date reports are computed for, YYYY-MM-DD (default: report_date in orden.yml).", valueName: "date"))
    var date: String?

    @Flag(name: .long, help: "Do not read who changed what from git: no dates on pages, no changes page and no feed.")
    var noHistory = false

    var sourceURL: URL { ArgumentPath.url(source, isDirectory: true) }

    func validate() throws {
        if let date, Day(date) == nil {
            throw ValidationError("--date \(date) is not a date in the form YYYY-MM-DD, e.g. 2026-11-01")
        }
    }

    var buildOptions: BuildOptions {
        BuildOptions(reportDate: date.flatMap(Day.init), history: noHistory ? .none : .git(.system))
    }
}

/// Who a build is for: the public site (default) or the internal one with everything.
struct AudienceOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "public (default) or internal. The internal site adds records marked visibility: internal and the internal fields (classification, risk assessment, infrastructure, contact data, and those orden.yml lists in internal_fields), marks every page internal and asks search engines not to index it.",
        valueName: "audience"))
    var audience: Audience = .public
}

struct Terminal {
    static let colour: Bool = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            var line = diagnostic.description
            if colour {
                let word = diagnostic.severity.rawValue
                let painted = diagnostic.severity == .error ? "\u{1B}[1;31m\(word)\u{1B}[0m" : "\u{1B}[1;33m\(word)\u{1B}[0m"
                line = line.replacingOccurrences(of: ": \(word): ", with: ": \(painted): ")
            }
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }

    private static let kept = Mutex<[any Sendable]>([])

    /// Keeps a value alive until the process ends. Taking a national catalogue apart value by
    /// value costs more than the operating system takes to reclaim all of its memory at exit.
    static func keepUntilExit(_ value: any Sendable) {
        kept.withLock { $0.append(value) }
    }

    static func seconds(since start: Date) -> String {
        String(format: "%.2f s", Date().timeIntervalSince(start))
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every record and report every problem, without writing anything.",
        discussion: "Prints each problem as path:line:column: error|warning: message, with a hint, then a summary. Exits with 1 if there is any error.")

    @OptionGroup var options: SourceOptions
    @OptionGroup var audience: AudienceOption

    func run() throws {
        let start = Date()
        var buildOptions = options.buildOptions
        buildOptions.audience = audience.audience
        buildOptions.history = .none  // nothing is rendered, so git need not run
        let result = Orden.check(.directory(options.sourceURL), options: buildOptions)
        Terminal.keepUntilExit(result)
        Terminal.printDiagnostics(result.diagnostics)
        let summary = "\(result.diagnostics.summary) in \(result.recordCount) records (\(Terminal.seconds(since: start)))"
        if result.hasErrors {
            FileHandle.standardError.write(Data("check failed: \(summary)\n".utf8))
            throw ExitCode(1)
        }
        print("check passed: \(summary)")
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and build the static site.",
        discussion: "On any error nothing is written and the previous site is left as it was. The new site is written beside the output folder and swapped in when complete.")

    @OptionGroup var options: SourceOptions

    @OptionGroup var audience: AudienceOption

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: site/ in the source folder, site-intern/ for --audience internal).", valueName: "dir"))
    var output: String?

    @Flag(name: .shortAndLong, help: "Print only problems and the summary.")
    var quiet = false

    func run() throws {
        let start = Date()
        // The internal site goes to its own folder by default, so that it is never published by mistake.
        let defaultFolder = audience.audience == .internal ? "site-intern" : "site"
        let outputURL = output.map { ArgumentPath.url($0, isDirectory: true) } ?? options.sourceURL.appendingPathComponent(defaultFolder, isDirectory: true)
        let quiet = self.quiet
        var buildOptions = options.buildOptions
        buildOptions.audience = audience.audience
        let result = Orden.build(.directory(options.sourceURL), output: outputURL, options: buildOptions) { line in
            if !quiet { print(line) }
        }
        Terminal.printDiagnostics(result.diagnostics)
        guard result.wroteSite else {
            FileHandle.standardError.write(Data("build failed: \(result.diagnostics.summary); nothing was written\n".utf8))
            throw ExitCode(1)
        }
        let warnings = result.diagnostics.warningCount
        print("built \(result.pageCount) pages (\(result.fileCount) files) into \(outputURL.path) in \(Terminal.seconds(since: start))"
              + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""))
    }
}

struct OrdenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orden",
        abstract: "Orden builds a municipality's inventory of IT systems, datasets, processing activities and contracts into a static website.",
        version: "0.1.0",
        subcommands: [Build.self, Check.self, Serve.self, New.self, Init.self, Import.self, Export.self, Due.self, Generate.self])
}

/// `orden serve` runs until stopped, serving and watching concurrently.
func runAsync<Command: AsyncParsableCommand>(_ command: inout Command) async throws {
    try await command.run()
}

do {
    var command = try OrdenCommand.parseAsRoot()
    if var asyncCommand = command as? AsyncParsableCommand {
        try await runAsync(&asyncCommand)
    } else {
        try command.run()
    }
} catch {
    if OrdenCommand.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((OrdenCommand.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    OrdenCommand.exit(withError: error)
}
