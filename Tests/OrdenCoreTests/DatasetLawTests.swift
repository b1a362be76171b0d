import Foundation
import Testing
@testable import Basics
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenModel
@testable import OrdenSite
@testable import RDF

/// The data catalogue as Digdir's DCAT-AP-NO describes it: the law restricting access
/// (skjermingshjemmel), LOS themes beside the EU ones, and the municipality's area as the
/// dataset's place unless it names one.
@Suite struct DatasetLawTests {
    static let folder = "\(Fixture.municipalityA)/datasets"

    static func dataset(_ lines: String) -> String {
        "---\ntitle: Registeret\ndescription: Et register.\nthemes: [GOVE]\n\(lines)\n---\n"
    }

    let files = Fixture.with([
        "\(folder)/apent.md": dataset("access_rights: public\nlicence: NLOD-2.0\nlos_themes: [helse-og-omsorg]\ndistributions: [{access_url: https://data.horten.example/apent}]"),
        "\(folder)/begrenset.md": dataset("access_rights: restricted\nlegal_basis_for_restriction:\n- {law: Offentleglova § 13, url: \"https://lovdata.no/lov/2006-05-19-16/§13\"}"),
        "\(folder)/uten-hjemmel.md": dataset("access_rights: non-public"),
    ])

    /// A processing activity's `datasets` are linked both ways: the dataset's page names the
    /// activities that use it (and only published ones).
    @Test func theDatasetPageNamesTheProcessingThatUsesIt() {
        let processing = "\(Fixture.municipalityA)/processing"
        let site = TestSite(files: files.merging([
            "\(processing)/registerbruk.md": "---\nname: Bruk av registeret\npurpose: Tester lenken.\ndata_categories: [navn]\ndatasets: [apent]\n---\n",
            "\(processing)/intern-bruk.md": "---\nname: Intern bruk av registeret\npurpose: Tester lenken.\ndata_categories: [navn]\ndatasets: [apent]\nvisibility: internal\n---\n",
        ]) { $1 })
        let built = site.build()
        built.expectNoErrors()
        built.expectFile("kommuner/3901-horten/datasett/apent/index.html",
                         contains: "Behandlinger av personopplysninger", "behandlinger/registerbruk/\">Bruk av registeret</a>", "! Intern bruk")
        built.expectFile("kommuner/3901-horten/datasett/begrenset/index.html", contains: "! Behandlinger av personopplysninger")
    }

    @Test func restrictedAccessNeedsTheLawThatRestrictsIt() {
        let diagnostics = Orden.check(.memory(files)).diagnostics
        let flagged = diagnostics.filter { $0.message.contains("no legal basis for the restriction") }
        #expect(flagged.map(\.location.path) == ["\(Self.folder)/uten-hjemmel.md"])
        #expect(flagged.first?.hint?.contains("offentleglova § 3") == true)
    }

    @Test func theCatalogueHasTheLawLOSThemesAndTheMunicipalitysArea() throws {
        let checked = Orden.check(.memory(files))
        let catalogue = try #require(checked.catalogue)
        let graph = DCATCatalogue.graph(.site, in: catalogue)
        let datasets = graph.subjects(ofType: RDFVocabulary.dcat + "Dataset")
        func dataset(_ id: String) throws -> RDFTerm { try #require(datasets.first { $0.iri?.hasSuffix("/datasett/\(id)/") == true }) }

        let restricted = try dataset("begrenset")
        let statements = graph.objects(restricted, RDFVocabulary.dcatno + "legalBasisForRestriction")
        #expect(statements.count == 1)
        let statement = try #require(statements.first)
        #expect(graph.objects(statement, RDFVocabulary.rdf + "type") == [.iri(RDFVocabulary.dct + "RightsStatement")])
        #expect(graph.objects(statement, RDFVocabulary.skos + "prefLabel") == [.string("Offentleglova § 13", language: "nb")])
        #expect(graph.objects(statement, RDFVocabulary.dct + "source") == [.string("https://lovdata.no/lov/2006-05-19-16/§13")])

        let open = try dataset("apent")
        let themes = graph.objects(open, RDFVocabulary.dcat + "theme")
        #expect(themes.contains(.iri("https://psi.norge.no/los/tema/helse-og-omsorg")))
        #expect(themes.contains(.iri("http://publications.europa.eu/resource/authority/data-theme/GOVE")))
        // No spatial given: the municipality's own area, as its Kartverket unit.
        #expect(graph.objects(open, RDFVocabulary.dct + "spatial") == [.iri(KartverketUnit.municipalityIRI("3901"))])
        #expect(graph.objects(open, RDFVocabulary.dcatno + "legalBasisForRestriction").isEmpty)

        // DCAT-AP-NO 3 makes a contact point mandatory for the catalogue and each dataset: one
        // that names none has its municipality's, with the municipality's website.
        let municipalityContact = RDFTerm.iri("https://test.example/orden/kommuner/3901-horten/#kontaktpunkt")
        #expect(graph.objects(restricted, RDFVocabulary.dcat + "contactPoint") == [municipalityContact])
        let catalog = try #require(graph.subjects(ofType: RDFVocabulary.dcat + "Catalog").first)
        #expect(graph.objects(catalog, RDFVocabulary.dcat + "contactPoint") == [.iri("https://test.example/orden/#kontaktpunkt")])
        #expect(graph.objects(municipalityContact, RDFVocabulary.vcard + "fn") == [.string("Horten kommune", language: "nb")])
        #expect(graph.objects(municipalityContact, RDFVocabulary.vcard + "hasURL").count == 1)
    }

    /// LOS's main themes and the themes under them are kept; a LOS word (ord) or an unknown theme
    /// is named in a warning and left out.
    @Test func importKeepsLOSThemesAndNamesTheTermsItLeavesOut() {
        let turtle = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
            <https://data.horten.example/katalog> a dcat:Catalog ; dcat:dataset <https://data.horten.example/d> .
            <https://data.horten.example/d> a dcat:Dataset ; dct:title "Data"@nb ; dct:description "Om data."@nb ;
                dcat:theme <http://publications.europa.eu/resource/authority/data-theme/HEAL>,
                    <https://psi.norge.no/los/tema/helse-og-omsorg>, <https://psi.norge.no/los/tema/helsetjenester>,
                    <https://psi.norge.no/los/tema/legemiddel>, <https://psi.norge.no/los/ord/fastlege> .
            """
        let planned = DCATImporter.plan(Data(turtle.utf8), path: "katalog.ttl", municipalityFolder: Fixture.municipalityA)
        #expect(planned.files.first?.text.contains("los_themes:\n- helse-og-omsorg\n- helsetjenester\n") == true)
        let left = planned.diagnostics.filter { $0.message.contains("not one of LOS's themes") }
        #expect(left.count == 2)
        #expect(left.contains { $0.message.contains("los/tema/legemiddel") })
        #expect(left.contains { $0.message.contains("los/ord/fastlege") })
    }
}
