import Foundation
import Testing
@testable import Basics
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

/// `orden import …` and `orden export …` as an editor runs them: exit codes, what is printed and
/// what ends up on disk.
@Suite struct ImportCommandTests {
    let cli = CommandLineTests()

    static let catalogue = """
        @prefix dcat: <http://www.w3.org/ns/dcat#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        <https://data.example/a> a dcat:Dataset ;
            dct:title "Badeplasser"@nb ;
            dct:description "Badeplasser i kommunen."@nb ;
            dcat:theme <http://publications.europa.eu/resource/authority/data-theme/ENVI> ;
            dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> .
        <https://data.example/b> a dcat:Dataset ;
            dct:title "Uten tema"@nb ;
            dct:description "Mangler tema."@nb ;
            dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> .
        """

    @Test func dryRunPrintsTheFilesAndWritesNothing() throws {
        let folder = try cli.source(Fixture.files)
        try Data(Self.catalogue.utf8).write(to: folder.appendingPathComponent("katalog.ttl"))
        let run = try cli.run(["import", "dcat", folder.appendingPathComponent("katalog.ttl").path, "--municipality", "9901",
                               "--source", folder.path, "--dry-run"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("would write 2 files"))
        #expect(run.output.contains("title: Badeplasser"))
        // The dataset without a theme is written, and the editor is told what to fill in.
        #expect(run.output.contains("Still to fill in"))
        #expect(run.errors.contains("uten-tema.md") || run.output.contains("uten-tema.md"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(Fixture.municipalityB)/datasets/badeplasser.md").path))
    }

    /// The same dataset imported again is the same file, refused unless --force; a new dataset
    /// whose title is taken by another file gets its own id.
    @Test func writesThenRefusesToOverwrite() throws {
        let folder = try cli.source(Fixture.files)
        try Data(Self.catalogue.utf8).write(to: folder.appendingPathComponent("katalog.ttl"))
        let arguments = ["import", "dcat", folder.appendingPathComponent("katalog.ttl").path, "--municipality", "9901", "--source", folder.path]
        let first = try cli.run(arguments)
        #expect(first.status == 0, "\(first.errors)")
        let written = folder.appendingPathComponent("\(Fixture.municipalityB)/datasets/badeplasser.md")
        #expect(FileManager.default.fileExists(atPath: written.path))
        let second = try cli.run(arguments)
        #expect(second.status == 1)
        #expect(second.errors.contains("already exists"))
        #expect(second.errors.contains("nothing was written"))
        #expect(try cli.run(arguments + ["--force"]).status == 0)
        let other = Self.catalogue.replacingOccurrences(of: "https://data.example/", with: "https://other.example/")
        try Data(other.utf8).write(to: folder.appendingPathComponent("katalog.ttl"))
        let third = try cli.run(arguments)
        #expect(third.status == 0, "\(third.errors)")
        #expect(third.output.contains("datasets/badeplasser-2.md"))
    }

    @Test func aMalformedFileIsAnErrorWithItsLine() throws {
        let folder = try cli.source(Fixture.files)
        try Data("@prefix dct: <http://purl.org/dc/terms/> .\n<a> dct:title \"unterminated .\n".utf8)
            .write(to: folder.appendingPathComponent("feil.ttl"))
        let run = try cli.run(["import", "dcat", folder.appendingPathComponent("feil.ttl").path, "--municipality", "9901", "--source", folder.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("feil.ttl:2:"))
        let datasets = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("\(Fixture.municipalityB)/datasets").path)) ?? []
        #expect(datasets.isEmpty)
    }

    @Test func exportThenImportASpreadsheet() throws {
        let folder = try cli.source(Fixture.files)
        let sheet = folder.appendingPathComponent("systemer.xlsx")
        let export = try cli.run(["export", "xlsx", "--kind", "systems", "--municipality", "3901", "--source", folder.path, "--output", sheet.path])
        #expect(export.status == 0, "\(export.errors)")
        #expect(FileManager.default.fileExists(atPath: sheet.path))
        // Back into the same municipality: the files exist, so only with --force.
        let refused = try cli.run(["import", "spreadsheet", sheet.path, "--kind", "systems", "--municipality", "3901", "--source", folder.path])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("already exists"))
        let run = try cli.run(["import", "spreadsheet", sheet.path, "--kind", "systems", "--municipality", "3901", "--source", folder.path, "--force"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("the new files pass orden check"), "\(run.output)")
        #expect(try cli.run(["check", "--source", folder.path]).status == 0)
    }

    @Test func spreadsheetHeaderRowAndCreateMissingFromTheCommandLine() throws {
        let folder = try cli.source(Fixture.files)
        let sheet = folder.appendingPathComponent("systemer.csv")
        try Data("Oversikt per 01.03.2025;;;\nNavn;Systemeier;Status;Leverandør\nPost;IT;I drift;Visma AS\n".utf8).write(to: sheet)
        let base = ["import", "spreadsheet", sheet.path, "--kind", "systems", "--municipality", "3901", "--source", folder.path]
        let listed = try cli.run(base + ["--header-row", "2", "--dry-run"])
        #expect(listed.status == 0, "\(listed.errors)")
        #expect(listed.errors.contains("vendor \"Visma AS\" → content/catalogue/vendors/visma-as.md (row 3)"))
        #expect(listed.errors.contains("--create-missing"))
        let created = try cli.run(base + ["--create-missing"])
        #expect(created.status == 0, "\(created.errors)")
        #expect(created.output.contains("content/catalogue/vendors/visma-as.md"))
        #expect(created.errors.contains("row 2 is read as the header row"))
        #expect(try cli.run(["check", "--source", folder.path]).status == 0)
        let wrong = try cli.run(base + ["--header-row", "0"])
        #expect(wrong.status != 0)
        #expect(wrong.errors.contains("--header-row 0 is not a row number"))
    }

    @Test func unknownMunicipalityIsAUsageProblemWithAHint() throws {
        let folder = try cli.source(Fixture.files)
        try Data(Self.catalogue.utf8).write(to: folder.appendingPathComponent("katalog.ttl"))
        let run = try cli.run(["import", "dcat", folder.appendingPathComponent("katalog.ttl").path, "--municipality", "0301", "--source", folder.path])
        #expect(run.status != 0)
        #expect(run.errors.contains("0301"))
        #expect(run.errors.contains("Oslo"))
    }
}
