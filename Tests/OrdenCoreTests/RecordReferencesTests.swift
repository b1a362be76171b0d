import Foundation
import Testing
@testable import OrdenAuthoring
@testable import OrdenModel
@testable import OrdenSource

/// Renaming a record changes every reference to it, in the form it is written in, and nothing
/// else; references scoped to another municipality are left alone.
@Suite struct RecordReferencesTests {
    static let storlia = "content/municipalities/9901-storlia"
    static let vassbygd = "content/municipalities/9902-vassbygd"

    static let files: [String: String] = [
        "\(storlia)/systems/sak-arkiv.md": "---\nproduct: acme-arkiv\nintegrations:\n  - to: sak-arkiv   # itself\n---\n",
        "\(storlia)/systems/portal.md": """
            ---
            product: acme-portal
            integrations:
              - {to: sak-arkiv, via: fiks-arkiv}
              - to: "sak-arkiv"
                direction: out
              - to: product:acme-arkiv
              - to: sak-arkiv-2
            ---
            Sender til sak-arkiv.

            """,
        "\(storlia)/datasets/postjournal.md": "---\ntitle: Postjournal\nsource_systems: [sak-arkiv, portal]\n---\n",
        "\(storlia)/contracts/arkiv.md": "---\nvendor: acme\nsystems:\n  - 'sak-arkiv' # hovedsystemet\n---\n",
        // Another municipality: its own sak-arkiv is a different system; 9901/sak-arkiv is ours.
        "\(vassbygd)/processing/post.md": "---\nname: Post\nsystems: [sak-arkiv, 9901/sak-arkiv]\n---\n",
        "\(vassbygd)/systems/sak-arkiv.md": "---\nproduct: acme-arkiv\n---\n",
        "content/regions/fjellbygd/initiatives/felles-arkiv.md": "---\ntitle: Felles arkiv\nsystems:\n  retires: [9901/sak-arkiv, 9902/sak-arkiv]\n---\n",
        "content/catalogue/products/acme-portal.md": "---\nname: Portal\nvendor: acme\ntypical_integrations:\n  - to: acme-arkiv\n---\n",
    ]

    @Test func aSystemIsFoundWhereverItIsNamedAndRenamedInTheSameForm() throws {
        let tree = SourceTree.memory(Self.files)
        let target = RecordReferences.Target(kind: .system, id: "sak-arkiv", municipalityFolder: "9901-storlia")
        let sites = RecordReferences.find(target, in: tree)
        #expect(sites.map { "\($0.path.split(separator: "/").suffix(2).joined(separator: "/")):\($0.line) \($0.field)" }.sorted() == [
            "contracts/arkiv.md:4 systems[1]",
            "datasets/postjournal.md:3 source_systems[1]",
            "initiatives/felles-arkiv.md:4 systems.retires[1]",
            "processing/post.md:3 systems[2]",
            "systems/portal.md:4 integrations[1].to",
            "systems/portal.md:5 integrations[2].to",
            "systems/sak-arkiv.md:4 integrations[1].to",
        ])

        let texts = try RecordReferences.renaming(sites, of: target, to: "websak", in: tree)
        #expect(texts["\(Self.storlia)/systems/portal.md"] == """
            ---
            product: acme-portal
            integrations:
              - {to: websak, via: fiks-arkiv}
              - to: "websak"
                direction: out
              - to: product:acme-arkiv
              - to: sak-arkiv-2
            ---
            Sender til sak-arkiv.

            """)
        #expect(texts["\(Self.storlia)/contracts/arkiv.md"] == "---\nvendor: acme\nsystems:\n  - 'websak' # hovedsystemet\n---\n")
        #expect(texts["\(Self.vassbygd)/processing/post.md"] == "---\nname: Post\nsystems: [sak-arkiv, 9901/websak]\n---\n")
        #expect(texts["content/regions/fjellbygd/initiatives/felles-arkiv.md"] == "---\ntitle: Felles arkiv\nsystems:\n  retires: [9901/websak, 9902/sak-arkiv]\n---\n")
        #expect(texts["\(Self.storlia)/systems/sak-arkiv.md"] == "---\nproduct: acme-arkiv\nintegrations:\n  - to: websak   # itself\n---\n")
        #expect(texts["\(Self.storlia)/datasets/postjournal.md"] == "---\ntitle: Postjournal\nsource_systems: [websak, portal]\n---\n")
        #expect(texts.count == 6)
    }

    @Test func aProductIsNamedByItsIdAndAsAnIntegrationTarget() throws {
        let tree = SourceTree.memory(Self.files)
        let target = RecordReferences.Target(kind: .product, id: "acme-arkiv")
        let sites = RecordReferences.find(target, in: tree)
        #expect(sites.map(\.written).sorted() == ["acme-arkiv", "acme-arkiv", "acme-arkiv", "product:acme-arkiv"])
        let texts = try RecordReferences.renaming(sites, of: target, to: "arkiv-x", in: tree)
        #expect(texts["\(Self.storlia)/systems/portal.md"]?.contains("  - to: product:arkiv-x\n") == true)
        #expect(texts["\(Self.vassbygd)/systems/sak-arkiv.md"] == "---\nproduct: arkiv-x\n---\n")
        #expect(texts["content/catalogue/products/acme-portal.md"]?.contains("  - to: arkiv-x\n") == true)
    }

    @Test func crlfAndABOMAreKept() throws {
        let path = "\(Self.storlia)/datasets/postjournal.md"
        let tree = SourceTree.memory([path: "\u{FEFF}---\r\ntitle: Postjournal\r\nsource_systems:\r\n  - sak-arkiv\r\n---\r\nTekst.\r\n"])
        let target = RecordReferences.Target(kind: .system, id: "sak-arkiv", municipalityFolder: "9901-storlia")
        let sites = RecordReferences.find(target, in: tree)
        #expect(sites.count == 1)
        let texts = try RecordReferences.renaming(sites, of: target, to: "websak", in: tree)
        #expect(texts[path] == "\u{FEFF}---\r\ntitle: Postjournal\r\nsource_systems:\r\n  - websak\r\n---\r\nTekst.\r\n")
    }
}
