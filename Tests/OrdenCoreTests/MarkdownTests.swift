import Foundation
import Testing
@testable import CommonMark
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenModel
@testable import OrdenSite
@testable import RDF

@Suite struct MarkdownTests {
    let sample = """
        # Tittel

        | A | B |
        |---|---|
        | 1 | ~~2~~ |

        - [x] ferdig
        - [ ] ikke ferdig

        Se https://example.org for mer.
        """

    @Test func gitHubExtensionsAreOn() {
        let html = Markdown.html(sample)
        #expect(html.contains("<h3>Tittel</h3>"), "headings sit under the page's h2 sections")
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>2</del>"))
        #expect(html.contains("type=\"checkbox\""))
        #expect(html.contains("<a href=\"https://example.org\">https://example.org</a>"))
    }

    @Test func parsingFromManyThreadsGivesTheSameOutput() {
        let documents = (0..<64).map { "\(sample)\n\nDokument nummer \($0) med **uthevet** tekst og `kode`." }
        let expected = documents.map(Markdown.html)
        let results = UnsafeResults(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count * 4) { index in
            let document = index % documents.count
            results.set(document, Markdown.html(documents[document]), pass: index / documents.count)
        }
        for pass in 0..<4 {
            #expect(results.values(pass) == expected)
        }
    }
}

/// Collects results from many threads under a lock.
final class UnsafeResults: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [[String]]

    init(count: Int) {
        storage = Array(repeating: Array(repeating: "", count: count), count: 4)
    }

    func set(_ index: Int, _ value: String, pass: Int) {
        lock.lock()
        storage[pass][index] = value
        lock.unlock()
    }

    func values(_ pass: Int) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return storage[pass]
    }
}
