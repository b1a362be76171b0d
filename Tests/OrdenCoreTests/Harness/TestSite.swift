// The one test harness: a whole small site written in the test, built in memory through the same
// entry point as `orden build` (`Orden.check` and `Orden.buildInMemory` over `SourceTree.memory`),
// with assertions that fail where the test calls them.
//
//     let site = TestSite("""
//         -- orden.yml --
//         title: Test
//         base_url: https://test.example/
//         -- content/catalogue/vendors/acme.md --
//         ---
//         name: Acme
//         ---
//         """, reportDate: Day("2026-11-01"))
//     let built = site.build()
//     built.expectNoErrors()
//     built.expectFile("katalog/leverandorer/acme/index.html", contains: "<h1>Acme</h1>", "! <script")
//     built.expectNoFile("katalog/leverandorer/beta/index.html")
//
// The site is a txtar archive (see Txtar.swift) or a dictionary `TestSite(files:)`. Options say
// who the site is for, the report date, the git history and the interface language; anything
// else goes in `options:`. `page(_:)` and `expectFile` record a failure when the file is missing,
// so a test can never pass by reading an empty page. `Fixture`, `ReportFixture`, `HistoryFixture`
// and `AudienceTests` build through this type too.
//
// Golden files (whole outputs kept in the repository) are compared by `Golden`; run the tests with
// ORDEN_UPDATE_GOLDEN=1 to write them again from what the code produces now.
import Foundation
import Testing
@testable import Basics
@testable import FrontMatter
@testable import Mustache
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenGenerate
@testable import OrdenHistory
@testable import OrdenModel
@testable import OrdenSite
@testable import OrdenSource
@testable import Spreadsheet

struct TestSite {
    /// path → text, as the site's source folder would hold it.
    var files: [String: String]
    var options: BuildOptions

    /// `audience`, `reportDate` and `history` replace what `options` says when given; `language`
    /// is written into orden.yml as `language:`, where a site sets it.
    init(files: [String: String], audience: Audience? = nil, reportDate: Day? = nil, history: SourceHistory? = nil,
         language: UILanguage? = nil, options: BuildOptions = BuildOptions()) {
        var options = options
        if let audience { options.audience = audience }
        if let reportDate { options.reportDate = reportDate }
        if let history { options.history = .given(history) }
        var files = files
        if let language, let config = files[ContentLayout.configFile] {
            files[ContentLayout.configFile] = Self.setting("language", to: language.rawValue, in: config)
        }
        self.files = files
        self.options = options
    }

    /// A site written as a txtar archive: `-- path --` lines, each followed by that file's text.
    init(_ archive: String, audience: Audience? = nil, reportDate: Day? = nil, history: SourceHistory? = nil,
         language: UILanguage? = nil, options: BuildOptions = BuildOptions()) {
        self.init(files: Txtar(parsing: archive).dictionary, audience: audience, reportDate: reportDate, history: history,
                  language: language, options: options)
    }

    /// orden.yml with a top-level key set: its line replaced, or added at the end.
    static func setting(_ key: String, to value: String, in config: String) -> String {
        var lines = config.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        lines.removeAll { $0.hasPrefix(key + ":") }
        return (lines + ["\(key): \(value)"]).joined(separator: "\n") + "\n"
    }

    var tree: SourceTree { .memory(files) }

    /// Every diagnostic, and the resolved catalogue when there is no error: `orden check`.
    func check() -> Orden.CheckResult {
        Orden.check(tree, options: options)
    }

    /// The whole site in memory: `orden build` without the disk.
    func build() -> Built {
        let (files, diagnostics) = Orden.buildInMemory(tree, options: options)
        return Built(files: files, diagnostics: diagnostics)
    }

    /// This site with some files replaced (a text) or removed (nil).
    func with(_ changes: [String: String?]) -> TestSite {
        var site = self
        for (path, text) in changes { site.files[path] = text }
        return site
    }
}

extension TestSite {
    /// What a build wrote, and the assertions on it.
    struct Built {
        var files: [String: Data]
        var diagnostics: [Diagnostic]

        /// The file as text; a missing file is a failure at the caller, and gives "".
        func page(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
            guard let bytes = files[path] else {
                Issue.record("\(path) was not built\(nearby(path))\(errorSummary)", sourceLocation: sourceLocation)
                return ""
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// Hugo's AssertFileContent: the file exists, contains every pattern, and contains none of
        /// the patterns written "! text".
        func expectFile(_ path: String, contains patterns: String..., sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            guard files[path] != nil else {
                Issue.record("\(path) was not built\(nearby(path))\(errorSummary)", sourceLocation: sourceLocation)
                return
            }
            let text = page(path, sourceLocation: sourceLocation)
            for pattern in patterns {
                if pattern.hasPrefix("! ") {
                    let absent = String(pattern.dropFirst(2))
                    if text.contains(absent) { Issue.record("\(path) contains \"\(absent)\"", sourceLocation: sourceLocation) }
                } else if !text.contains(pattern) {
                    Issue.record("\(path) does not contain \"\(pattern)\"", sourceLocation: sourceLocation)
                }
            }
        }

        func expectNoFile(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            if files[path] != nil { Issue.record("\(path) was built", sourceLocation: sourceLocation) }
        }

        /// The build has no error (warnings are allowed) and wrote a site.
        func expectNoErrors(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            if diagnostics.hasErrors { Issue.record("the build has errors:\n\(errorList)", sourceLocation: sourceLocation) }
            if files.isEmpty { Issue.record("the build wrote no files", sourceLocation: sourceLocation) }
        }

        /// When a file is missing the reason is usually an error that stopped the build, or a path
        /// one folder off: both are said in the failure.
        private var errorSummary: String {
            diagnostics.hasErrors ? "; the build has errors:\n" + errorList : ""
        }

        private var errorList: String {
            diagnostics.filter { $0.severity == .error }.map { "  \($0)" }.joined(separator: "\n")
        }

        private func nearby(_ path: String) -> String {
            let folder = path.split(separator: "/").dropLast().joined(separator: "/")
            guard !folder.isEmpty else { return "" }
            let siblings = files.keys.filter { $0.hasPrefix(folder + "/") }.sorted().prefix(5)
            return siblings.isEmpty ? "" : " (in \(folder)/: \(siblings.joined(separator: ", ")))"
        }
    }
}
