import Foundation
import Testing
@testable import Basics
@testable import FrontMatter
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenGenerate
@testable import OrdenModel
@testable import OrdenSite
@testable import OrdenSource
@testable import RDF

/// The search index the browser reads: every published record once, pointing at its page, short.
@Suite struct SearchIndexTests {
    static func index(_ files: [String: Data]) throws -> [String: Any] {
        let script = String(decoding: try #require(files[SearchIndex.path]), as: UTF8.self)
        let prefix = "window.ordenSearchIndex="
        #expect(script.hasPrefix(prefix) && script.hasSuffix("};\n"))
        return try #require(try JSONSerialization.jsonObject(with: Data(script.dropFirst(prefix.count).dropLast(2).utf8)) as? [String: Any])
    }

    @Test func everyRecordPointsAtItsPageAndWordsAreNotRepeated() throws {
        let result = Orden.buildInMemory(.memory(try TranslationTests.demoFiles()))
        let index = try Self.index(result.files)
        let folders = try #require(index["folders"] as? [String])
        let kinds = try #require(index["kindIds"] as? [String])
        let records = try #require(index["records"] as? [[Any]])
        var counts: [String: Int] = [:]
        for record in records {
            let kind = kinds[try #require(record[0] as? Int)]
            let name = try #require(record[2] as? String)
            let page = folders[try #require(record[3] as? Int)] + (try #require(record[4] as? String)) + "/"
            #expect(result.files[page + "index.html"] != nil, "\(name) points at \(page), which is not a page")
            let excerpt = try #require(record[5] as? String), words = try #require(record[6] as? String)
            #expect(excerpt.count <= SearchIndex.excerptLength + 2)
            if kind == "system" && name == "Barnehagestein" {
                #expect(!words.lowercased().contains("barnehagestein"), "the product of the same name is not said twice: \(words)")
                #expect(words.contains("Skolestein AS"), "the vendor is a word to find it by")
            }
            counts[kind, default: 0] += 1
        }
        let pages = result.files.keys
        #expect(counts["system"] == pages.filter { $0.contains("/systemer/") && $0.hasSuffix("/index.html") && $0.split(separator: "/").count == 5 }.count)
        #expect(counts["municipality"] == 4 && counts["vendor"] == 20 && (counts["guide"] ?? 0) > 5)
    }

    @Test func anExcerptIsTheTextOfTheBodyCutAtAWord() {
        let html = "<p>Arkiv &amp; sak for <em>hele</em> kommunen.</p>" + String(repeating: "<p>Mer tekst her.</p>", count: 20)
        let excerpt = SearchIndex.excerpt(html)
        #expect(excerpt.hasPrefix("Arkiv & sak for hele kommunen. Mer tekst her."))
        #expect(excerpt.hasSuffix(" …") && excerpt.count <= SearchIndex.excerptLength + 2)
        #expect(SearchIndex.shortened("a < b og c > d") == "a < b og c > d", "a plain description keeps its angle brackets")
    }

    /// One pass reads the entities as replacing each in turn, &amp; last, did.
    @Test func entitiesAreReadOnceAndAnAmpersandStaysOne() {
        func inTurn(_ text: String) -> String {
            var text = text
            for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
                text = text.replacingOccurrences(of: entity, with: character)
            }
            return text
        }
        let texts = ["", "ingen", "a &amp; b", "&amp;lt;", "&&lt;", "&", "x&", "&#39;&quot;&gt;", "&amp;amp;", "æ&lt;ø&gt;å", "&lt", "&&&amp;&"]
        for text in texts {
            #expect(SearchIndex.decodingEntities(text) == inTurn(text), "\(text)")
        }
        #expect(SearchIndex.decodingEntities("&amp;lt;") == "&lt;")
    }

    @Test func spacesAreTheCharactersSwiftCallsWhitespace() {
        for scalar in (0..<0x3100).compactMap(Unicode.Scalar.init) {
            let character = Character(scalar)
            #expect(SearchIndex.isSpace(character) == character.isWhitespace, "U+\(String(scalar.value, radix: 16))")
        }
        #expect(SearchIndex.isSpace("\r\n"))
    }
}
