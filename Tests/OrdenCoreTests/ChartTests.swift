import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Basics
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

/// The SVG charts: well-formed, escaped, deterministic, and placing things where the data says.
@Suite struct ChartTests {
    static let hostile = "</svg><script>alert(1)</script> & \"q\" 'a' ]]> <!-- \u{01}\u{1B}\u{FFFE} æøå"

    static func day(_ text: String) throws -> Day { try #require(Day(text)) }

    static func sampleBars(_ label: String = "Arkiv") -> [Charts.Bar] {
        [Charts.Bar(label: label, value: 1_234_567, valueText: "1 234 567 kr", note: "2 uten kostnad"),
         Charts.Bar(label: "Økonomi", value: 400_000, valueText: "400 000 kr"),
         Charts.Bar(label: "Skole", value: 0, valueText: "0 kr")]
    }

    static func sampleRows(_ label: String = "Arkiv") throws -> [Charts.TimelineRow] {
        [Charts.TimelineRow(label: label,
                            events: [Charts.TimelineEvent(date: try day("2026-06-30"), kind: .phaseOut, text: label),
                                     Charts.TimelineEvent(date: try day("2027-03-01"), kind: .endOfLife, text: "Slutt")],
                            spans: [Charts.Span(start: try day("2025-05-01"), end: try day("2026-12-31"), label: label, tone: 1)]),
         Charts.TimelineRow(label: "Økonomi",
                            events: [Charts.TimelineEvent(date: try day("2026-09-01"), kind: .noticeDeadline, text: "Si opp"),
                                     Charts.TimelineEvent(date: try day("2027-01-01"), kind: .contractEnd, text: "Avtalen løper ut"),
                                     Charts.TimelineEvent(date: try day("2028-01-01"), kind: .milestone, text: "Ny løsning")],
                            spans: [Charts.Span(start: try day("2027-01-01"), end: try day("2027-06-30"), label: "Anskaffelse", tone: 3)])]
    }

    static func sampleNetwork(count: Int, edges edgeCount: Int, label: String = "System") -> ([Charts.Node], [Charts.Edge]) {
        let nodes = (0..<count).map { index in
            Charts.Node(id: "s\(index)", label: "\(label) \(index) med et ganske langt navn som kuttes", group: "Område \(index % 7)",
                        external: index % 11 == 0)
        }
        let edges = (0..<edgeCount).map { index in
            Charts.Edge(from: "s\(index % count)", to: "s\((index * 7 + 3) % count)", direction: [.out, .in, .both][index % 3],
                        personalData: index % 4 == 0, label: "Integrasjon \(index)")
        }
        return (nodes, edges)
    }

    /// Every kind of chart with normal, empty and hostile input.
    static func samples() throws -> [(name: String, svg: String)] {
        let start = try day("2026-01-31")
        let (nodes, edges) = sampleNetwork(count: 12, edges: 20)
        let (hostileNodes, hostileEdges) = sampleNetwork(count: 5, edges: 8, label: hostile)
        return [
            ("bars", Charts.bars(id: "b", title: "Kostnad", description: "Per system", bars: sampleBars())),
            ("bars empty", Charts.bars(id: "b", title: "Kostnad", description: "", bars: [])),
            ("bars zero", Charts.bars(id: "b", title: "Kostnad", description: "", bars: [Charts.Bar(label: "A", value: 0, valueText: "0")])),
            ("bars hostile", Charts.bars(id: hostile, title: hostile, description: hostile,
                                         bars: sampleBars(hostile) + [Charts.Bar(label: "x", value: 3, valueText: hostile, note: hostile)])),
            ("time", Charts.timeQuadrants(id: "t", title: "TIME", description: "", points: [Charts.Point(label: "A", functional: 4, technical: 2)])),
            ("time empty", Charts.timeQuadrants(id: "t", title: "TIME", description: "", points: [])),
            ("time hostile", Charts.timeQuadrants(id: "t", title: hostile, description: hostile,
                                                  points: [Charts.Point(label: hostile, functional: 1, technical: 5),
                                                           Charts.Point(label: hostile, functional: 1, technical: 5)])),
            ("timeline", Charts.timeline(id: "r", title: "Plan", description: "", start: start, months: 36, rows: try sampleRows())),
            ("timeline empty", Charts.timeline(id: "r", title: "Plan", description: "", start: start, months: 36, rows: [])),
            ("timeline hostile", Charts.timeline(id: "r", title: hostile, description: hostile, start: start, months: 3,
                                                 rows: try sampleRows(hostile))),
            ("network", Charts.network(id: "n", title: "Integrasjoner", description: "", nodes: nodes, edges: edges)),
            ("network empty", Charts.network(id: "n", title: "Integrasjoner", description: "", nodes: [], edges: [])),
            ("network hostile", Charts.network(id: "n", title: hostile, description: hostile, nodes: hostileNodes, edges: hostileEdges)),
        ]
    }

    @Test func everyChartIsWellFormedWithTheAccessibleRoot() throws {
        for (name, svg) in try Self.samples() {
            let root = try #require(XMLTree.parse(svg), "\(name) is not well-formed XML")
            #expect(!svg.hasPrefix("<?xml"), "\(name)")
            #expect(root.name == "svg" && root["xmlns"] == "http://www.w3.org/2000/svg", "\(name)")
            #expect(root["role"] == "img" && root["class"] == "chart", "\(name)")
            let id = try #require(root.children.first?["id"]?.dropLast("-title".count), "\(name)")
            #expect(root["aria-labelledby"] == "\(id)-title \(id)-desc", "\(name)")
            #expect(root.children.prefix(2).map(\.name) == ["title", "desc"], "\(name)")
            #expect(root.children.dropFirst().first?["id"] == "\(id)-desc", "\(name)")
            let viewBox = try #require(root["viewBox"]?.split(separator: " ").compactMap { Double($0) })
            #expect(viewBox.count == 4 && root["width"].flatMap(Double.init) == viewBox[2] && root["height"].flatMap(Double.init) == viewBox[3], "\(name)")
        }
    }

    @Test func hostileTextIsEscaped() throws {
        for (name, svg) in try Self.samples() where name.hasSuffix("hostile") {
            let root = try #require(XMLTree.parse(svg), "\(name)")
            #expect(!svg.contains("<script"), "\(name)")
            #expect(!svg.contains("]]>"), "\(name)")
            #expect(!svg.contains("<!--"), "\(name)")
            #expect(svg.components(separatedBy: "</svg>").count == 2, "\(name)")
            #expect(svg.contains("&lt;/svg&gt;&lt;script&gt;"), "\(name)")
            #expect(root.all.allSatisfy { $0.name != "script" }, "\(name)")
            #expect(root.all.compactMap { $0["id"] }.allSatisfy { !$0.contains("<") && !$0.contains(" ") }, "\(name)")
        }
    }

    /// A theme's own translations are text too: axis names and month names go into the SVG
    /// escaped (issue 16: chart.functional_fit and chart.technical_fit went in raw).
    @Test func wordsFromTheThemeAreEscaped() throws {
        let builtIn = Translations.builtIn[.nb]
        var entries = builtIn.entries
        for key in ["chart.functional_fit", "chart.technical_fit"] { entries[key] = .text(Self.hostile) }
        for month in 1...12 { entries["chart.month.\(month)"] = .text("<i>") }
        let words = ChartWords(text: UIText(language: builtIn.language, entries: entries))
        let start = try Self.day("2026-01-31")
        let charts = try Charts.$words.withValue(words) {
            [Charts.timeQuadrants(id: "t", title: "TIME", description: "", points: [Charts.Point(label: "A", functional: 4, technical: 2)]),
             Charts.timeline(id: "r", title: "Plan", description: "", start: start, months: 6, rows: try Self.sampleRows())]
        }
        for svg in charts {
            let root = try #require(XMLTree.parse(svg))
            #expect(!svg.contains("<script"))
            #expect(root.all.allSatisfy { $0.name != "script" })
        }
        #expect(charts[0].contains("&lt;/svg&gt;&lt;script&gt;"))
        #expect(charts[1].contains("&lt;i&gt;") && !charts[1].contains("<i>"))
    }

    @Test func emptyInputSaysThereIsNothingToShow() throws {
        for (name, svg) in try Self.samples() where name.hasSuffix("empty") || name.hasSuffix("zero") {
            #expect(svg.contains("Ingen data å vise"), "\(name)")
        }
        #expect(!Charts.bars(id: "b", title: "", description: "", bars: Self.sampleBars()).contains("Ingen data"))
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let first = try Self.samples(), second = try Self.samples()
        for (a, b) in zip(first, second) {
            #expect(a.svg == b.svg, "\(a.name)")
        }
    }

    @Test func numbersHaveOneFixedFormat() throws {
        #expect(SVG.number(12) == "12")
        #expect(SVG.number(1.25) == "1.3")
        #expect(SVG.number(-3.46) == "-3.5")
        #expect(SVG.number(-0.04) == "0")
        #expect(SVG.number(.nan) == "0")
        #expect(SVG.number(1e20) == "1000000000")
        for (name, svg) in try Self.samples() {
            #expect(svg.range(of: #"[^0-9]-0(?![.0-9])"#, options: .regularExpression) == nil, "\(name) writes -0")
            #expect(svg.range(of: #"\d\.\d\d"#, options: .regularExpression) == nil, "\(name) writes two decimals")
            #expect(svg.range(of: #"(?<![#0-9a-fA-F])\d+(\.\d+)?e[+-]?\d"#, options: .regularExpression) == nil, "\(name) writes an exponent")
        }
    }

    @Test func chartIdsAreXMLNamesAndPrefixEveryInnerId() throws {
        #expect(SVG.identifier("kostnad-2026") == "kostnad-2026")
        #expect(SVG.identifier("my chart") == "my-chart")
        #expect(SVG.identifier("2026") == "chart-2026")
        let first = try #require(XMLTree.parse(Charts.timeline(id: "a", title: "", description: "", start: try Self.day("2026-01-01"),
                                                               months: 12, rows: try Self.sampleRows())))
        let second = try #require(XMLTree.parse(Charts.timeline(id: "b", title: "", description: "", start: try Self.day("2026-01-01"),
                                                                months: 12, rows: try Self.sampleRows())))
        let firstIDs = first.all.compactMap { $0["id"] }, secondIDs = second.all.compactMap { $0["id"] }
        #expect(firstIDs.contains("a-hatch") && firstIDs.allSatisfy { $0.hasPrefix("a-") })
        #expect(Set(firstIDs).isDisjoint(with: secondIDs))
    }

    @Test func longLabelsAreCutWithTheFullTextAsTooltip() throws {
        let long = String(repeating: "Saksbehandling ", count: 6) + "slutt"
        let svg = Charts.bars(id: "b", title: "", description: "", bars: [Charts.Bar(label: long, value: 1, valueText: "1")])
        let root = try #require(XMLTree.parse(svg))
        let label = try #require(root.all.first { $0.name == "text" && $0.text.hasSuffix("…") })
        #expect(label.text.count == 32)
        #expect(label.children.first { $0.name == "title" }?.text == long)
        #expect(Label.truncated("kort", limit: 32) == "kort")
        #expect(Label.truncated("a\nb\t c", limit: 32) == "a b c")
    }
}

/// Bars, TIME quadrants, the timeline and the network, each placing what it draws.
extension ChartTests {
    @Test func barsAreProportionalToTheirValues() throws {
        let bars = [Charts.Bar(label: "Liten", value: 250, valueText: "250"),
                    Charts.Bar(label: "Stor", value: 1000, valueText: "1 000"),
                    Charts.Bar(label: "Midt", value: 500, valueText: "500")]
        let root = try #require(XMLTree.parse(Charts.bars(id: "b", title: "", description: "", bars: bars)))
        let rects = root.all.filter { $0["class"] == "bar" }
        let widths = rects.compactMap { $0["width"].flatMap(Double.init) }
        try #require(widths.count == 3)
        #expect(widths.firstIndex(of: widths.max() ?? 0) == 1)
        #expect(abs(widths[0] / widths[1] - 0.25) < 0.01)
        #expect(abs(widths[2] / widths[1] - 0.5) < 0.01)
        let tops = rects.compactMap { $0["y"].flatMap(Double.init) }
        #expect(tops == tops.sorted(), "bars keep the given order")
    }

    @Test func timePointLandsInItsQuadrantAndDuplicatesMerge() throws {
        let points = [Charts.Point(label: "Arkiv", functional: 4, technical: 4),
                      Charts.Point(label: "Lønn", functional: 2, technical: 1),
                      Charts.Point(label: "Skole", functional: 2, technical: 1),
                      Charts.Point(label: "Helse", functional: 2, technical: 1),
                      Charts.Point(label: "Ugyldig", functional: 0, technical: 9)]
        let root = try #require(XMLTree.parse(Charts.timeQuadrants(id: "t", title: "", description: "", points: points)))
        let groups = root.all.filter { $0["class"] == "point" }
        #expect(groups.count == 2)
        let single = try #require(groups.first { $0["data-count"] == "1" })
        let circle = try #require(single.children.first { $0.name == "circle" })
        let (cx, cy) = (try #require(circle.double("cx")), try #require(circle.double("cy")))
        for (quadrant, inside) in [("invest", true), ("tolerate", false), ("migrate", false), ("eliminate", false)] {
            let rect = try #require(root.all.first { $0["class"] == "quadrant \(quadrant)" })
            let (x, y, w, h) = (rect.double("x") ?? 0, rect.double("y") ?? 0, rect.double("width") ?? 0, rect.double("height") ?? 0)
            #expect((x < cx && cx < x + w && y < cy && cy < y + h) == inside, "\(quadrant)")
        }
        let merged = try #require(groups.first { $0["data-count"] == "3" })
        #expect(merged.children.first { $0.name == "text" }?.text == "3")
        #expect(merged.children.first { $0.name == "title" }?.text.contains("Lønn, Skole, Helse") == true)
        let radius = { (group: XMLTree) in group.children.first { $0.name == "circle" }?.double("r") ?? 0 }
        #expect(radius(merged) > radius(single))
        for name in ["Investere", "Tolerere", "Migrere", "Eliminere", "Funksjonell egnethet", "Teknisk egnethet"] {
            #expect(root.all.contains { $0.name == "text" && $0.text == name }, "\(name)")
        }
    }

    @Test func timelineDrawsOnlyWhatIsInTheWindow() throws {
        let events = try [("2025-12-31", Charts.EventKind.endOfLife), ("2026-02-15", .phaseOut), ("2026-08-01", .phaseOut),
                          ("2027-01-01", .contractEnd), ("2030-01-01", .milestone)]
            .map { Charts.TimelineEvent(date: try Self.day($0.0), kind: $0.1, text: $0.0) }
        let spans = [Charts.Span(start: try Self.day("2020-01-01"), end: try Self.day("2021-01-01"), label: "Gammel"),
                     Charts.Span(start: try Self.day("2025-01-01"), end: try Self.day("2030-01-01"), label: "Lang", tone: 2)]
        let svg = Charts.timeline(id: "r", title: "", description: "", start: try Self.day("2026-01-01"), months: 24,
                                  rows: [Charts.TimelineRow(label: "Arkiv", events: events, spans: spans)])
        let root = try #require(XMLTree.parse(svg))
        let markers = root.all.filter { $0["class"]?.hasPrefix("event ") == true }
        #expect(markers.map { $0["class"] ?? "" } == ["event phase-out", "event phase-out", "event contract-end"])
        #expect(markers.first?.children.contains { $0.name == "polygon" } == true)
        #expect(markers.last?.children.contains { $0.name == "rect" } == true)
        #expect(markers.first?.children.first { $0.name == "title" }?.text.contains("(2026-02-15)") == true)
        let xs = markers.compactMap(\.translation?.x)
        #expect(xs.count == 3 && xs == xs.sorted() && Set(xs).count == 3)
        let drawnSpans = root.all.filter { $0["class"] == "span" }
        #expect(drawnSpans.count == 1, "the span before the window is left out")
        let bar = try #require(drawnSpans.first?.children.first { $0.name == "rect" })
        let reportLine = try #require(root.all.first { $0["class"] == "report-date" }?.children.first { $0.name == "line" })
        let width = try #require(root.double("width"))
        #expect(bar.double("x") == reportLine.double("x1"), "clipped at the report date")
        #expect((bar.double("x") ?? 0) + (bar.double("width") ?? 0) <= width)
        #expect(svg.contains(">Rapportdato<") && svg.contains(">2026<") && svg.contains(">2027<") && svg.contains(">jun<"))
        #expect(svg.contains(">Utfasing<") && svg.contains(">Avtaleslutt<") && !svg.contains(">Milepæl<"), "legend lists drawn kinds")
    }

    @Test func timelinePositionsFollowTheMonthScale() throws {
        let scale = MonthScale(start: try Self.day("2026-01-01"), months: 12)
        #expect(scale.position(try Self.day("2026-01-01")) == 0)
        #expect(scale.position(try Self.day("2026-03-16")) == 2 + 15.0 / 31)
        #expect(scale.position(try Self.day("2027-02-15")) == 13 + 14.0 / 28)
        #expect(abs(scale.positionAfter(try Self.day("2026-12-31")) - 12) < 1e-9)
        #expect(scale.month(at: 13) == (2027, 2))
        let (before, last) = (try Self.day("2025-12-31"), try Self.day("2027-01-01"))
        #expect(!scale.contains(before) && scale.contains(last))
    }

    @Test func largeNetworkFitsInsideItsDrawing() throws {
        let (nodes, edges) = Self.sampleNetwork(count: 150, edges: 300)
        let svg = Charts.network(id: "n", title: "", description: "", nodes: nodes, edges: edges)
        #expect(svg == Charts.network(id: "n", title: "", description: "", nodes: nodes, edges: edges))
        let root = try #require(XMLTree.parse(svg))
        let (width, height) = (try #require(root.double("width")), try #require(root.double("height")))
        let drawnNodes = root.all.filter { $0["class"]?.hasPrefix("node") == true }
        #expect(drawnNodes.count == 150)
        var points: [(Double, Double)] = []
        for node in drawnNodes {
            for child in node.children {
                if let x = child.double("cx") ?? child.double("x"), let y = child.double("cy") ?? child.double("y") { points.append((x, y)) }
            }
        }
        #expect(points.count == 300, "a shape and a label anchor per node")
        #expect(points.allSatisfy { $0.0 >= 0 && $0.0 <= width && $0.1 >= 0 && $0.1 <= height })
        // The label's far end, estimated as the layout does, stays inside too.
        let center = width / 2
        let labels = drawnNodes.compactMap { $0.children.first { $0.name == "text" } }
        for label in labels {
            let (x, y) = (label.double("x") ?? 0, label.double("y") ?? 0)
            let reach = ((x - center) * (x - center) + (y - center) * (y - center)).squareRoot() + Label.width(label.text, fontSize: 11)
            #expect(reach <= center)
        }
        let neighbours = zip(labels, labels.dropFirst()).map { a, b in
            hypot((a.double("x") ?? 0) - (b.double("x") ?? 0), (a.double("y") ?? 0) - (b.double("y") ?? 0))
        }
        #expect((neighbours.min() ?? 0) >= 12, "labels of neighbouring nodes do not overlap")
        #expect(root.all.filter { $0["class"]?.hasPrefix("edge") == true }.count == 300)
    }

    @Test func networkEdgesShowDirectionAndPersonalData() throws {
        let nodes = [Charts.Node(id: "arkiv", label: "Arkiv", group: "Felles"),
                     Charts.Node(id: "lonn", label: "Lønn", group: "Økonomi"),
                     Charts.Node(id: "fiks", label: "Fiks", group: "Felles", external: true)]
        let edges = [Charts.Edge(from: "arkiv", to: "lonn", direction: .both, personalData: true, label: "Ansatte"),
                     Charts.Edge(from: "arkiv", to: "fiks", direction: .in, label: "Post"),
                     Charts.Edge(from: "arkiv", to: "ukjent"),
                     Charts.Edge(from: "arkiv", to: "arkiv")]
        let root = try #require(XMLTree.parse(Charts.network(id: "n", title: "", description: "", nodes: nodes, edges: edges)))
        let drawn = root.all.filter { $0["class"]?.hasPrefix("edge") == true }
        #expect(drawn.count == 2, "edges to unknown nodes and to the node itself are left out")
        let personal = try #require(drawn.first { $0["class"] == "edge personal" })
        let plain = try #require(drawn.first { $0["class"] == "edge" })
        #expect(personal["stroke-dasharray"] == "6 3" && plain["stroke-dasharray"] == "none")
        #expect((personal.double("stroke-width") ?? 0) > (plain.double("stroke-width") ?? 0))
        #expect(personal["marker-start"] == "url(#n-arrow-personal-start)" && personal["marker-end"] == "url(#n-arrow-personal)")
        #expect(plain["marker-start"] == "none")
        #expect(personal.children.first?.text == "Arkiv ↔ Lønn: Ansatte · personopplysninger")
        #expect(plain.children.first?.text == "Arkiv ← Fiks: Post")
        // Drawn from Fiks to Arkiv, so the arrowhead at the end points at Arkiv.
        let arkiv = try #require(root.all.first { $0["class"] == "node" && $0.children.first?.text.hasPrefix("Arkiv") == true })
        let arkivCircle = try #require(arkiv.children.first { $0.name == "circle" })
        let end = try #require(plain["d"]?.split(separator: " ").last?.split(separator: ",").compactMap { Double($0) })
        #expect(hypot(end[0] - (arkivCircle.double("cx") ?? 0), end[1] - (arkivCircle.double("cy") ?? 0)) < 8)
        #expect(root.all.first { $0["class"] == "node external" }?.children.contains { $0.name == "rect" } == true)
        #expect(root.all.filter { $0["class"] == "group" }.count == 2)
        let legend = root.all.filter { $0["class"] == "legend-item" }.compactMap { $0.children.last?.text }
        #expect(legend.contains("Med personopplysninger (tykk, stiplet)") && legend.contains("Integrasjon (pilen viser retningen)"))
    }
}

/// A parsed element, enough to look charts over in tests.
final class XMLTree {
    let name: String
    let attributes: [String: String]
    var children: [XMLTree] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    subscript(_ attribute: String) -> String? { attributes[attribute] }
    func double(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }
    /// This element and everything below it, in document order.
    var all: [XMLTree] { [self] + children.flatMap(\.all) }
    /// The offset of `transform="translate(x y)"`.
    var translation: (x: Double, y: Double)? {
        guard let value = self["transform"], value.hasPrefix("translate("), value.hasSuffix(")") else { return nil }
        let numbers = value.dropFirst("translate(".count).dropLast().split(separator: " ").compactMap { Double($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }

    /// The document's root, or nil when the text is not well-formed XML.
    static func parse(_ text: String) -> XMLTree? {
        let builder = Builder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = builder
        return parser.parse() ? builder.root : nil
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLTree] = []
        var root: XMLTree?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let element = XMLTree(name: name, attributes: attributes)
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
