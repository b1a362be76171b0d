import Foundation
import Testing
@testable import Basics
@testable import CommonMark
@testable import FrontMatter
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenGenerate
@testable import OrdenModel
@testable import OrdenSite
@testable import OrdenSource
@testable import RDF
@testable import Spreadsheet

/// A right-to-left override (U+202E) in an editor's text must end with that text: in a page's
/// title, its heading, the tables and sentences that name the record, the feed and the charts,
/// it may not reverse what the page itself writes after it.
struct BidiControlTests {
    /// Whether every embedding, override and isolate opened in the file is closed before the next
    /// piece of markup (`<`, or a `"` that ends an attribute value).
    static func unbalanced(_ text: String) -> String? {
        var open = 0
        var recent = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            recent.append(scalar)
            if recent.count > 80 { recent.removeFirst() }
            switch scalar.value {
            case 0x202A, 0x202B, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068: open += 1
            case 0x202C, 0x2069: open -= 1
            case UInt32(UInt8(ascii: "<")), UInt32(UInt8(ascii: "\"")):
                if open != 0 { return String(recent) }
            default: break
            }
            if open < 0 { return String(recent) }
        }
        return open == 0 ? nil : String(recent)
    }

    @Test func anOverrideInAProductNameEndsWithTheName() throws {
        let product = "content/catalogue/products/acme-arkiv.md"
        let text = try #require(Fixture.files[product]).replacingOccurrences(of: "name: Acme Arkiv", with: "name: Acme \u{202E}Arkiv")
        let site = Fixture.build(Fixture.with([product: text]))
        #expect(!site.diagnostics.hasErrors, "\(site.diagnostics)")
        let page = Fixture.html(site.files, "katalog/produkter/acme-arkiv/index.html")
        #expect(page.contains("<title>Acme \u{202E}Arkiv\u{202C}"))
        #expect(page.contains("Acme \u{202E}Arkiv\u{202C}</h1>"))
        var checked = 0
        for (path, bytes) in site.files where [".html", ".xml", ".svg"].contains(where: path.hasSuffix) {
            let text = String(decoding: bytes, as: UTF8.self)
            guard text.contains("\u{202E}") else { continue }
            checked += 1
            #expect(Self.unbalanced(text) == nil, "an override left open in \(path): \(Self.unbalanced(text) ?? "")")
        }
        #expect(checked >= 3)
    }

    @Test func balancingClosesWhatATextOpensAndDropsStrayTerminators() {
        #expect(BidiControls.balanced("plain text") == "plain text")
        #expect(BidiControls.balanced("a\u{202E}b") == "a\u{202E}b\u{202C}")
        #expect(BidiControls.balanced("\u{2067}a\u{202B}b") == "\u{2067}a\u{202B}b\u{202C}\u{2069}")
        #expect(BidiControls.balanced("a\u{202C}b\u{2069}c") == "abc")
        #expect(BidiControls.balanced("\u{2068}\u{202E}x\u{2069}y") == "\u{2068}\u{202E}x\u{2069}y")
        #expect(BidiControls.balanced("\u{202E}\u{2066}x\u{202C}") == "\u{202E}\u{2066}x\u{2069}\u{202C}")
    }
}
