import Foundation
import Synchronization
import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

/// Choices made on the command line rather than in orden.yml.
package struct BuildOptions: Sendable {
    /// Overrides orden.yml's report_date.
    package var reportDate: Day?
    package var audience: Audience
    /// Where the dates and authors of changes come from.
    package var history: HistorySource
    /// Replaces orden.yml's `edit:` links: the preview's form editor (`orden serve --edit`).
    package var editLinks: EditLinks?

    package init(reportDate: Day? = nil, audience: Audience = .public, history: HistorySource = .git(.system)) {
        self.reportDate = reportDate
        self.audience = audience
        self.history = history
    }
}

/// The build as a short list of named stages, each a plain function of what the one before
/// produced: load and parse → validate → resolve → render → write.
package enum Orden {
    /// What `check` finds: every diagnostic, and the resolved site when there were no errors.
    package struct CheckResult: Sendable {
        package var diagnostics: [Diagnostic]
        package var catalogue: Catalogue?
        package var theme: Theme?
        /// Who changed each record last, and the latest changes, from git.
        package var history: SiteHistory = .empty
        package var recordCount: Int
        /// The source as read: with the content sources orden.yml lists merged in.
        package var tree: SourceTree
        /// The resolver, with every id it registered: the preview engine patches the catalogue with it.
        var resolver: Resolver?
        package var hasErrors: Bool { diagnostics.hasErrors }
    }

    package struct BuildResult: Sendable {
        package var diagnostics: [Diagnostic]
        package var pageCount: Int
        package var fileCount: Int
        package var wroteSite: Bool
    }

    /// Reports the progress of the stages: `[2/4] Validating and resolving references (12 ms)`.
    package typealias Log = @Sendable (String) -> Void

    package static func check(_ source: SourceTree, options: BuildOptions = BuildOptions(), log: @escaping Log = { _ in }) -> CheckResult {
        let (tree, federationDiagnostics) = federated(source)
        return check(tree, options: options, log: log, federationDiagnostics: federationDiagnostics) { ContentParser.parse(tree) }
    }

    /// `check` of a tree with its content sources merged in, with the load and parse stages given:
    /// the preview engine parses only the files that changed and runs everything after that
    /// exactly as a build does.
    package static func check(_ tree: SourceTree, options: BuildOptions, log: @escaping Log, federationDiagnostics: [Diagnostic] = [],
                      parse: () -> ParsedContent) -> CheckResult {
        var clock = StageClock(total: 4, log: log)
        let history = options.history.start(tree, fieldChanges: options.audience == .public)
        let parsed = clock.run("Reading content", parse)
        var diagnostics = parsed.diagnostics + federationDiagnostics
        var config = parsed.site ?? SiteConfig.placeholder
        if let editLinks = options.editLinks { config.edit = editLinks }
        let site = config
        // Independent stages over the same content: one on each core.
        let audience = options.audience
        let (validated, resolved) = clock.run("Validating and resolving references") {
            Parallel.both({ Validator.validate(parsed) }, { Resolver.resolveKeeping(parsed, site: site, audience: audience) })
        }
        var (catalogue, resolver) = resolved
        diagnostics += validated + resolver.diagnostics
        resolver.diagnostics = []
        if let date = options.reportDate ?? site.reportDate {
            catalogue.reportDate = date
        } else if parsed.site != nil {
            let newest = newestDate(in: parsed)
            catalogue.reportDate = newest ?? .placeholder
            diagnostics.append(.warning(
                "no report_date; reports are computed for \(catalogue.reportDate), " + (newest == nil ? "since the content has no dates" : "the newest date in the content"),
                at: SourceLocation(path: ContentLayout.configFile),
                hint: "add report_date: YYYY-MM-DD to orden.yml (or give --date) so that everyone reads the same figures"))
        }
        if !(site.sources ?? []).isEmpty, let paths = try? tree.listFiles() {
            for path in paths { if let source = tree.origin(path)?.source { catalogue.sourceOfFile[path] = source } }
        }
        let siteHistory = SiteHistory(clock.run("Reading the git history") { history.wait() }, catalogue: catalogue)
        let (theme, themeDiagnostics) = clock.run("Loading the theme") { Theme.load(name: site.theme ?? Theme.defaultName, from: tree, paths: parsed.paths) }
        diagnostics += themeDiagnostics
        diagnostics = finished(diagnostics, in: tree)
        let catalogueCount: Int = parsed.vendors.count + parsed.products.count + parsed.serviceAreas.count + parsed.standards.count
        let localCount: Int = parsed.systems.count + parsed.datasets.count + parsed.processing.count + parsed.contracts.count + parsed.initiatives.count
        let count = catalogueCount + localCount + parsed.municipalities.count
        let usable = !diagnostics.hasErrors && parsed.site != nil
        return CheckResult(diagnostics: diagnostics, catalogue: usable ? catalogue : nil, theme: usable ? theme : nil, history: siteHistory,
                           recordCount: count, tree: tree, resolver: usable ? resolver : nil)
    }

    /// Diagnostics as they are shown: each once, sorted, without what a FYLL UT mark causes, and
    /// files from other content sources named as the editor finds them: ../orden-katalog/content/….
    static func finished(_ diagnostics: [Diagnostic], in tree: SourceTree) -> [Diagnostic] {
        FillIn.withoutConsequences(Array(Set(diagnostics)).map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.location.path = tree.displayPath(diagnostic.location.path)
            return diagnostic
        }.sorted())
    }

    /// The source with the content sources its orden.yml lists merged in.
    package static func federated(_ tree: SourceTree) -> (SourceTree, [Diagnostic]) {
        guard tree.exists(ContentLayout.configFile), let sources = ContentParser.parseConfig(tree).0?.sources, !sources.isEmpty else {
            return (tree, [])
        }
        return Federation.merge(tree, sources: sources)
    }

    /// Checks, then renders every page into a folder beside `output` and swaps it in. On any
    /// error nothing is written and a previous site at `output` is left exactly as it was.
    package static func build(_ tree: SourceTree, output: URL, options: BuildOptions = BuildOptions(), log: @escaping Log = { _ in }) -> BuildResult {
        let writer = SiteWriter(output: output)
        // Said in the same run as the content's problems, so that neither waits for the other.
        let refusal = writer.refusal(source: tree.root).map {
            Diagnostic.error($0.message, at: SourceLocation(path: PrintableText.escaped(output.path)), hint: $0.hint)
        }
        let checked = check(tree, options: options, log: log)
        guard let catalogue = checked.catalogue, let theme = checked.theme, refusal == nil else {
            return BuildResult(diagnostics: checked.diagnostics + (refusal.map { [$0] } ?? []), pageCount: 0, fileCount: 0, wroteSite: false)
        }
        let leftovers: [Diagnostic] = writer.removeLeftovers().map { path in
            .warning("\(path) looks left over from an interrupted build, but Orden did not write it, so it is left alone",
                     at: SourceLocation(path: path), hint: "remove it yourself if it is not needed")
        }
        let staging: URL
        do {
            staging = try writer.makeStagingFolder()
        } catch {
            let problem = Diagnostic.error("cannot create a folder beside \(output.path): \(error.localizedDescription)", at: SourceLocation(path: output.path))
            return BuildResult(diagnostics: checked.diagnostics + leftovers + [problem], pageCount: 0, fileCount: 0, wroteSite: false)
        }
        let renderer = Renderer(catalogue: catalogue, theme: theme, history: checked.history)
        let folder = StagingFolder(staging)
        let files = Atomic(0)
        var clock = StageClock(total: 2, log: log)
        let renderProblems = clock.run("Rendering \(renderer.pages.count) pages") {
            renderer.render { file in
                try folder.write(file)
                files.add(1, ordering: .relaxed)
            }
        }
        var diagnostics = checked.diagnostics + leftovers + renderProblems
        if renderProblems.hasErrors {
            writer.discard(staging)
            return BuildResult(diagnostics: diagnostics, pageCount: 0, fileCount: 0, wroteSite: false)
        }
        do {
            try clock.run("Swapping in the new site") { try writer.swapIn(staging) }
        } catch {
            writer.discard(staging)
            diagnostics.append(Diagnostic.error("cannot replace \(output.path): \(error.localizedDescription)", at: SourceLocation(path: output.path)))
            return BuildResult(diagnostics: diagnostics, pageCount: 0, fileCount: 0, wroteSite: false)
        }
        return BuildResult(diagnostics: diagnostics, pageCount: renderer.pages.count, fileCount: files.load(ordering: .relaxed), wroteSite: true)
    }

    /// Builds the whole site in memory: path → bytes. For tests and previews.
    package static func buildInMemory(_ tree: SourceTree, options: BuildOptions = BuildOptions()) -> (files: [String: Data], diagnostics: [Diagnostic]) {
        let checked = check(tree, options: options)
        guard let catalogue = checked.catalogue, let theme = checked.theme else { return ([:], checked.diagnostics) }
        let files = Mutex<[String: Data]>([:])
        let problems = Renderer(catalogue: catalogue, theme: theme, history: checked.history).render { file in
            files.withLock { $0[file.path] = file.bytes }
        }
        return (files.withLock { $0 }, checked.diagnostics + problems)
    }
}

extension Orden {
    /// The newest review or modification date written in public records: the fallback report
    /// date, which changes only when the content does (and never reveals an internal record).
    static func newestDate(in content: ParsedContent) -> Day? {
        func days<F>(_ records: [Record<F>], _ visibility: (F) -> Visibility?, _ dates: (F) -> [Day?]) -> [Day] {
            records.filter { visibility($0.fields) != .internal }.flatMap { dates($0.fields).compactMap { $0 } }
        }
        var all: [Day] = days(content.systems, \.visibility) { [$0.reviewed] }
        all += days(content.datasets, \.visibility) { [$0.reviewed, $0.modified] }
        all += days(content.processing, \.visibility) { [$0.reviewed] } + days(content.contracts, \.visibility) { [$0.reviewed] }
        all += days(content.initiatives, \.visibility) { [$0.reviewed] } + days(content.municipalities, \.visibility) { [$0.reviewed] }
        all += days(content.products, \.visibility) { [$0.reviewed] }
        return all.max()
    }
}

/// Times each stage and reports it as `[n/total] name (ms)`.
struct StageClock {
    let total: Int
    let log: Orden.Log
    private var index = 0

    init(total: Int, log: @escaping Orden.Log) {
        self.total = total
        self.log = log
    }

    mutating func run<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        index += 1
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try work()
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        log("[\(index)/\(total)] \(name) (\(String(format: "%.0f", milliseconds)) ms)")
        return result
    }
}
