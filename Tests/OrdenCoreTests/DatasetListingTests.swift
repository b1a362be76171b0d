import Foundation
import Testing
@testable import CommonMark
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenGenerate
@testable import OrdenModel
@testable import OrdenSite
@testable import OrdenSource

/// /datasett/ and /apne-data/ with their generated filter pages.
@Suite struct DatasetListingTests {
    static var files: [String: String] {
        var files = CatalogueRDFTests.hostileFiles
        // Public, but without a licence: in the catalogue, not in open data.
        files["\(Fixture.municipalityB)/datasets/uten-lisens.md"] = """
        ---
        title: Uten lisens
        description: Mangler lisens.
        themes: [TRAN]
        access_rights: public
        distributions:
          - access_url: https://data.example/uten
            format: XML
        ---
        """
        return files
    }

    static let site = Fixture.build(files).files

    @Test func everyValueInUseHasItsOwnPageAndNoOtherDoes() {
        let paths = Set(Self.site.keys)
        for path in ["datasett/tema/gove/index.html", "datasett/tema/envi/index.html", "datasett/tema/tran/index.html",
                     "datasett/kommune/3901-horten/index.html", "datasett/kommune/9901-testvik/index.html",
                     "datasett/lisens/cc-by-4.0/index.html", "datasett/lisens/cc0-1.0/index.html", "datasett/format/csv/index.html",
                     "apne-data/tema/gove/index.html", "apne-data/lisens/nlod-2.0/index.html", "apne-data/format/json/index.html"] {
            #expect(paths.contains(path), "\(path)")
        }
        // TRAN only has the dataset without a licence; AGRI is used by nothing.
        #expect(!paths.contains("apne-data/tema/tran/index.html"))
        #expect(!paths.contains("datasett/tema/agri/index.html"))
        #expect(!paths.contains("apne-data/format/xml/index.html"))
    }

    @Test func aFilterPageListsExactlyItsDatasets() {
        let envi = Fixture.html(Self.site, "datasett/tema/envi/index.html")
        #expect(envi.contains(">Turar</a>"))
        #expect(!envi.contains(">Postliste</a>"))
        #expect(envi.contains("<h1>Datasett: Miljø</h1>"))
        let csv = Fixture.html(Self.site, "datasett/kommune/9901-testvik/index.html")
        #expect(csv.contains(">Turar</a>") && csv.contains(">Uten lisens</a>") && !csv.contains(">Postliste</a>"))
        // The current value is marked, and the counts are the listing's.
        #expect(envi.contains("data-value=\"ENVI\" aria-current=\"page\">Miljø</a> <span class=\"count\">(1)</span>"))
    }

    @Test func aPageOfOneMunicipalityHasNoMenuOfTheOthers() {
        let municipal = Fixture.html(Self.site, "datasett/kommune/9901-testvik/index.html")
        #expect(!municipal.contains("data-dimension=\"kommune\""))
        #expect(municipal.contains("data-dimension=\"tema\""))
        // Every other listing keeps it.
        for path in ["datasett/index.html", "datasett/tema/envi/index.html", "apne-data/index.html"] {
            #expect(Fixture.html(Self.site, path).contains("data-dimension=\"kommune\""), "\(path)")
        }
    }

    @Test func openDataNeedsPublicAccessALicenceAndADistribution() {
        let open = Fixture.html(Self.site, "apne-data/index.html")
        #expect(open.contains(">Postliste</a>"))
        // Turar has a licence but no distribution.
        #expect(!open.contains(">Turar</a>"))
        #expect(!open.contains(">Uten lisens</a>"))
        let all = Fixture.html(Self.site, "datasett/index.html")
        #expect(all.contains(">Uten lisens</a>"))
    }

    @Test func rowsCarryTheirValuesForTheScript() {
        let all = Fixture.html(Self.site, "datasett/index.html")
        #expect(all.contains("<tr data-kommune=\"9901\" data-tema=\"TRAN\" data-lisens=\"\" data-format=\"XML\">"))
        #expect(all.contains("data-tema=\"GOVE ECON\" data-lisens=\"CC-BY-4.0 CC0-1.0\" data-format=\"CSV JSON\""))
        #expect(all.contains("assets/filter.js"))
        #expect(Self.site["assets/filter.js"] != nil)
    }

    @Test func listingsLinkTheirMachineReadableForms() {
        let all = Fixture.html(Self.site, "datasett/index.html")
        for format in ["ttl", "jsonld", "rdf"] { #expect(all.contains("href=\"../data/catalog.\(format)\"")) }
        #expect(all.contains("href=\"datasett.csv\"") && all.contains("href=\"datasett.json\""))
        let municipal = Fixture.html(Self.site, "kommuner/3901-horten/datasett/index.html")
        #expect(municipal.contains("href=\"../../../kommuner/3901-horten/data/catalog.ttl\""))
        let municipality = Fixture.html(Self.site, "kommuner/3901-horten/index.html")
        #expect(municipality.contains("href=\"../../kommuner/3901-horten/data/catalog.jsonld\""))
    }

    @Test func internalDatasetsAreNeitherListedNorCounted() {
        for (path, bytes) in Self.site where path.hasPrefix("datasett/") || path.hasPrefix("apne-data/") {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("SENTINEL-DATASET"), "\(path)")
        }
        // Horten has the two public datasets of the fixture, not the internal third.
        #expect(Fixture.html(Self.site, "datasett/index.html").contains("data-value=\"3901\">Horten kommune</a> <span class=\"count\">(2)</span>"))
    }
}
