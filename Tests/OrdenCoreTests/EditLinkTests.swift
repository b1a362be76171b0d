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
@testable import OrdenModel
@testable import OrdenSite
@testable import OrdenSource
@testable import Spreadsheet

/// orden.yml's `edit:` templates become "Rediger denne siden" and "Foreslå et nytt … her" links
/// to the forge; a wrong template is an error at its line.
@Suite struct EditLinkTests {
    static let github = """
        edit:
          page: https://github.com/kommune/orden/edit/main/{path}
          new: https://github.com/kommune/orden/new/main/{folder}?filename={file}
        """

    func site(_ edit: String) -> [String: String] {
        Fixture.with(["orden.yml": (Fixture.files["orden.yml"] ?? "") + "\n" + edit + "\n"])
    }

    @Test func recordPagesLinkToTheForgesEditor() throws {
        let built = TestSite("""
            -- orden.yml --
            title: Redigering
            base_url: https://test.example/orden/
            report_date: 2026-11-01
            edit:
              page: https://github.com/kommune/orden/edit/main/{path}
              new: https://github.com/kommune/orden/new/main/{folder}?filename={file}
            -- content/catalogue/vendors/acme.md --
            ---
            name: Acme Programvare AS
            ---
            -- content/catalogue/products/acme-arkiv.md --
            ---
            name: Acme Arkiv
            vendor: acme
            ---
            -- content/municipalities/3901-horten/_index.md --
            ---
            name: Horten kommune
            number: "3901"
            orgnr: "974760673"
            ---
            -- content/municipalities/3901-horten/systems/arkiv.md --
            ---
            product: acme-arkiv
            owner: Dokumentsenteret
            lifecycle: {status: production}
            ---
            """).build()
        let result = (files: built.files, diagnostics: built.diagnostics)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let system = Fixture.html(result.files, "kommuner/3901-horten/systemer/arkiv/index.html")
        #expect(system.contains("<a href=\"https://github.com/kommune/orden/edit/main/content/municipalities/3901-horten/systems/arkiv.md\">Rediger denne siden</a>"))
        let vendor = Fixture.html(result.files, "katalog/leverandorer/acme/index.html")
        #expect(vendor.contains("https://github.com/kommune/orden/edit/main/content/catalogue/vendors/acme.md"))
        #expect(!Fixture.html(result.files, "kommuner/index.html").contains("Rediger denne siden"))
    }

    @Test func listsProposeANewRecordInTheirFolder() {
        let result = Fixture.build(site(Self.github))
        let proposal = "<a href=\"https://github.com/kommune/orden/new/main/content/municipalities/3901-horten/systems?filename=nytt-system.md\">Foreslå et nytt system her</a>"
        let municipality = Fixture.html(result.files, "kommuner/3901-horten/index.html")
        #expect(municipality.contains(proposal))
        #expect(municipality.contains("edit/main/content/municipalities/3901-horten/_index.md\">Rediger denne siden</a>"))
        #expect(Fixture.html(result.files, "kommuner/3901-horten/systemer/index.html").contains(proposal))
        #expect(Fixture.html(result.files, "kommuner/3901-horten/datasett/index.html")
            .contains("new/main/content/municipalities/3901-horten/datasets?filename=nytt-datasett.md\">Foreslå et nytt datasett her</a>"))
        #expect(Fixture.html(result.files, "katalog/produkter/index.html")
            .contains("new/main/content/catalogue/products?filename=nytt-produkt.md\">Foreslå et nytt produkt her</a>"))
    }

    @Test func gitLabAndGiteaFormsWork() {
        let gitlab = Fixture.build(site("""
            edit:
              page: https://gitlab.com/kommune/orden/-/edit/main/{path}
              new: https://gitlab.com/kommune/orden/-/new/main/{folder}?file_name={file}
            """))
        #expect(Fixture.html(gitlab.files, "kommuner/3901-horten/systemer/index.html")
            .contains("https://gitlab.com/kommune/orden/-/new/main/content/municipalities/3901-horten/systems?file_name=nytt-system.md"))
        let gitea = Fixture.build(site("""
            edit:
              page: https://git.kommune.example/it/orden/_edit/main/nettsted/{path}
              new: https://git.kommune.example/it/orden/_new/main/nettsted/{folder}
            """))
        let page = Fixture.html(gitea.files, "kommuner/3901-horten/systemer/arkiv/index.html")
        #expect(page.contains("https://git.kommune.example/it/orden/_edit/main/nettsted/content/municipalities/3901-horten/systems/arkiv.md"))
        #expect(Fixture.html(gitea.files, "kommuner/3901-horten/index.html")
            .contains("https://git.kommune.example/it/orden/_new/main/nettsted/content/municipalities/3901-horten/systems\">"))
    }

    @Test func withoutEditThereAreNoForgeLinks() {
        let result = Fixture.build(Fixture.files)
        #expect(result.files.keys.contains { $0.hasSuffix(".html") }, "the loop below has pages to look at")
        for (path, bytes) in result.files where path.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            #expect(!html.contains("Rediger denne siden") && !html.contains("Foreslå"), "forge link in \(path)")
        }
        let onlyPage = Fixture.build(site("edit:\n  page: https://github.com/kommune/orden/edit/main/{path}"))
        #expect(!Fixture.html(onlyPage.files, "kommuner/3901-horten/index.html").contains("Foreslå"))
        #expect(Fixture.html(onlyPage.files, "kommuner/3901-horten/index.html").contains("Rediger denne siden"))
    }

    @Test func valuesArePercentEncodedPerSegment() throws {
        let template = try URLTemplate("https://forge.example/r/edit/main/{path}?dir={folder}&name={file}", requiring: "path")
        #expect(template.expand(path: "content/a b/ø?#&.md")
            == "https://forge.example/r/edit/main/content/a%20b/%C3%B8%3F%23%26.md?dir=content/a%20b&name=%C3%B8%3F%23%26.md")
        #expect(template.expand(path: "content/../x\"<y>.md") == "https://forge.example/r/edit/main/content/../x%22%3Cy%3E.md?dir=content/..&name=x%22%3Cy%3E.md")
        let new = try URLTemplate("https://forge.example/r/new/main/{folder}", requiring: "folder")
        #expect(new.expand(path: "content/catalogue/products/nytt-produkt.md") == "https://forge.example/r/new/main/content/catalogue/products")
    }

    @Test func wrongTemplatesAreErrorsAtTheirLine() throws {
        let cases: [(String, String)] = [
            ("  page: javascript:alert(1)/{path}", "is not a web address"),
            ("  page: https://github.com/kommune/orden/edit/main/{id}", "unknown placeholder {id}"),
            ("  page: https://github.com/kommune/orden/edit/main/", "has no {path}"),
            ("  page: https://github.com/kommune/orden/edit/main/{path", "never closed"),
            ("  page: https://github.com/kommune/orden/edit/main/path}", "without a \"{\""),
            ("  page: https://{folder}.example/edit/{path}", "host name"),
            ("  new: https://github.com/kommune/orden/new/main/?filename={file}", "has no {folder}"),
        ]
        for (line, message) in cases {
            let diagnostics = Fixture.check(site("edit:\n" + line))
            let problem = try #require(diagnostics.first(containing: message), "\(line): \(diagnostics)")
            #expect(problem.severity == .error)
            #expect(problem.location.path == "orden.yml")
            #expect(problem.location.line == 6, "\(line)")
            #expect(problem.hint != nil)
        }
        let unknown = Fixture.check(site("edit:\n  pgae: https://github.com/kommune/orden/edit/main/{path}"))
        #expect(unknown.errors.first?.location.line == 6, "\(unknown)")
    }
}
