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
@testable import RDF
@testable import Spreadsheet

/// "Once only": systems inherit from their product; every relation is visible from both ends.
@Suite struct CatalogueTests {
    func catalogue(_ files: [String: String] = Fixture.files) throws -> Catalogue {
        let result = Orden.check(.memory(files))
        return try #require(result.catalogue, "\(result.diagnostics)")
    }

    @Test func systemInheritsWhatItDoesNotState() throws {
        let system = try #require(try catalogue().systems[LocalKey("3901", "arkiv")])
        #expect(system.name.value == "Acme Arkiv")
        #expect(system.name.origin == .catalogue)
        #expect(system.vendor?.value == "acme")
        #expect(system.vendor?.origin == .catalogue)
        #expect(system.category?.value == "document-management")
        #expect(system.standards?.value == ["noark-5"])
        #expect(system.serviceAreas?.value == ["arkiv"])
        #expect(system.serviceAreas?.origin == .catalogue)
        #expect(system.personalDataCategories?.value == ["navn", "adresse"])
        #expect(system.typicalIntegrations?.value.map(\.to.id) == ["beta-okonomi"])
        #expect(system.descriptionHTML?.origin == .catalogue)
        #expect(system.descriptionHTML?.value.contains("<strong>sak- og arkivsystem</strong>") == true)
    }

    @Test func localValuesOverrideTheProduct() throws {
        let catalogue = try catalogue()
        let arkiv = try #require(catalogue.systems[LocalKey("3901", "arkiv")])
        #expect(arkiv.hosting?.value == .hybrid)
        #expect(arkiv.hosting?.origin == .local)
        let okonomi = try #require(catalogue.systems[LocalKey("3901", "okonomi")])
        #expect(okonomi.name.value == "Økonomisystemet")
        #expect(okonomi.name.origin == .local)
        #expect(okonomi.descriptionHTML?.origin == .local)
        #expect(okonomi.descriptionHTML?.value.contains("Vårt eget notat") == true)
    }

    @Test func timeIsDerivedFromFitWhenAbsent() throws {
        let arkiv = try #require(try catalogue().systems[LocalKey("3901", "arkiv")])
        #expect(arkiv.time == .migrate)
        #expect(arkiv.timeIsDerived)
        #expect(Resolver.derivedTime(nil) == nil)
    }

    @Test func reverseLinksAreBuilt() throws {
        let catalogue = try catalogue()
        let arkiv = LocalKey("3901", "arkiv")
        #expect(catalogue.systemsByProduct["acme-arkiv"] == [arkiv, LocalKey("9901", "arkiv")])
        #expect(catalogue.productsByVendor["beta"] == ["beta-okonomi", "ubrukt"])
        #expect(catalogue.contractsByVendor["acme"] == [LocalKey("3901", "acme-avtale")])
        #expect(catalogue.processingBySystem[arkiv] == [LocalKey("3901", "arkivering")])
        #expect(catalogue.datasetsBySystem[arkiv] == [LocalKey("3901", "postliste")])
        #expect(catalogue.contractsBySystem[arkiv] == [LocalKey("3901", "acme-avtale")])
        #expect(catalogue.incomingIntegrations[LocalKey("3901", "okonomi")]?.map(\.from) == [arkiv])
        #expect(catalogue.incomingIntegrations[LocalKey("9901", "arkiv")]?.map(\.from) == [arkiv])
        #expect(catalogue.systemsIntegratingProduct["beta-okonomi"] == [arkiv])
        #expect(catalogue.processingByVendor["acme"] == [LocalKey("3901", "arkivering")])
    }

    @Test func processingMayUseAnotherMunicipalitysSystem() throws {
        let files = Fixture.with([
            "\(Fixture.municipalityB)/processing/felles.md": "---\nname: Felles arkiv\npurpose: P\nlegal_basis: [{article: 6(1)(e)}]\ndata_subjects: [a]\ndata_categories: [b]\nretention: r\nsystems: [3901/arkiv, arkiv]\n---\n",
        ])
        let catalogue = try catalogue(files)
        #expect(catalogue.processingBySystem[LocalKey("3901", "arkiv")]?.contains(LocalKey("9901", "felles")) == true)
        #expect(catalogue.processingBySystem[LocalKey("9901", "arkiv")]?.contains(LocalKey("9901", "felles")) == true)
        let dangling = Fixture.with([
            "\(Fixture.municipalityB)/processing/felles.md": "---\nname: F\npurpose: P\nlegal_basis: [{article: 6(1)(e)}]\ndata_subjects: [a]\ndata_categories: [b]\nretention: r\nsystems: [3901/ingen, 1234/arkiv]\n---\n",
        ])
        let messages = Fixture.check(dangling).map(\.message)
        #expect(messages.contains("unknown system \"ingen\""))
        #expect(messages.contains("unknown municipality \"1234\""))
    }

    @Test func internalRecordsAreLeftOutButNotDangling() throws {
        let files = Fixture.with([
            "\(Fixture.municipalityA)/systems/okonomi.md": "---\nproduct: beta-okonomi\nowner: IT\nlifecycle: {status: production}\nintegrations: [{to: skjult}]\n---\n",
        ])
        let catalogue = try catalogue(files)
        #expect(catalogue.systems[LocalKey("3901", "skjult")] == nil)
        #expect(catalogue.incomingIntegrations[LocalKey("3901", "skjult")] == nil)
    }
}
