import Foundation
import Testing
import Yams
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

/// `orden new`: every kind of record it writes is reported by `orden check` until the editor
/// fills in what it marks, and passes once that is done.
@Suite struct ScaffoldTests {
    static let today = Day(year: 2026, month: 3, day: 15)!

    /// What an editor might write in place of each mark, by the field the check names.
    static let fillings: [String: String] = [
        "name": "\"Nytt navn\"", "title": "\"Ny tittel\"", "owner": "IT-avdelingen", "lifecycle.status": "production",
        "description": "Et datasett.", "themes": "[GOVE, ECON]", "access_rights": "restricted", "vendor": "beta",
        "start": "2025-01-01", "status": "proposed", "orgnr": "\"974760673\"", "purpose": "Saksbehandling",
        "legal_basis[1].article": "6(1)(e)", "data_subjects": "[innbyggere]", "data_categories": "[navn, adresse]",
        "retention": "Ti år",
    ]

    static func request(_ kind: RecordKind) -> NewRecord.Request {
        switch kind {
        case .municipality: NewRecord.Request(kind: kind, id: "3905", today: today)
        case _ where kind.isLocal: NewRecord.Request(kind: kind, name: "Ny \(kind.noun)", municipality: "3901", today: today)
        default: NewRecord.Request(kind: kind, id: "ny-\(kind.commandName)", today: today)
        }
    }

    static func plan(_ request: NewRecord.Request, in files: [String: String] = Fixture.files) throws -> PlannedFile {
        switch NewRecord.plan(request, in: .memory(files)) {
        case .success(let file): return file
        case .failure(let failure): throw failure
        }
    }

    static func failure(_ request: NewRecord.Request, in files: [String: String] = Fixture.files) -> ScaffoldFailure? {
        if case .failure(let failure) = NewRecord.plan(request, in: .memory(files)) { return failure }
        return nil
    }

    /// Replaces the mark on each line the check points at with the value for its field.
    static func fill(_ text: String, at errors: [Diagnostic]) throws -> String {
        var lines = text.components(separatedBy: "\n")
        for error in errors {
            let field = String(error.message.dropLast(FillIn.notFilledIn.count))
            let value = try #require(fillings[field], "no filling for \(field)")
            let line = lines[error.location.line - 1]
            let start = try #require(line.range(of: ": ")).upperBound
            lines[error.location.line - 1] = String(line[..<start]) + value
        }
        return lines.joined(separator: "\n")
    }

    /// Lines that hold a mark as a value, not inside a comment.
    static func markedLines(_ text: String) -> [Int] {
        text.components(separatedBy: "\n").enumerated().compactMap { index, line in
            let code = line.trimmingCharacters(in: .whitespaces)
            return !code.hasPrefix("#") && line.contains(FillIn.marker) ? index + 1 : nil
        }
    }

    @Test(arguments: RecordKind.allCases)
    func aNewRecordIsReportedUntilItsMarksAreFilledInThenPasses(kind: RecordKind) throws {
        let file = try Self.plan(Self.request(kind))
        var files = Fixture.files
        files[file.path] = file.text
        let errors = Fixture.check(files).errors
        #expect(!errors.isEmpty, "a \(kind.noun) has required fields only the editor knows")
        #expect(errors.allSatisfy { $0.location.path == file.path && $0.message.hasSuffix(" is not filled in yet") }, "\(errors)")
        #expect(errors.map(\.location.line) == Self.markedLines(file.text), "one error on each marked line:\n\(file.text)")

        files[file.path] = try Self.fill(file.text, at: errors)
        let after = Fixture.check(files)
        #expect(after.errors.isEmpty, "\(after.errors)\n\(files[file.path] ?? "")")
        #expect(Orden.check(.memory(files)).catalogue != nil)
    }

    @Test func aRegionsSharedInitiativeGoesInTheRegionsFolderAndPassesOnceFilledIn() throws {
        var files = Fixture.files
        let horten = "\(Fixture.municipalityA)/_index.md"
        files[horten] = (files[horten] ?? "").replacingOccurrences(of: "county: Vestfold", with: "county: Vestfold\ncooperation: Vestfoldrådet")
        var request = NewRecord.Request(kind: .initiative, name: "Felles arkiv", today: Self.today)
        request.region = "vestfoldradet"
        let file = try Self.plan(request, in: files)
        #expect(file.path == "content/regions/vestfoldradet/initiatives/felles-arkiv.md")
        files[file.path] = file.text
        let errors = Fixture.check(files).errors
        #expect(!errors.isEmpty && errors.allSatisfy { $0.message.hasSuffix(" is not filled in yet") }, "\(errors)")
        files[file.path] = try Self.fill(file.text, at: errors)
        #expect(Fixture.check(files).errors.isEmpty)

        var both = request
        both.municipality = "3901"
        #expect(Self.failure(both, in: files).map { "\($0)" }?.contains("either --municipality or --region") == true)
        var neither = request
        neither.region = nil
        #expect(Self.failure(neither, in: files).map { "\($0)" }?.contains("needs --municipality NUMBER or --region ID") == true)
        var system = NewRecord.Request(kind: .system, name: "X", municipality: "3901", today: Self.today)
        system.region = "vestfoldradet"
        #expect(Self.failure(system, in: files).map { "\($0)" }?.contains("only initiatives belong to a region") == true)
    }

    /// Every optional field the file offers as a comment is a field of that kind, in valid YAML,
    /// once the editor removes the `#`: the templates cannot drift from the content model.
    @Test(arguments: RecordKind.allCases)
    func everyCommentedFieldIsAKnownFieldWhenUncommented(kind: RecordKind) throws {
        let file = try Self.plan(Self.request(kind))
        let uncommented = file.text.components(separatedBy: "\n").map { line -> String in
            guard let hash = line.range(of: "# "), line[..<hash.lowerBound].allSatisfy({ $0 == " " }) else { return line }
            let rest = line[hash.upperBound...]
            let isField = rest.drop { $0 == " " || $0 == "-" }.prefix { $0 != ":" }.allSatisfy { $0.isLowercase || $0 == "_" }
                && rest.contains(":")
            return isField ? String(line[..<hash.lowerBound] + rest) : line
        }.joined(separator: "\n")
        #expect(uncommented != file.text)
        var files = Fixture.files
        files[file.path] = uncommented
        let problems = Fixture.check(files).errors.filter {
            !$0.message.hasSuffix(" is not filled in yet") && !$0.message.hasPrefix("unknown ") || $0.message.hasPrefix("unknown field")
        }
        #expect(problems.isEmpty, "\(problems)\n\(uncommented)")
    }

    @Test func aSystemWithAProductWritesOnlyItsOwnFieldsAndListsTheInheritedOnesAsComments() throws {
        let file = try Self.plan(NewRecord.Request(kind: .system, id: "sak", municipality: "3901", product: "acme-arkiv", today: Self.today))
        #expect(file.path == "content/municipalities/3901-horten/systems/sak.md")
        let frontMatter = try #require(file.text.split(separator: "---\n").first.map(String.init))
        let fields = try #require(try Yams.load(yaml: frontMatter) as? [String: Any])
        #expect(Set(fields.keys) == ["product", "owner", "lifecycle"])
        #expect(fields["product"] as? String == "acme-arkiv")
        for inherited in ["# Arvet fra produktet acme-arkiv", "# name: Acme Arkiv", "# vendor: acme", "# category: document-management",
                          "# hosting: saas", "# service_areas: [arkiv]", "# standards: [noark-5]",
                          "# personal_data: {categories: [navn, adresse]}", "product:beta-okonomi via noark-5 (out)"] {
            #expect(file.text.contains(inherited + "\n") || file.text.contains(inherited + " ") || file.text.contains(inherited + "."),
                    "missing \(inherited)")
        }
        // Uncommenting an inherited line overrides it.
        var files = Fixture.files
        let filled = file.text.replacingOccurrences(of: "\"FYLL UT: systemeier (enhet eller rolle)\"", with: "Arkivet")
            .replacingOccurrences(of: "# hosting: saas", with: "hosting: on-premises")
        files[file.path] = filled.replacingOccurrences(of: #""FYLL UT: planned[^"]*""#, with: "production", options: .regularExpression)
        let checked = Orden.check(.memory(files))
        #expect(checked.diagnostics.errors.isEmpty, "\(checked.diagnostics)")
        let system = try #require(checked.catalogue?.systems.values.first { $0.record.path == file.path })
        #expect(system.record.fields.hosting == .onPremises)
        #expect(system.name.value == "Acme Arkiv")
    }

    @Test func anInternalProductGivesNothingToInherit() throws {
        let files = Fixture.with(["content/catalogue/products/ubrukt.md": "---\nname: Ubrukt\nvendor: beta\nhosting: saas\nvisibility: internal\n---\n"])
        let file = try Self.plan(NewRecord.Request(kind: .system, id: "ny", municipality: "3901", product: "ubrukt", today: Self.today), in: files)
        #expect(file.text.contains("systemet arver ingenting"))
        #expect(!file.text.contains("# hosting: saas"))
    }

    @Test func anExistingFileIsNeverOverwrittenWithoutForce() throws {
        let request = NewRecord.Request(kind: .system, id: "arkiv", municipality: "3901", product: "acme-arkiv", today: Self.today)
        guard case .content(let problem)? = Self.failure(request) else {
            Issue.record("an existing file was planned over")
            return
        }
        #expect(problem.message == "content/municipalities/3901-horten/systems/arkiv.md already exists")
        #expect(problem.hint?.contains("--force") == true)
        var forced = request
        forced.force = true
        #expect(try Self.plan(forced).path == "content/municipalities/3901-horten/systems/arkiv.md")
        // A municipality number is taken whatever the folder's name.
        guard case .content(let taken)? = Self.failure(NewRecord.Request(kind: .municipality, id: "3901", today: Self.today)) else {
            Issue.record("a second folder for 3901 was planned")
            return
        }
        #expect(taken.message.contains("3901-horten"))
    }

    @Test func anUnknownMunicipalityNamesTheOnesThereAre() {
        guard case .content(let problem)? = Self.failure(NewRecord.Request(kind: .dataset, id: "x", municipality: "3902", today: Self.today)) else {
            Issue.record("an unknown municipality was accepted")
            return
        }
        #expect(problem.message == "no municipality 3902 in content/municipalities/")
        #expect(problem.hint?.contains("did you mean 3901?") == true)
        #expect(problem.hint?.contains("3901-horten, 9901-testvik") == true)
    }

    @Test func anUnknownProductOrVendorSuggestsTheClosest() {
        let product = Self.failure(NewRecord.Request(kind: .system, id: "x", municipality: "3901", product: "acme-arkv", today: Self.today))
        guard case .content(let problem)? = product else {
            Issue.record("an unknown product was accepted")
            return
        }
        #expect(problem.message == "unknown product \"acme-arkv\"")
        #expect(problem.hint?.hasPrefix("did you mean \"acme-arkiv\"?") == true)
        let vendor = Self.failure(NewRecord.Request(kind: .contract, id: "x", municipality: "3901", vendor: "acne", today: Self.today))
        guard case .content(let unknown)? = vendor else {
            Issue.record("an unknown vendor was accepted")
            return
        }
        #expect(unknown.hint?.hasPrefix("did you mean \"acme\"?") == true)
    }

    @Test func anInvalidIDIsAUsageErrorWithASuggestion() {
        let failure = Self.failure(NewRecord.Request(kind: .vendor, id: "Acme AS", today: Self.today))
        guard case .usage(let message)? = failure else {
            Issue.record("an invalid id was accepted")
            return
        }
        #expect(message.contains("\"Acme AS\" is not a valid id"))
        #expect(message.hasSuffix("try acme-as"))
    }

    @Test func theIDIsMadeFromTheName() throws {
        let file = try Self.plan(NewRecord.Request(kind: .system, name: "Økonomi og lønn (Visma)", municipality: "3901", today: Self.today))
        #expect(file.path == "content/municipalities/3901-horten/systems/okonomi-og-lonn-visma.md")
        #expect(file.text.contains("name: Økonomi og lønn (Visma)\n"))
        #expect(Self.failure(NewRecord.Request(kind: .vendor, today: Self.today)) != nil)
    }

    @Test func optionsThatDoNotGoWithTheKindAreUsageErrors() {
        let cases: [NewRecord.Request] = [
            NewRecord.Request(kind: .dataset, id: "x", municipality: "3901", product: "acme-arkiv", today: Self.today),
            NewRecord.Request(kind: .vendor, id: "x", municipality: "3901", today: Self.today),
            NewRecord.Request(kind: .system, id: "x", today: Self.today),
            NewRecord.Request(kind: .system, id: "x", municipality: "39", today: Self.today),
            NewRecord.Request(kind: .vendor, id: "x", orgnr: "123456789", today: Self.today),
        ]
        for request in cases {
            guard case .usage? = Self.failure(request) else {
                Issue.record("\(request) was not a usage error")
                continue
            }
        }
    }

    @Test func aMunicipalityComesFromTheOfficialList() throws {
        let file = try Self.plan(NewRecord.Request(kind: .municipality, id: "3905", today: Self.today))
        #expect(file.path == "content/municipalities/3905-tonsberg/_index.md")
        #expect(file.text.hasPrefix("---\nname: Tønsberg kommune\nnumber: \"3905\"\norgnr: \"FYLL UT: "))
        #expect(file.text.contains("county: Vestfold\n"))

        guard case .usage(let unknown)? = Self.failure(NewRecord.Request(kind: .municipality, id: "3904", today: Self.today)) else {
            Issue.record("a number outside the official list was accepted")
            return
        }
        #expect(unknown.contains("did you mean 3901 (Horten)?") || unknown.contains("did you mean 3903 (Holmestrand)?"), "\(unknown)")

        guard case .usage? = Self.failure(NewRecord.Request(kind: .municipality, id: "9905", today: Self.today)) else {
            Issue.record("a fictional municipality without a name was accepted")
            return
        }
        let fictional = try Self.plan(NewRecord.Request(kind: .municipality, id: "9905", name: "Fjellvik", orgnr: "123456785", today: Self.today))
        #expect(fictional.path == "content/municipalities/9905-fjellvik/_index.md")
        var files = Fixture.files
        files[fictional.path] = fictional.text
        #expect(Fixture.check(files).errors.isEmpty)
        #expect(fictional.text.contains("name: Fjellvik kommune\n"))
        #expect(fictional.text.contains("fictional: true"))
    }

    /// A mark is recognised before the value's type: a date, a number and a closed value holding
    /// one each give the one "not filled in" error, and no type error or empty-list error.
    @Test func aMarkInATypedFieldGivesOneErrorAndNoTypeError() {
        let files = Fixture.with([
            "\(Fixture.municipalityA)/contracts/acme-avtale.md": """
            ---
            title: Avtale
            vendor: acme
            start: "FYLL UT: startdato"
            notice_months: "FYLL UT: antall måneder"
            type: "FYLL UT: avtaletype"
            ---
            """,
            "\(Fixture.municipalityA)/datasets/postliste.md": """
            ---
            title: Postliste
            description: Offentlig postjournal.
            themes: ["FYLL UT: tema"]
            access_rights: "FYLL UT: tilgang"
            ---
            """,
        ])
        let diagnostics = Fixture.check(files)
        let contract = diagnostics.filter { $0.location.path.hasSuffix("acme-avtale.md") }
        #expect(contract.map(\.description) == [
            "content/municipalities/3901-horten/contracts/acme-avtale.md:4:8: error: start is not filled in yet\n    hint: replace \"FYLL UT: …\" with startdato",
            "content/municipalities/3901-horten/contracts/acme-avtale.md:5:16: error: notice_months is not filled in yet\n    hint: replace \"FYLL UT: …\" with antall måneder",
            "content/municipalities/3901-horten/contracts/acme-avtale.md:6:7: error: type is not filled in yet\n    hint: replace \"FYLL UT: …\" with avtaletype",
        ])
        // No "themes is empty", no "public but has no licence" from the stand-in access rights.
        let dataset = diagnostics.filter { $0.location.path.hasSuffix("postliste.md") }
        #expect(dataset.map(\.message) == ["themes is not filled in yet", "access_rights is not filled in yet"])
    }
}

/// `orden init`: a new content repository, its CI templates and its first check.
@Suite struct NewRepositoryTests {
    static func plan(_ request: NewRepository.Request) throws -> [String: String] {
        switch NewRepository.plan(request) {
        case .success(let files): return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.text) })
        case .failure(let failure): throw failure
        }
    }

    @Test func aMunicipalityRepositoryPassesCheckWithItsOrgnrAndReportsOnlyTheMarkWithout() throws {
        let files = try Self.plan(NewRepository.Request(municipalities: ["3901"], orgnr: "974760673", today: ScaffoldTests.today))
        #expect(files["content/municipalities/3901-horten/_index.md"]?.contains("name: Horten kommune\n") == true)
        for folder in ["systems", "datasets", "processing", "contracts", "initiatives"] {
            #expect(files["content/municipalities/3901-horten/\(folder)/.gitkeep"] != nil)
        }
        for folder in ["vendors", "products", "service-areas", "standards"] {
            #expect(files["content/catalogue/\(folder)/.gitkeep"] != nil)
        }
        #expect(files["orden.yml"]?.contains("title: IT-oversikt for Horten kommune\n") == true)
        #expect(files[".gitignore"]?.contains("/site/") == true)
        let checked = Orden.check(.memory(files))
        #expect(checked.diagnostics.errors.isEmpty, "\(checked.diagnostics)")
        #expect(checked.catalogue?.municipalities.count == 1)

        let unfilled = try Self.plan(NewRepository.Request(municipalities: ["3901"], today: ScaffoldTests.today))
        let errors = Orden.check(.memory(unfilled)).diagnostics.errors
        #expect(errors.map(\.message) == ["orgnr is not filled in yet"])
        #expect(errors.first?.location.path == "content/municipalities/3901-horten/_index.md")
    }

    @Test func aRegionRepositoryNamesThePublisherAndTheCooperation() throws {
        let request = NewRepository.Request(municipalities: ["3901", "3903"], region: "Vestfoldrådet", publisherOrgnr: "123456785",
                                            today: ScaffoldTests.today)
        let files = try Self.plan(request)
        #expect(files["orden.yml"]?.contains("title: IT-oversikt for Vestfoldrådet\n") == true)
        #expect(files["orden.yml"]?.contains("publisher:\n  name: Vestfoldrådet\n  orgnr: \"123456785\"\n") == true)
        #expect(files["content/municipalities/3903-holmestrand/_index.md"]?.contains("cooperation: Vestfoldrådet\n") == true)
        #expect(files["content/regions/vestfoldradet/initiatives/.gitkeep"] != nil)
        let errors = Orden.check(.memory(files)).diagnostics.errors
        #expect(errors.map(\.message) == ["orgnr is not filled in yet", "orgnr is not filled in yet"])

        var noPublisher = request
        noPublisher.publisherOrgnr = nil
        let marked = Orden.check(.memory(try Self.plan(noPublisher))).diagnostics.errors
        #expect(marked.contains { $0.location.path == "orden.yml" && $0.message == "publisher.orgnr is not filled in yet" })
    }

    @Test func badOptionsAreUsageErrors() {
        let requests = [
            NewRepository.Request(municipalities: ["3902"], today: ScaffoldTests.today),
            NewRepository.Request(municipalities: ["9905"], today: ScaffoldTests.today),
            NewRepository.Request(municipalities: ["3901", "3903"], orgnr: "974760673", today: ScaffoldTests.today),
            NewRepository.Request(municipalities: ["3901"], baseURL: "ftp://x.example/", today: ScaffoldTests.today),
            NewRepository.Request(publisherOrgnr: "123456785", today: ScaffoldTests.today),
            NewRepository.Request(ordenRepo: "https://x.example/o.git' || true", today: ScaffoldTests.today),
        ]
        for request in requests {
            guard case .failure(.usage) = NewRepository.plan(request) else {
                Issue.record("\(request) was accepted")
                continue
            }
        }
    }

    static func mapping(_ node: Node?, _ key: String) -> Node? {
        guard case .mapping(let mapping)? = node else { return nil }
        return mapping.first { $0.key.scalar?.string == key }?.value
    }

    static func strings(_ node: Node?) -> [String] {
        switch node {
        case .scalar(let scalar)?: [scalar.string]
        case .sequence(let items)?: items.flatMap { strings($0) }
        case .mapping(let mapping)?: mapping.flatMap { strings($0.key) + strings($0.value) }
        default: []
        }
    }

    @Test func theGitHubWorkflowChecksPullRequestsAndPublishesMainToPages() throws {
        let files = try Self.plan(NewRepository.Request(municipalities: ["3901"], ordenRepo: "https://git.example/orden.git",
                                                        ordenRef: "v1.2", today: ScaffoldTests.today))
        let text = try #require(files[".github/workflows/orden.yml"])
        let workflow = try Yams.compose(yaml: text)
        let on = Self.mapping(workflow, "on")
        #expect(Self.mapping(on, "pull_request") != nil)
        #expect(Self.strings(Self.mapping(Self.mapping(on, "push"), "branches")) == ["main"])
        let jobs = Self.mapping(workflow, "jobs")
        let check = Self.mapping(jobs, "check")
        #expect(Self.mapping(check, "if")?.scalar?.string == "github.event_name == 'pull_request'")
        #expect(Self.strings(Self.mapping(check, "steps")).contains(".orden/bin/orden check"))
        let build = Self.mapping(jobs, "build")
        #expect(Self.mapping(build, "if")?.scalar?.string == "github.event_name != 'pull_request'")
        #expect(Self.mapping(build, "container")?.scalar?.string == "swift:6.1")
        let buildSteps = Self.strings(Self.mapping(build, "steps"))
        #expect(buildSteps.contains(".orden/bin/orden build --output site"))
        #expect(buildSteps.contains("sh ci/install-orden.sh"))
        #expect(buildSteps.contains { $0.hasPrefix("actions/upload-pages-artifact@") })
        let deploy = Self.mapping(jobs, "deploy")
        #expect(Self.strings(Self.mapping(deploy, "needs")) == ["build"])
        #expect(Self.mapping(Self.mapping(deploy, "permissions"), "pages")?.scalar?.string == "write")
        #expect(Self.mapping(Self.mapping(deploy, "permissions"), "id-token")?.scalar?.string == "write")
        #expect(Self.strings(Self.mapping(deploy, "steps")).contains { $0.hasPrefix("actions/deploy-pages@") })
        #expect(Self.mapping(Self.mapping(workflow, "env"), "ORDEN_REPO")?.scalar?.string == "${{ vars.ORDEN_REPO || 'https://git.example/orden.git' }}")
        #expect(Self.mapping(Self.mapping(workflow, "env"), "ORDEN_REF")?.scalar?.string == "${{ vars.ORDEN_REF || 'v1.2' }}")
        for (path, text) in files {
            #expect(text.range(of: "@[A-Z_]+@", options: .regularExpression) == nil, "a token is left in \(path)")
        }
    }

    /// The weekly GitHub job keeps `orden due`'s list in one labelled issue.
    @Test func theGitHubReminderRunsWeeklyAndKeepsOneIssue() throws {
        let files = try Self.plan(NewRepository.Request(municipalities: ["3901"], today: ScaffoldTests.today))
        let workflow = try Yams.compose(yaml: try #require(files[".github/workflows/orden-frister.yml"]))
        #expect(Self.strings(Self.mapping(Self.mapping(workflow, "on"), "schedule")) == ["cron", "0 5 * * 1"])
        #expect(Self.mapping(Self.mapping(workflow, "permissions"), "issues")?.scalar?.string == "write")
        let steps = Self.strings(Self.mapping(Self.mapping(Self.mapping(workflow, "jobs"), "due"), "steps"))
        #expect(steps.contains(".orden/bin/orden due --within 90 --format markdown > frister.md"))
        #expect(steps.contains { $0.hasPrefix("actions/github-script@") })
        #expect(steps.contains { $0.contains("labels: label") && $0.contains("issues.update") && $0.contains("issues.create") })
        #expect(files[".github/workflows/orden-frister.yml"]?.range(of: "@[A-Z_]+@", options: .regularExpression) == nil)
    }

    @Test func theGitLabPipelineChecksMergeRequestsAndPublishesMainToPages() throws {
        let files = try Self.plan(NewRepository.Request(municipalities: ["3901"], today: ScaffoldTests.today))
        let pipeline = try Yams.compose(yaml: try #require(files[".gitlab-ci.yml"]))
        #expect(Self.mapping(Self.mapping(pipeline, "variables"), "ORDEN_REPO")?.scalar?.string == NewRepository.placeholderRepository)
        #expect(Self.mapping(Self.mapping(pipeline, "default"), "image")?.scalar?.string == "swift:6.1")
        let check = Self.mapping(pipeline, "check")
        #expect(Self.strings(Self.mapping(check, "rules")) == ["if", "$CI_PIPELINE_SOURCE == \"merge_request_event\""])
        #expect(Self.strings(Self.mapping(check, "script")).first == ".orden/bin/orden check")
        let pages = Self.mapping(pipeline, "pages")
        // Not on the weekly schedule, which only runs orden due.
        #expect(Self.strings(Self.mapping(pages, "rules")) == ["if", "$CI_PIPELINE_SOURCE == \"schedule\"", "when", "never", "if", "$CI_COMMIT_BRANCH == \"main\""])
        // The weekly reminder: orden due as Markdown into one issue, on a pipeline schedule.
        let due = Self.mapping(pipeline, "frister")
        #expect(Self.strings(Self.mapping(due, "rules")) == ["if", "$CI_PIPELINE_SOURCE == \"schedule\""])
        #expect(Self.strings(Self.mapping(due, "script")).first == ".orden/bin/orden due --within 90 --format markdown > frister.md")
        #expect(Self.strings(Self.mapping(due, "script")).last?.contains("labels=orden-frister") == true)
        #expect(Self.strings(Self.mapping(pages, "script")) == [".orden/bin/orden build --output public"])
        #expect(Self.strings(Self.mapping(Self.mapping(pages, "artifacts"), "paths")) == ["public"])
        // The install script stops at the placeholder with a message instead of cloning nothing.
        let install = try #require(files["ci/install-orden.sh"])
        #expect(install.contains("ORDEN_REPO=\"${ORDEN_REPO:-\(NewRepository.placeholderRepository)}\""))
        #expect(install.contains("*example.invalid*)"))
        #expect(files["ci/publish-folder.sh"]?.contains("build --source . --output \"$TARGET\"") == true)
    }

    /// The scripts are valid shell, and the install script stops at the placeholder address with
    /// a message instead of trying to clone it.
    @Test func theInstallScriptRefusesThePlaceholderAddress() throws {
        let files = try Self.plan(NewRepository.Request(today: ScaffoldTests.today))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orden-ci-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("ci"), withIntermediateDirectories: true)
        for name in ["ci/install-orden.sh", "ci/publish-folder.sh"] {
            try Data(try #require(files[name]).utf8).write(to: folder.appendingPathComponent(name))
            #expect(try Self.shell(["-n", name], in: folder).status == 0, "\(name) is not valid sh")
        }
        let run = try Self.shell(["ci/install-orden.sh"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.contains("ORDEN_REPO er ikke satt"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".orden").path))
    }

    static func shell(_ arguments: [String], in folder: URL) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func aFolderThatIsARepositoryAlreadyIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orden-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(NewRepository.refusal(folder) == nil)
        try Data("# Vårt repo\n".utf8).write(to: folder.appendingPathComponent("README.md"))
        #expect(NewRepository.refusal(folder) == nil)
        let planned = try #require(try? NewRepository.plan(NewRepository.Request(today: ScaffoldTests.today)).get())
        let (write, kept) = NewRepository.split(planned, in: folder, force: false)
        #expect(kept == ["README.md"])
        #expect(!write.contains { $0.path == "README.md" })
        #expect(NewRepository.split(planned, in: folder, force: true).write.count == planned.count)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content"), withIntermediateDirectories: true)
        #expect(NewRepository.refusal(folder)?.contains("already has content") == true)
    }

    /// `git add -A` in a new repository must not pick up the internal site or a build's staging
    /// folders: the README suggests hosting the repository on a forge (issue 16).
    @Test(.enabled(if: GitRunner.system.run(["--version"]) != nil)) func gitIgnoresEveryFolderABuildWrites() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orden-ignore-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let ignore = try #require(try Self.plan(NewRepository.Request(municipalities: ["3901"], today: ScaffoldTests.today))[".gitignore"])
        let git = GitHistoryIntegrationTests()
        try git.write([".gitignore": ignore, "orden.yml": "title: x\n"], under: folder)
        let built = ["site", "site-intern", "site.tmp-4711", "site.old-4711", "site-intern.tmp-4711", "site-intern.old-4711", "public", ".orden/bin"]
        try git.write(Dictionary(uniqueKeysWithValues: built.map { ("\($0)/index.html", "x") }), under: folder)
        #expect(try git.git(["init", "-q"], in: folder) == 0)
        #expect(try git.git(["add", "-A"], in: folder) == 0)
        let listed = Process()
        listed.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        listed.arguments = ["git", "diff", "--cached", "--name-only"]
        listed.currentDirectoryURL = folder
        let out = Pipe()
        listed.standardOutput = out
        try listed.run()
        let names = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        listed.waitUntilExit()
        #expect(names.split(separator: "\n").sorted() == [".gitignore", "orden.yml"])
    }
}

/// `orden new` and `orden init` as an editor runs them: what is printed, the exit codes and what
/// ends up on disk.
@Suite struct ScaffoldCommandTests {
    let cli = CommandLineTests()

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: CommandLineTests.binary.path)))
    func newWritesTheFileListsTheMarksAndNeverOverwrites() throws {
        let folder = try cli.source(Fixture.files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["new", "system", "sak", "--municipality", "3901", "--product", "acme-arkiv", "--source", folder.path]
        let first = try cli.run(arguments)
        #expect(first.status == 0, "\(first.errors)")
        let path = "content/municipalities/3901-horten/systems/sak.md"
        #expect(first.output.hasPrefix("wrote \(path)\nFill in before orden check passes:\n"))
        #expect(first.output.contains("  \(path):3:8: error: owner is not filled in yet\n"))
        #expect(first.output.contains("  \(path):5:11: error: lifecycle.status is not filled in yet\n"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path))

        let again = try cli.run(arguments)
        #expect(again.status == 1)
        #expect(again.errors.contains("\(path) already exists"))
        #expect(try cli.run(arguments + ["--force"]).status == 0)

        let check = try cli.run(["check", "--source", folder.path])
        #expect(check.status == 1)
        #expect(check.errors.contains("check failed: 2 errors, 0 warnings"), "\(check.errors)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: CommandLineTests.binary.path)))
    func mistakesOnTheCommandLineExitWithTwoAndMissingRecordsWithOne() throws {
        let folder = try cli.source(Fixture.files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let badID = try cli.run(["new", "vendor", "Acme AS", "--source", folder.path])
        #expect(badID.status == 2)
        #expect(badID.errors.contains("try acme-as"))
        let badKind = try cli.run(["new", "systen", "x", "--source", folder.path])
        #expect(badKind.status == 2)
        #expect(badKind.errors.contains("unknown kind \"systen\""))
        let unknown = try cli.run(["new", "dataset", "x", "--municipality", "3902", "--source", folder.path])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("no municipality 3902"))
        #expect(unknown.errors.contains("3901-horten, 9901-testvik"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: CommandLineTests.binary.path)))
    func initMakesARepositoryThatChecksAndRefusesToRunTwice() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("orden-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("horten")
        let made = try cli.run(["init", folder.path, "--municipality", "3901", "--orgnr", "974760673"])
        #expect(made.status == 0, "\(made.errors)")
        #expect(made.output.contains("the repository passes orden check"))
        for path in ["orden.yml", "README.md", ".gitignore", ".gitlab-ci.yml", ".github/workflows/orden.yml", "ci/install-orden.sh",
                     "content/municipalities/3901-horten/_index.md", "content/municipalities/3901-horten/systems/.gitkeep"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path), "\(path)")
        }
        let check = try cli.run(["check", "--source", folder.path])
        #expect(check.status == 0, "\(check.errors)")

        let again = try cli.run(["init", folder.path, "--municipality", "3901"])
        #expect(again.status == 1)
        #expect(again.errors.contains("already has orden.yml and content"))

        let second = parent.appendingPathComponent("uten-orgnr")
        try FileManager.default.createDirectory(at: second, withIntermediateDirectories: true)
        try Data("# Vårt repo\n".utf8).write(to: second.appendingPathComponent("README.md"))
        let unfilled = try cli.run(["init", second.path, "--municipality", "3901"])
        #expect(unfilled.status == 0, "\(unfilled.errors)")
        #expect(unfilled.output.contains("kept the existing README.md"))
        #expect(try String(contentsOf: second.appendingPathComponent("README.md"), encoding: .utf8) == "# Vårt repo\n")
        let failing = try cli.run(["check", "--source", second.path])
        #expect(failing.status == 1)
        #expect(failing.errors.contains("content/municipalities/3901-horten/_index.md:4:8: error: orgnr is not filled in yet"))
        #expect(failing.errors.contains("check failed: 1 error,"))
    }
}
