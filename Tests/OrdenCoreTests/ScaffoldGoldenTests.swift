import Foundation
import Testing
@testable import Basics
@testable import OrdenAuthoring
@testable import OrdenModel

/// The files `orden new` and `orden init` write, byte for byte: the templates are derived from
/// the registry of record kinds, and a change there must not change what editors are given
/// unless it is meant to. Write them again with `ORDEN_UPDATE_GOLDEN=1` and read the diff.
@Suite struct ScaffoldGoldenTests {
    /// Every kind as `orden new` writes it with the least it is told, and the variants a draft
    /// changes: a name, a vendor, an organisation number, a product (readable, unreadable,
    /// internal), an official or a fictional municipality.
    static var requests: [(String, NewRecord.Request)] {
        let today = ScaffoldTests.today
        var cases = RecordKind.allCases.map { ($0.commandName, ScaffoldTests.request($0)) }
        cases += [
            ("vendor-named", NewRecord.Request(kind: .vendor, name: "Gamma AS", orgnr: "974760673", today: today)),
            ("product-with-vendor", NewRecord.Request(kind: .product, name: "Gamma Sak", vendor: "beta", today: today)),
            ("contract-with-vendor", NewRecord.Request(kind: .contract, name: "Driftsavtale", municipality: "3901", vendor: "acme", today: today)),
            ("system-with-product", NewRecord.Request(kind: .system, id: "sak", municipality: "3901", product: "acme-arkiv", today: today)),
            ("system-with-product-name-vendor", NewRecord.Request(kind: .system, id: "sak2", name: "Sak", municipality: "3901", product: "beta-okonomi",
                                                                   vendor: "acme", today: today)),
            ("system-with-internal-product", NewRecord.Request(kind: .system, id: "ny", municipality: "3901", product: "ubrukt", today: today)),
            ("system-with-vendor", NewRecord.Request(kind: .system, name: "Eget system", municipality: "3901", vendor: "beta", today: today)),
            ("municipality-fictional", NewRecord.Request(kind: .municipality, id: "9905", name: "Fjellvik", orgnr: "123456785", today: today)),
        ]
        return cases
    }

    @Test func everyNewRecordIsWrittenAsBefore() throws {
        let files = Fixture.with(["content/catalogue/products/ubrukt.md": "---\nname: Ubrukt\nvendor: beta\nhosting: saas\nvisibility: internal\n---\n"])
        for (name, request) in Self.requests {
            let file = try ScaffoldTests.plan(request, in: files)
            Golden.expect("# \(file.path)\n" + file.text, equals: "scaffold/\(name).md")
        }
    }

    @Test func aNewRepositorysFilesAreWrittenAsBefore() throws {
        let region = NewRepository.Request(municipalities: ["3901", "3903"], region: "Vestfoldrådet", publisherOrgnr: "123456785",
                                           today: ScaffoldTests.today)
        let single = NewRepository.Request(municipalities: ["3901"], orgnr: "974760673", today: ScaffoldTests.today)
        for (name, request) in [("init-region", region), ("init-municipality", single)] {
            let files = try NewRepositoryTests.plan(request)
            let text = files.keys.sorted().filter { $0 == "orden.yml" || $0.hasSuffix(".md") && $0.hasPrefix("content/") }
                .map { "# \($0)\n" + (files[$0] ?? "") }.joined()
            Golden.expect(text, equals: "scaffold/\(name).txt")
        }
    }
}
