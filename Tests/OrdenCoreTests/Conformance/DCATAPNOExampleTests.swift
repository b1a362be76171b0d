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

/// Digdir's DCAT-AP-NO example catalogues (Tests/suites/dcat-ap-no-examples): each imports, with
/// what it cannot take reported; after the required fields the import lists are filled, the site
/// builds, publishes each dataset under its original IRI, and (with ORDEN_TEST_PYTHON) the
/// published catalogues pass the DCAT-AP-NO 2.0 shapes with no violation.
@Suite struct DCATAPNOExampleTests {
    static let folder = ConformanceSuite.folder("dcat-ap-no-examples")
    static let examples = ["DCAT-AP-NO2.0-examples.ttl", "dataset-series-example.ttl", "test.ttl", "test2.ttl"]

    /// What an editor writes for a required field the import could not fill.
    static let fillIns: [String: String] = [
        "access_rights": "access_rights: public",
        "themes": "themes: [GOVE]",
        "description": "description: Beskrivelse fylt inn etter import.",
    ]

    /// The example imported and completed, as repository files; nil (with the issue recorded) when
    /// it does not get that far.
    static func imported(_ name: String) throws -> (files: [String: String], plan: ImportPlan)? {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        let plan = DCATImporter.plan(data, path: name, municipalityFolder: Fixture.municipalityB)
        guard !plan.diagnostics.hasErrors, !plan.files.isEmpty else {
            Issue.record("\(name): the import failed: \(plan.diagnostics.errors)")
            return nil
        }
        var files = Fixture.with(Dictionary(uniqueKeysWithValues: plan.files.map { ($0.path, Optional($0.text)) }))
        var filled: Set<String> = []
        for problem in Fixture.check(files).errors {
            guard let text = files[problem.location.path],
                  let field = fillIns.keys.first(where: { problem.message == "missing required field \"\($0)\"" || problem.message == "\($0) is empty" }) else {
                Issue.record("\(name): \(problem.location.path):\(problem.location.line ?? 0): \(problem.message) is not a field to fill in")
                return nil
            }
            guard filled.insert(problem.location.path + " " + field).inserted else { continue }
            files[problem.location.path] = text.replacingOccurrences(of: "---\n", with: "---\n" + fillIns[field]! + "\n", options: [], range: text.range(of: "---\n"))
        }
        return (files, plan)
    }

    @Test func everyExampleImportsBuildsAndKeepsItsDatasetsIRIs() throws {
        var passed = 0
        for name in Self.examples {
            guard let (files, plan) = try Self.imported(name) else { continue }
            let (site, diagnostics) = Fixture.build(files)
            let errors = diagnostics.errors
            #expect(errors.isEmpty, "\(name): \(errors)")
            let catalogue = site["data/catalog.ttl"].map { String(decoding: $0, as: UTF8.self) } ?? ""
            let iris = plan.files.compactMap { file in
                file.text.split(separator: "\n").first { $0.hasPrefix("uri: ") }.map { String($0.dropFirst(5)) }
            }
            #expect(!iris.isEmpty, "\(name)")
            let missing = iris.filter { !catalogue.contains("<\($0)>") }
            #expect(missing.isEmpty, "\(name): not in the catalogue under their IRIs: \(missing)")
            if errors.isEmpty && missing.isEmpty && !iris.isEmpty { passed += 1 }
        }
        ConformanceSuite.report("DCAT-AP-NO examples (import and build)", passed: passed, of: Self.examples.count)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["ORDEN_TEST_PYTHON"] != nil, "needs ORDEN_TEST_PYTHON (set by scripts/test)"))
    func everyExamplesPublishedCataloguePassesTheShapes() throws {
        var passed = 0
        for name in Self.examples {
            guard let (files, _) = try Self.imported(name) else { continue }
            let (site, _) = Fixture.build(files)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orden-dcat-example-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            for (path, bytes) in site where path.contains("catalog.") {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try bytes.write(to: url)
            }
            let (status, output) = try CatalogueValidation.run(folder)
            #expect(status == 0, "\(name): \(output)")
            if status == 0 { passed += 1 }
        }
        ConformanceSuite.report("DCAT-AP-NO examples (published catalogue against the DCAT-AP-NO 2.0 shapes)", passed: passed, of: Self.examples.count)
    }
}

/// scripts/validate-catalogues.py on a folder of built catalogues, with the Python scripts/test provides.
enum CatalogueValidation {
    static func run(_ folder: URL) throws -> (status: Int32, output: String) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ProcessInfo.processInfo.environment["ORDEN_TEST_PYTHON"] ?? "python3")
        process.arguments = [root.appendingPathComponent("scripts/validate-catalogues.py").path, folder.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
