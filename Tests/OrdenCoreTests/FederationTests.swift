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

/// Several content repositories checked out side by side and merged into one site: the shared
/// catalogue's, and one per municipality.
@Suite struct FederationTests {
    /// Writes `files` below a new temporary folder and returns it.
    static func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("orden-federation-\(UUID().uuidString)", isDirectory: true)
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    /// The Fixture split in three repositories: the catalogue, Horten and Testvik. Horten's folder
    /// has the site's orden.yml and lists the other two.
    static func workspace(config: String = "sources:\n  - path: ../katalog\n  - path: ../testvik/\n") throws -> URL {
        var files: [String: String] = [:]
        for (path, text) in Fixture.files {
            if path.hasPrefix("content/catalogue/") {
                files["katalog/" + path] = text
            } else if path.hasPrefix(Fixture.municipalityB) {
                files["testvik/" + path] = text
            } else if path == "orden.yml" {
                files["horten/orden.yml"] = text + "\n" + config
            } else {
                files["horten/" + path] = text
            }
        }
        // The catalogue can build alone as well: its own orden.yml is not read by the merged site.
        files["katalog/orden.yml"] = "title: Katalogen\nbase_url: https://katalog.example/\nsources: [{path: ../does-not-matter}]\n"
        return try folder(files)
    }

    @Test func aMunicipalityRepositoryBuildsAgainstTheCatalogueAndOtherMunicipalities() throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let merged = Orden.buildInMemory(.directory(workspace.appendingPathComponent("horten")))
        #expect(merged.diagnostics.errors.isEmpty, "\(merged.diagnostics.errors)")
        // The same site as the Fixture built from one folder.
        let single = Orden.buildInMemory(.memory(Fixture.files))
        #expect(Set(merged.files.keys) == Set(single.files.keys))
        #expect(merged.files.filter { single.files[$0.key] != $0.value }.keys.sorted() == [])
        #expect(Fixture.html(merged.files, "kommuner/3901-horten/systemer/arkiv/index.html").contains("Acme Arkiv"))
    }

    @Test func messagesNameTheFileInTheSourceItComesFrom() throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let product = workspace.appendingPathComponent("katalog/content/catalogue/products/beta-okonomi.md")
        try Data("---\nname: Beta Økonomi\nvendor: betta\n---\n".utf8).write(to: product)
        let errors = Orden.check(.directory(workspace.appendingPathComponent("horten"))).diagnostics.errors
        let problem = try #require(errors.first { $0.message.contains("unknown vendor \"betta\"") })
        #expect(problem.location.path == "../katalog/content/catalogue/products/beta-okonomi.md")
        #expect(problem.location.line == 3)
    }

    @Test func theSameIdInTwoSourcesIsAnErrorNamingBothFiles() throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let copy = workspace.appendingPathComponent("testvik/content/catalogue/vendors/acme.md")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("---\nname: Acme kopi\n---\n".utf8).write(to: copy)
        let result = Orden.check(.directory(workspace.appendingPathComponent("horten")))
        let problem = try #require(result.diagnostics.errors.first { $0.message.contains("the same record") })
        #expect(problem.message.contains("../testvik/content/catalogue/vendors/acme.md"))
        #expect(problem.message.contains("../katalog/content/catalogue/vendors/acme.md"))
        #expect(problem.location.path == "../testvik/content/catalogue/vendors/acme.md")
        #expect(result.catalogue == nil)
    }

    @Test func aMissingSourceIsAnErrorOnItsLineInOrdenYml() throws {
        let workspace = try Self.workspace(config: "sources:\n  - path: ../katalog\n  - path: ../testvik\n  - path: ../vassbygd\n")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let errors = Orden.check(.directory(workspace.appendingPathComponent("horten"))).diagnostics.errors
        let problem = try #require(errors.first { $0.message.contains("../vassbygd is not a folder") })
        #expect(problem.location.path == "orden.yml")
        #expect(problem.location.line == 8)
        #expect(problem.hint?.contains("git clone") == true)
    }

    @Test func withoutItsSourcesAMunicipalityRepositoryReportsTheMissingCatalogue() throws {
        let workspace = try Self.workspace(config: "")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let errors = Orden.check(.directory(workspace.appendingPathComponent("horten"))).diagnostics.errors
        #expect(errors.contains { $0.message.contains("unknown product \"acme-arkiv\"") })
    }

    @Test func theMergedTreeKnowsWhereEachFileReallyIs() throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let tree = Orden.check(.directory(workspace.appendingPathComponent("horten"))).tree
        let origin = try #require(tree.origin("content/catalogue/products/acme-arkiv.md"))
        #expect(origin.root.lastPathComponent == "katalog")
        #expect(origin.source == "../katalog")
        #expect(tree.origin("orden.yml")?.root.lastPathComponent == "horten")
        #expect(tree.roots.map(\.lastPathComponent) == ["horten", "katalog", "testvik"])
    }

    @Test func editLinksUseTheTemplateOfTheRepositoryAFileIsIn() throws {
        let config = """
        edit: {page: "https://forge.example/horten/edit/main/{path}", new: "https://forge.example/horten/new/main/{folder}?filename={file}"}
        sources:
          - path: ../katalog
            edit: {page: "https://forge.example/katalog/edit/main/{path}", new: "https://forge.example/katalog/new/main/{folder}?filename={file}"}
          - path: ../testvik
        """
        let workspace = try Self.workspace(config: config)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let site = Orden.buildInMemory(.directory(workspace.appendingPathComponent("horten")))
        #expect(site.diagnostics.errors.isEmpty, "\(site.diagnostics.errors)")
        let product = Fixture.html(site.files, "katalog/produkter/acme-arkiv/index.html")
        #expect(product.contains("https://forge.example/katalog/edit/main/content/catalogue/products/acme-arkiv.md"))
        #expect(Fixture.html(site.files, "katalog/produkter/index.html").contains("https://forge.example/katalog/new/main/content/catalogue/products"))
        let system = Fixture.html(site.files, "kommuner/3901-horten/systemer/arkiv/index.html")
        #expect(system.contains("https://forge.example/horten/edit/main/content/municipalities/3901-horten/systems/arkiv.md"))
        // Testvik's repository has no edit links.
        let other = Fixture.html(site.files, "kommuner/9901-testvik/systemer/arkiv/index.html")
        #expect(!other.contains("forge.example"))
        #expect(!other.contains("Rediger denne siden"))
    }

    @Test func thePreviewFollowsAnEditInAnotherRepository() throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let site = SourceTree.directory(workspace.appendingPathComponent("horten"))
        var preview = PreviewSite(options: BuildOptions(history: .none))
        preview.update(from: site)
        let product = workspace.appendingPathComponent("katalog/content/catalogue/products/acme-arkiv.md")
        let text = try String(contentsOf: product, encoding: .utf8).replacingOccurrences(of: "name: Acme Arkiv", with: "name: Acme Arkiv Neste")
        try Data(text.utf8).write(to: product)
        let update = preview.update(from: site, changed: ["content/catalogue/products/acme-arkiv.md"])
        #expect(update.renderedPages < update.totalPages)
        let expected = Orden.buildInMemory(site, options: BuildOptions(history: .none)).files
        #expect(PreviewSiteTests.differences(preview, built: expected).isEmpty)
        #expect(Fixture.html(preview.files, "kommuner/3901-horten/systemer/arkiv/index.html").contains("Acme Arkiv Neste"))
    }

    @Test func ordenNewFindsTheProductInTheCataloguesRepository() throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let tree = Orden.federated(.directory(workspace.appendingPathComponent("horten"))).0
        let request = NewRecord.Request(kind: .system, id: "nytt-arkiv", municipality: "3901", product: "acme-arkiv", today: Day("2026-11-26") ?? .placeholder)
        let planned = try NewRecord.plan(request, in: tree).get()
        #expect(planned.path == "content/municipalities/3901-horten/systems/nytt-arkiv.md")
        #expect(planned.text.contains("product: acme-arkiv"))
        #expect(planned.text.contains("hosting: saas"), "the inherited values are listed as comments")
    }
}
