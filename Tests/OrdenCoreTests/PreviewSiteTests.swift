import Foundation
import Testing
@testable import Basics
@testable import CommonMark
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
@testable import RDF
@testable import Spreadsheet

/// The preview engine must give, after every incremental update, exactly the bytes a full
/// build of the same source gives, while rendering only the pages a change affects.
@Suite struct PreviewSiteTests {
    static let systemA = "\(Fixture.municipalityA)/systems/arkiv.md"

    /// The paths whose bytes differ between the preview and a full build of `files`.
    static func differences(_ preview: PreviewSite, _ files: [String: String]) -> [String] {
        differences(preview, built: Orden.buildInMemory(.memory(files)).files)
    }

    static func differences(_ preview: PreviewSite, built expected: [String: Data]) -> [String] {
        var paths = Set(expected.keys).symmetricDifference(preview.files.keys)
        for (path, bytes) in expected where preview.files[path] != nil && preview.files[path] != bytes { paths.insert(path) }
        return paths.sorted()
    }

    /// Applies the edits one after another and checks the site after each against a full build.
    static func expectEquivalent(after edits: [(String, [String: String?])], from start: [String: String],
                                 sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var files = start
        var preview = PreviewSite()
        preview.update(from: .memory(files))
        for (name, changes) in edits {
            for (path, text) in changes { files[path] = text }
            let update = preview.update(from: .memory(files))
            #expect(!update.hasErrors, "\(name): \(update.diagnostics.errors)", sourceLocation: sourceLocation)
            let differing = differences(preview, files)
            let same = differing.isEmpty
            #expect(same, "\(name) left \(differing.count) files different from a full build: \(differing.prefix(8))",
                    sourceLocation: sourceLocation)
        }
    }

    @Test func theFirstUpdateBuildsTheWholeSite() {
        var preview = PreviewSite()
        let update = preview.update(from: .memory(Fixture.files))
        #expect(update.rebuilt && update.fullRenderReason == "first build")
        #expect(update.renderedPages == update.totalPages)
        #expect(Self.differences(preview, Fixture.files).isEmpty)
    }

    @Test func aSeriesOfEditsGivesTheSameBytesAsAFullBuild() {
        let a = Fixture.municipalityA, b = Fixture.municipalityB
        let original = Fixture.files
        func edited(_ path: String, _ old: String, _ new: String) -> String {
            (original[path] ?? "").replacingOccurrences(of: old, with: new)
        }
        let product = "content/catalogue/products/acme-arkiv.md", vendor = "content/catalogue/vendors/acme.md"
        let contract = "\(a)/contracts/acme-avtale.md", activity = "\(a)/processing/arkivering.md"
        let newSystem = "---\nproduct: beta-okonomi\nowner: Rådmannen\nlifecycle: {status: production}\n---\n"
        let newDataset = "---\ntitle: Kartdata\ndescription: Kart.\nthemes: [REGI]\naccess_rights: public\nlicence: CC-BY-4.0\n"
            + "distributions:\n  - format: GEOJSON\n    access_url: https://data.example/kart\nsource_systems: [arkiv]\n---\n"
        var edits: [(String, [String: String?])] = []
        edits.append(("a system field", [Self.systemA: edited(Self.systemA, "owner: Dokumentsenteret", "owner: Arkivtjenesten")]))
        edits.append(("a system body", [Self.systemA: (original[Self.systemA] ?? "") + "\nEt nytt avsnitt om arkivet.\n"]))
        edits.append(("a system's lifecycle", [Self.systemA: edited(Self.systemA, "status: production", "status: phase-out")]))
        edits.append(("a product field inherited by systems", [product: edited(product, "hosting: saas", "hosting: on-premises")]))
        edits.append(("a product's name", [product: edited(product, "name: Acme Arkiv", "name: Acme Arkiv Pluss")]))
        edits.append(("a vendor's name", [vendor: edited(vendor, "name: Acme Programvare AS", "name: Acme Software AS")]))
        edits.append(("a new system", ["\(b)/systems/okonomi.md": newSystem]))
        edits.append(("a new dataset", ["\(a)/datasets/kart.md": newDataset]))
        edits.append(("a deleted system", ["\(b)/systems/okonomi.md": nil]))
        edits.append(("a renamed id", ["\(a)/systems/okonomi.md": nil, "\(a)/systems/okonomi-ny.md": original["\(a)/systems/okonomi.md"],
                                       Self.systemA: edited(Self.systemA, "to: okonomi", "to: okonomi-ny")]))
        edits.append(("a contract's end date", [contract: edited(contract, "end: 2028-12-31", "end: 2027-06-30")]))
        edits.append(("a processing activity", [activity: edited(activity, "name: Arkivering", "name: Arkivering og journalføring")]))
        edits.append(("a municipality record", ["\(a)/_index.md": edited("\(a)/_index.md", "population: 27000", "population: 28000")]))
        edits.append(("orden.yml", ["orden.yml": edited("orden.yml", "title: Testsite", "title: Testnettsted")]))
        edits.append(("a theme override", ["themes/default/static/assets/extra.css": "body { color: black; }\n"]))
        edits.append(("a new guide page", ["content/guide/etablere.md": "---\ntitle: Etablere\norder: 1\nphase: establish\n---\nFørste steg.\n"]))
        edits.append(("a guide page's title", ["content/guide/etablere.md": "---\ntitle: Kom i gang\norder: 1\nphase: establish\n---\nFørste steg.\n"]))
        edits.append(("an internal system", ["\(a)/systems/skjult.md": edited("\(a)/systems/skjult.md", "name: Skjult system", "name: Fortsatt skjult")]))
        Self.expectEquivalent(after: edits, from: original)
    }

    @Test func aSystemEditRendersFarFewerPagesThanTheSite() {
        var files = ReportFixture.files
        var preview = PreviewSite()
        preview.update(from: .memory(files))
        let path = "content/municipalities/9913-cby/systems/c-skole.md"
        files[path] = (files[path] ?? "").replacingOccurrences(of: "status: production", with: "status: phase-out")
        let update = preview.update(from: .memory(files))
        #expect(update.rebuilt && update.fullRenderReason == nil)
        #expect(update.changedPaths == [path])
        #expect(update.reparsedFiles == 1)
        #expect(update.renderedPages > 0 && update.renderedPages * 2 < update.totalPages,
                "rendered \(update.renderedPages) of \(update.totalPages) pages")
        #expect(Self.differences(preview, files).isEmpty)
    }

    @Test func aChangeBelowTheFrontMatterRendersOnlyTheRecordsOwnPage() {
        let system = "content/municipalities/9913-cby/systems/c-skole.md", product = "content/catalogue/products/p-arkiv.md"
        var files = ReportFixture.files
        files[system] = (files[system] ?? "") + "\nEt avsnitt.\n"
        files[product] = (files[product] ?? "") + "\nEn beskrivelse.\n"
        var preview = PreviewSite()
        preview.update(from: .memory(files))

        files[system] = (files[system] ?? "") + "\nEt avsnitt til.\n"
        let update = preview.update(from: .memory(files))
        // The page and the search page, whose index holds the first words of every record: no
        // other page reads the system's description.
        #expect(update.renderedPages == 2)
        #expect(Self.differences(preview, files).isEmpty)

        files[product] = (files[product] ?? "") + "\nMer om produktet.\n"
        let inherited = preview.update(from: .memory(files))
        #expect(inherited.renderedPages == 4, "the product, the two systems that run it and the search page")
        #expect(Self.differences(preview, files).isEmpty)

        // Whether a system has a description at all counts in the data quality report.
        files[system] = ReportFixture.files[system]
        let removed = preview.update(from: .memory(files))
        #expect(removed.renderedPages > 3, "the system, the search page and the data quality reports")
        #expect(Self.differences(preview, files).isEmpty)
    }

    @Test func aProductEditRendersEverySystemThatInheritsFromIt() throws {
        var files = ReportFixture.files
        var preview = PreviewSite()
        preview.update(from: .memory(files))
        let product = "content/catalogue/products/p-arkiv.md"
        files[product] = (files[product] ?? "").replacingOccurrences(of: "---\n", with: "---\nhosting: saas\n", options: .anchored)
        let catalogue = try #require(Orden.check(.memory(files)).catalogue)
        let renderer = Renderer(catalogue: catalogue, theme: try #require(Orden.check(.memory(files)).theme))
        let plan = preview.plan(for: [product], catalogue: catalogue, shared: renderer.shared, pages: renderer.pages)
        let inheriting = catalogue.systemsByProduct.storage["p-arkiv"] ?? []
        #expect(inheriting.count == 2)
        for key in inheriting {
            #expect(plan.pages.contains(.system(key)))
            #expect(plan.pages.contains(.localList(.system, key.municipality)))
            #expect(plan.catalogueScopes.contains(.municipality(key.municipality)) || catalogue.datasetsByMunicipality.storage[key.municipality] == nil)
        }
        let update = preview.update(from: .memory(files))
        #expect(update.rebuilt && !update.hasErrors && update.fullRenderReason == nil)
        #expect(update.renderedPages == plan.pages.count)
        #expect(Self.differences(preview, files).isEmpty)
    }

    /// The editor's check of a file before it is saved says, at that file, what a full check of
    /// the source with the file in place says, without changing the site.
    @Test func theCheckBeforeASaveSaysWhatAFullCheckSays() throws {
        var preview = PreviewSite()
        preview.update(from: .memory(Fixture.files))
        let path = Self.systemA
        let text = try #require(Fixture.files[path])
        for (name, edited) in [("unknown product", text.replacingOccurrences(of: "product: acme-arkiv", with: "product: finnes-ikke")),
                               ("unknown contract", text.replacingOccurrences(of: "contract: acme-avtale", with: "contract: finnes-ikke")),
                               ("impossible date", text.replacingOccurrences(of: "since: 2020-01-01", with: "since: 2026-02-30")),
                               ("no owner", text.replacingOccurrences(of: "owner: Dokumentsenteret\n", with: "")),
                               ("unknown field", text.replacingOccurrences(of: "owner:", with: "x_owner:")),
                               ("unchanged", text)] {
            guard let quick = preview.diagnostics(ifWritten: Data(edited.utf8), at: path, in: .memory(Fixture.files)) else {
                Issue.record("\(name): the quick check could not tell")
                continue
            }
            let full = Orden.check(.memory(Fixture.files.merging([path: edited]) { $1 })).diagnostics.filter { $0.location.path == path }
            #expect(quick == full, "\(name)")
        }
        // The site itself is as it was.
        #expect(Self.differences(preview, Fixture.files).isEmpty)
    }

    /// A product's hosting decides whether the systems inheriting it need a data processing
    /// agreement (GDPR art. 28(3)): after a product edit the preview says what `orden check` says.
    @Test func aProductEditChecksTheSystemsThatInheritFromItAgain() throws {
        let archive = Txtar(parsing: try String(contentsOf: LegalCaseTests.fixture, encoding: .utf8))
        var files = archive.dictionary
        for section in CLITranscriptTests.sections { files[section] = nil }
        var preview = PreviewSite()
        preview.update(from: .memory(files))
        let product = "content/catalogue/products/skyprodukt.md"
        let system = "content/municipalities/9901-testvik/systems/dba-flagged-arvet.md"
        func agreementWarnings(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
            diagnostics.filter { $0.location.path == system && $0.message.contains("data processing agreement") }
        }
        #expect(agreementWarnings(preview.diagnostics).count == 1)
        for hosting in ["on-premises", "hosted", "saas"] {
            files[product] = (files[product] ?? "").replacingOccurrences(of: #"hosting: [a-z-]+"#, with: "hosting: \(hosting)", options: .regularExpression)
            let update = preview.update(from: .memory(files), changed: [product])
            #expect(update.patched, "hosting: \(hosting): the edit went the full way")
            let checked = Orden.check(.memory(files)).diagnostics
            #expect(agreementWarnings(preview.diagnostics) == agreementWarnings(checked), "hosting: \(hosting)")
            #expect(agreementWarnings(preview.diagnostics).count == (hosting == "on-premises" ? 0 : 1), "hosting: \(hosting)")
            #expect(preview.diagnostics == checked, "hosting: \(hosting)")
        }
    }

    /// Every record of two fixtures renamed (or given a new paragraph), retired and deleted in
    /// turn, each time followed by undoing it: the preview must match a full build after every step.
    @Test(arguments: ["fixture", "reports"])
    func everyFileEditedInTurnGivesTheSameBytesAsAFullBuild(_ fixture: String) {
        let start = fixture == "fixture" ? Fixture.files : ReportFixture.files
        let startSite = Orden.buildInMemory(.memory(start)).files
        var preview = PreviewSite()
        preview.update(from: .memory(start))
        for path in start.keys.sorted() where path.hasPrefix("content/") {
            let text = start[path] ?? ""
            var edits: [(String, String?)] = []
            for field in ["\nname: ", "\ntitle: "] {
                if let range = text.range(of: field) {
                    edits.append(("a new name", text.replacingCharacters(in: range, with: field + "Endret ")))
                }
            }
            if edits.isEmpty || path.contains("/products/") {
                edits.append(("a new paragraph", text + "\nEndret tekst.\n"))
            }
            if text.contains("status: production") {
                edits.append(("a new status", text.replacingOccurrences(of: "status: production", with: "status: retired")))
            }
            edits.append(("deleted", nil))
            for (name, edited) in edits {
                var files = start
                files[path] = edited
                let update = preview.update(from: .memory(files))
                if update.hasErrors {
                    // Deleting a record others name is an error: the last good site stays.
                    let same = Self.differences(preview, built: startSite).isEmpty
                    #expect(same, "\(path), \(name): the last good site changed")
                } else {
                    let differing = Self.differences(preview, files)
                    let same = differing.isEmpty
                    #expect(same, "\(path), \(name): \(differing.count) files differ from a full build: \(differing.prefix(8))")
                }
                preview.update(from: .memory(start))
                let back = Self.differences(preview, built: startSite)
                let same = back.isEmpty
                #expect(same, "\(path), \(name) undone: \(back.count) files differ: \(back.prefix(8))")
            }
        }
    }

    @Test func thePagesOpenInABrowserAreRenderedFirst() throws {
        var files = ReportFixture.files
        var preview = PreviewSite()
        preview.update(from: .memory(files))
        let path = "content/municipalities/9911-aby/systems/a-arkiv.md"
        let open = "kommuner/9911-aby/systemer/a-arkiv/index.html"
        files[path] = try #require(files[path]).replacingOccurrences(of: "status: production", with: "status: phase-out")
        let expected = Orden.buildInMemory(.memory(files)).files

        // The list of municipalities is open too, but does not show a system's status.
        let first = preview.update(from: .memory(files), first: [open, "rapporter/portefolje/index.html", "kommuner/index.html"])
        #expect(first.rebuilt && !first.isComplete)
        #expect(first.renderedPages == 2, "the open system page and the site's portfolio report")
        #expect(preview.files[open] == expected[open])
        #expect(preview.files["kommuner/9911-aby/index.html"] != expected["kommuner/9911-aby/index.html"])
        #expect(first.pendingFiles.contains("kommuner/9911-aby/index.html"))
        #expect(!first.pendingFiles.contains(open))
        let generation = preview.generation

        let finished = preview.finish()
        let rest = try #require(finished)
        #expect(rest.isComplete && rest.renderedPages > first.renderedPages)
        #expect(preview.generation == generation)
        #expect(Self.differences(preview, built: expected).isEmpty)
        let nothing = preview.finish()
        #expect(nothing == nil)
    }

    @Test func anUpdateFinishesTheOneBeforeIt() {
        var files = ReportFixture.files
        var preview = PreviewSite()
        preview.update(from: .memory(files))
        let a = "content/municipalities/9911-aby/systems/a-arkiv.md", c = "content/municipalities/9913-cby/systems/c-skole.md"
        files[a] = (files[a] ?? "").replacingOccurrences(of: "status: production", with: "status: phase-out")
        preview.update(from: .memory(files), first: [])
        files[c] = (files[c] ?? "").replacingOccurrences(of: "status: production", with: "status: phase-out")
        preview.update(from: .memory(files), first: ["index.html"])
        preview.finish()
        #expect(Self.differences(preview, files).isEmpty)
    }

    @Test func anErrorKeepsTheLastGoodSiteAndSaysWhereItIs() throws {
        var files = Fixture.files
        var preview = PreviewSite()
        preview.update(from: .memory(files))
        let good = preview.files
        let generation = preview.generation
        files[Self.systemA] = "---\nproduct: acme-arkiv\nowner: [unclosed\n---\n"
        let broken = preview.update(from: .memory(files))
        #expect(broken.hasErrors && !broken.rebuilt)
        #expect(preview.files == good)
        #expect(preview.generation == generation)
        let error = try #require(preview.diagnostics.errors.first)
        #expect(error.location.path == Self.systemA)
        #expect(error.location.line > 0)

        files[Self.systemA] = Fixture.files[Self.systemA]
        let fixed = preview.update(from: .memory(files))
        #expect(!fixed.hasErrors && preview.diagnostics.errors.isEmpty)
        #expect(preview.files == good)
    }

    @Test func aBrokenFileFixedWithAChangeRendersTheChange() {
        var files = Fixture.files
        var preview = PreviewSite()
        preview.update(from: .memory(files))
        files[Self.systemA] = "---\nproduct: acme-arkiv\nowner: [unclosed\n---\n"
        preview.update(from: .memory(files))
        files[Self.systemA] = (Fixture.files[Self.systemA] ?? "").replacingOccurrences(of: "owner: Dokumentsenteret", with: "owner: Arkivet")
        let fixed = preview.update(from: .memory(files))
        #expect(fixed.rebuilt && fixed.changedPaths == [Self.systemA])
        #expect(Self.differences(preview, files).isEmpty)
    }

    @Test func withAListOfChangedFilesOnlyThoseAreRead() {
        var files = Fixture.files
        var preview = PreviewSite()
        preview.update(from: .memory(files))
        files[Self.systemA] = (files[Self.systemA] ?? "") + "\nTillegg.\n"
        // A file changed on disk that the watcher did not report is not read.
        let other = "\(Fixture.municipalityB)/systems/arkiv.md"
        files[other] = (files[other] ?? "") + "\nIkke meldt.\n"
        let update = preview.update(from: .memory(files), changed: [Self.systemA])
        #expect(update.changedPaths == [Self.systemA])
        #expect(update.reparsedFiles == 1)
        let unchanged = preview.update(from: .memory(files), changed: [Self.systemA])
        #expect(!unchanged.rebuilt && unchanged.changedPaths.isEmpty)
    }

    @Test func filesABuildDoesNotReadChangeNothing() {
        var files = Fixture.files
        var preview = PreviewSite()
        preview.update(from: .memory(files))
        files["README.md"] = "# Notater\n"
        let update = preview.update(from: .memory(files))
        #expect(!update.rebuilt && update.changedPaths.isEmpty)
    }

    @Test func pagesWhoseReadsAreNotKnownAreAlwaysRendered() {
        var dependencies = PageDependencies()
        dependencies.record(.page(.home), [.keys(.systems)])
        #expect(dependencies.knows(.page(.home)) && !dependencies.knows(.page(.notFound)))
        #expect(dependencies.owners(reading: [.entry(.systems, .id("x"))]).isEmpty)
        #expect(dependencies.owners(reading: [.keys(.systems)]) == [.page(.home)])
        dependencies.forget(.page(.home))
        #expect(!dependencies.knows(.page(.home)))
    }
}

/// Records saved in place, as the file watcher reports them: the catalogue is patched rather
/// than built again, and the site must still be byte for byte a full build's.
@Suite struct PreviewPatchTests {
    /// Edits of one file that keep its id and visibility.
    static func edits(of text: String, path: String) -> [(String, String)] {
        var edits: [(String, String)] = [("a new paragraph", text + "\nEndret tekst.\n")]
        for field in ["\nname: ", "\ntitle: ", "\nowner: "] {
            if let range = text.range(of: field) {
                edits.append(("a new \(field.dropFirst().dropLast(2))", text.replacingCharacters(in: range, with: field + "Endret ")))
            }
        }
        for (old, new) in [("status: production", "status: retired"), ("hosting: saas", "hosting: on-premises"),
                           ("licence: NLOD-2.0", "licence: CC-BY-4.0"), ("themes: [", "themes: [TECH, "),
                           ("integrations:\n", "integrations:\n- to: product:p-arkiv\n"), ("access_rights: public", "access_rights: restricted")] {
            if text.contains(old) { edits.append((new, text.replacingOccurrences(of: old, with: new))) }
        }
        // Links that appear and disappear: a system's product, contract and datasets, a dataset's sources.
        for line in text.split(separator: "\n") where line.hasPrefix("product: ") || line.hasPrefix("contract: ") || line.hasPrefix("datasets: ")
            || line.hasPrefix("source_systems: ") || line.hasPrefix("systems: ") || line.hasPrefix("vendor: ") {
            edits.append(("without \(line)", text.replacingOccurrences(of: String(line) + "\n", with: "")))
        }
        return edits
    }

    @Test(arguments: ["fixture", "reports"])
    func everyRecordEditedInPlaceIsPatchedAndGivesTheBytesOfAFullBuild(_ fixture: String) {
        let start = fixture == "fixture" ? Fixture.files : ReportFixture.files
        let startSite = Orden.buildInMemory(.memory(start)).files
        var preview = PreviewSite()
        preview.update(from: .memory(start))
        var patched = 0
        for path in start.keys.sorted() where path.hasPrefix("content/") {
            guard case .record(let entry) = ContentLayout.classify(path), PreviewSite.isPatchable(entry.kind), let text = start[path] else { continue }
            for (name, edited) in Self.edits(of: text, path: path) {
                var files = start
                files[path] = edited
                let update = preview.update(from: .memory(files), changed: [path])
                if update.patched && !update.hasErrors { patched += 1 }
                if update.hasErrors {
                    let same = PreviewSiteTests.differences(preview, built: startSite).isEmpty
                    #expect(same, "\(path), \(name): the last good site changed")
                } else {
                    let differing = PreviewSiteTests.differences(preview, files)
                    #expect(differing.isEmpty, "\(path), \(name) (patched: \(update.patched)): \(differing.count) files differ from a full build: \(differing.prefix(8))")
                }
                let back = preview.update(from: .memory(start), changed: [path])
                let differing = PreviewSiteTests.differences(preview, built: startSite)
                #expect(differing.isEmpty, "\(path), \(name) undone (patched: \(back.patched)): \(differing.count) files differ: \(differing.prefix(8))")
            }
        }
        #expect(patched > 20, "only \(patched) edits were patched")
    }

    @Test func whatCannotBePatchedGoesTheFullWay() {
        var files = Fixture.files
        var preview = PreviewSite()
        preview.update(from: .memory(files))
        // A new file, a municipality, orden.yml and a change of visibility are read in full.
        let cases: [(String, String?)] = [
            ("\(Fixture.municipalityA)/systems/ny.md", "---\nproduct: acme-arkiv\nowner: IT\nlifecycle: {status: production}\n---\n"),
            ("\(Fixture.municipalityA)/_index.md", (files["\(Fixture.municipalityA)/_index.md"] ?? "") + "\nMer.\n"),
            ("orden.yml", (files["orden.yml"] ?? "") + "\ndescription: Ny\n"),
            (PreviewSiteTests.systemA, (files[PreviewSiteTests.systemA] ?? "").replacingOccurrences(of: "---\n", with: "---\nvisibility: internal\n", options: .anchored)),
        ]
        for (path, text) in cases {
            files[path] = text
            let update = preview.update(from: .memory(files), changed: [path])
            #expect(!update.patched, "\(path)")
            #expect(PreviewSiteTests.differences(preview, files).isEmpty, "\(path)")
        }
    }
}

/// The pages an update leaves after the open ones are rendered in batches, a page a browser asks
/// for at once, and a next update takes over what is left.
@Suite struct PreviewFinishingTests {
    static func edited(_ files: [String: String], _ path: String) -> [String: String] {
        var files = files
        files[path] = (files[path] ?? "").replacingOccurrences(of: "status: production", with: "status: phase-out")
        return files
    }

    @Test func batchesAndRequestedPagesFinishTheSiteOfAFullBuild() throws {
        let path = "content/municipalities/9911-aby/systems/a-arkiv.md"
        let files = Self.edited(ReportFixture.files, path)
        var preview = PreviewSite()
        preview.update(from: .memory(ReportFixture.files))
        let first = preview.update(from: .memory(files), changed: [path], first: [])
        #expect(first.renderedPages == 0 && !first.isComplete)
        let wanted = "kommuner/9911-aby/index.html"
        #expect(first.pendingFiles.contains(wanted))
        let finished = preview.finish(files: [wanted])
        let asked = try #require(finished)
        #expect(!asked.pendingFiles.contains(wanted) && !asked.isComplete)
        #expect(preview.files[wanted] == Orden.buildInMemory(.memory(files)).files[wanted])
        var batches = 0
        while let batch = preview.finish(limit: 3) {
            batches += 1
            if batch.isComplete { break }
        }
        #expect(batches > 2)
        #expect(PreviewSiteTests.differences(preview, files).isEmpty)
    }

    /// A page asked for while the batch it was handed out in is being rendered (a batch may hold
    /// a site-wide report that takes seconds) is rendered at once, not waited for; the batch's
    /// copy is dropped when it comes in, and no page is counted twice. The catalogues, which
    /// take seconds on a national site, come in a batch of their own after the pages.
    @Test func aPageAskedForWhileItsBatchIsOutIsRenderedAtOnce() throws {
        let path = "content/municipalities/9911-aby/systems/a-arkiv.md"
        let files = Self.edited(ReportFixture.files, path)
        let expected = Orden.buildInMemory(.memory(files)).files
        var untouched = PreviewSite()
        untouched.update(from: .memory(ReportFixture.files))
        untouched.update(from: .memory(files), changed: [path], first: [])
        let finishedAll = untouched.finish()
        let all = try #require(finishedAll)

        var preview = PreviewSite()
        preview.update(from: .memory(ReportFixture.files))
        preview.update(from: .memory(files), changed: [path], first: [])
        let taken = preview.takeBatch(limit: 1000)
        let batch = try #require(taken)
        #expect(batch.catalogueScopes.isEmpty)
        let wanted = "kommuner/9911-aby/index.html"
        let finished = preview.finish(files: [wanted])
        let asked = try #require(finished)
        #expect(!asked.pendingFiles.contains(wanted))
        #expect(preview.files[wanted] == expected[wanted])
        _ = preview.commit(batch, PreviewSite.render(batch))
        let last = preview.finish() ?? asked
        #expect(last.isComplete && last.renderedPages == all.renderedPages)
        #expect(PreviewSiteTests.differences(preview, built: expected).isEmpty)
    }

    @Test func aNextUpdateTakesOverThePagesLeftUnrendered() {
        let a = "content/municipalities/9911-aby/systems/a-arkiv.md", c = "content/municipalities/9913-cby/systems/c-skole.md"
        let once = Self.edited(ReportFixture.files, a)
        let twice = Self.edited(once, c)
        for changed in [true, false] {
            var preview = PreviewSite()
            preview.update(from: .memory(ReportFixture.files))
            preview.update(from: .memory(once), changed: changed ? [a] : nil, first: [])
            preview.finish(limit: 2)
            let second = preview.update(from: .memory(twice), changed: changed ? [c] : nil, first: [])
            // A's pages still waiting are among the second update's.
            #expect(second.pendingFiles.contains("rapporter/kommuner/9911-aby/portefolje/index.html"))
            preview.finish()
            #expect(PreviewSiteTests.differences(preview, twice).isEmpty, "changed given: \(changed)")
        }
    }

    @Test func aBatchRenderedWhileANextUpdateTookOverIsDropped() throws {
        let a = "content/municipalities/9911-aby/systems/a-arkiv.md", c = "content/municipalities/9913-cby/systems/c-skole.md"
        let once = Self.edited(ReportFixture.files, a)
        let twice = Self.edited(once, c)
        var preview = PreviewSite()
        preview.update(from: .memory(ReportFixture.files))
        preview.update(from: .memory(once), changed: [a], first: [])
        let taken = preview.takeBatch(limit: 4)
        let batch = try #require(taken)
        let rendered = PreviewSite.render(batch)
        preview.update(from: .memory(twice), changed: [c], first: [])
        #expect(preview.commit(batch, rendered) == nil)
        preview.finish()
        #expect(PreviewSiteTests.differences(preview, twice).isEmpty)
    }
}
