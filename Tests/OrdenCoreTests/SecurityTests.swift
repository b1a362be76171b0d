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

/// Content is written by many people: every value is escaped, raw HTML is dropped and only
/// http, https and mailto links (and relative ones in bodies) reach the page.
@Suite struct SecurityTests {
    let hostileVendor = """
        ---
        name: "<script>alert('navn')</script> \\" onmouseover=\\"alert(1)"
        website: "javascript:alert(1)"
        ---
        """

    @Test func frontMatterValuesAreEscaped() throws {
        let files = Fixture.with([
            "content/catalogue/vendors/beta.md": "---\nname: \"<script>alert('navn')</script><img src=x onerror=alert(2)>\"\n---\n",
            "\(Fixture.municipalityA)/systems/okonomi.md": "---\nproduct: beta-okonomi\nowner: \"\\\" onfocus=\\\"alert(3)\"\nlifecycle: {status: production}\n---\n",
        ])
        let result = Fixture.build(files)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        #expect(result.files.keys.contains { $0.hasSuffix(".html") }, "the loop below has pages to look at")
        for (path, bytes) in result.files where path.hasSuffix(".html") {
            // The theme's own filter and search scripts are the only scripts a page may load.
            let html = String(decoding: bytes, as: UTF8.self)
                .replacingOccurrences(of: #"<script src="(\.\./|\./)*assets/(filter|search)\.js" defer( data-[a-z-]+="[^"<>]*")*></script>"#, with: "", options: .regularExpression)
            #expect(!html.contains("<script"), "script tag in \(path)")
            #expect(!html.contains("<img src=x"), "img tag in \(path)")
            #expect(!html.contains("\" onfocus=\""), "attribute break-out in \(path)")
        }
        let vendor = Fixture.html(result.files, "katalog/leverandorer/beta/index.html")
        #expect(vendor.contains("&lt;script&gt;alert(&#39;navn&#39;)&lt;/script&gt;"))

        // The search index is data: the hostile name is one JSON string in it, read back as written.
        let index = try #require(result.files["sok/indeks.js"])
        let script = String(decoding: index, as: UTF8.self)
        let prefix = "window.ordenSearchIndex="
        #expect(script.hasPrefix(prefix) && script.hasSuffix("};\n"))
        let json = Data(script.dropFirst(prefix.count).dropLast(2).utf8)
        let parsed = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let records = try #require(parsed["records"] as? [[Any]])
        #expect(records.contains { ($0[2] as? String) == "<script>alert('navn')</script><img src=x onerror=alert(2)>" })
    }

    @Test func javascriptURLsInFrontMatterAreRejected() throws {
        let files = Fixture.with(["content/catalogue/vendors/beta.md": "---\nname: Beta\nwebsite: \"javascript:alert(1)\"\n---\n"])
        let problem = try #require(Fixture.check(files).first(containing: "is not a web address"))
        #expect(problem.location.line == 3)
        for url in ["JAVASCRIPT:alert(1)", "data:text/html,x", "//evil.example", "https://", "https://exa mple.org", "vbscript:x"] {
            #expect(WebLink(url) == nil, "\(url) accepted")
        }
        #expect(WebLink("https://kommune.example/side?a=1") != nil)
    }

    @Test func rawHTMLInBodiesIsDropped() {
        let html = Markdown.html("Hei <script>alert(1)</script> du\n\n<div onclick=\"x()\">blokk</div>\n\n<img src=x onerror=alert(1)>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(!html.contains("onerror"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func unsafeLinksInBodiesLoseTheirLinkButKeepTheirText() {
        let html = Markdown.html("[klikk](javascript:alert(1)) [data](data:text/html;base64,xx) [ok](https://example.org) [epost](mailto:a@b.example) [intern](../katalog/) ![bilde](javascript:x)")
        #expect(!html.lowercased().contains("javascript:"))
        #expect(!html.contains("data:text"))
        #expect(html.contains("klikk"))
        #expect(html.contains("<a href=\"https://example.org\">ok</a>"))
        #expect(html.contains("<a href=\"mailto:a@b.example\">epost</a>"))
        #expect(html.contains("<a href=\"../katalog/\">intern</a>"))
        #expect(!html.contains("<img"))
    }

    /// The page must be built for the absent script to mean anything: `page` fails the test when it
    /// is not, and the body's harmless text must be there.
    @Test func bodyOnSitePagesIsSanitised() {
        let built = TestSite("""
            -- orden.yml --
            title: Sikkerhet
            base_url: https://sikkerhet.example/
            report_date: 2026-11-01
            -- content/catalogue/vendors/beta.md --
            ---
            name: Beta
            ---
            <script>alert(1)</script>

            [x](javascript:alert(2)) <a href="javascript:alert(3)">y</a>
            """).build()
        built.expectNoErrors()
        let html = built.page("katalog/leverandorer/beta/index.html")
        #expect(html.contains("<h1>Beta</h1>"))
        #expect(html.contains("x") && html.contains("y"), "the links' text stays")
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("javascript:"))
    }

    @Test func linkChecks() {
        for url in ["javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:x", "data:x", "vbscript:x", "file:///etc/passwd", "//evil.example/", "java\u{1}script:x"] {
            #expect(!Markdown.isAllowedLink(url), "\(url) allowed")
        }
        for url in ["https://a.example", "http://a.example", "mailto:a@b.example", "/x/", "../y", "#z", "side/"] {
            #expect(Markdown.isAllowedLink(url), "\(url) refused")
        }
    }

    @Test func xmlTextEscapesEverything() {
        #expect(XMLText.escape("<a href=\"x\">&'\u{1}</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;")
    }
}
