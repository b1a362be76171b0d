import Foundation
import Testing
@testable import Basics
@testable import FrontMatter
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenModel
@testable import OrdenSource

/// The form editor's saves: only what was edited changes, so the git diff of a save is the
/// edit and nothing else.
@Suite struct FrontMatterEditorTests {
    static let order = RecordKind.system.spec.fields.map(\.key)

    static let file = """
        ---
        # Sak- og arkivsystemet, ført av arkivleder.
        name: Sak og arkiv
        product: fjordarkiv   # fra katalogen
        owner: Dokumentsenteret
        lifecycle: {status: production, since: 2019-05-01}
        classification:
          confidentiality: 2   # vurdert 2025
          integrity: 3
          availability: 2

        # Integrasjonene går via Fiks.
        integrations:
          - to: folkeregister
            via: fiks
        reviewed: 2026-03-01
        ---
        Brødtekst som *ikke* skal endres.

        Med flere avsnitt.
        """

    /// The lines of `a` and `b` that differ, as (line number, old, new); lines added or removed
    /// at a place show as nil on one side.
    static func changedLines(_ a: String, _ b: String) -> [String] {
        let x = a.components(separatedBy: "\n"), y = b.components(separatedBy: "\n")
        var prefix = 0
        while prefix < min(x.count, y.count) && x[prefix] == y[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(x.count, y.count) - prefix && x[x.count - 1 - suffix] == y[y.count - 1 - suffix] { suffix += 1 }
        return Array(x[prefix..<(x.count - suffix)]).map { "-" + $0 } + Array(y[prefix..<(y.count - suffix)]).map { "+" + $0 }
    }

    /// The record the file gives when read as `orden check` reads it.
    static func read(_ text: String) throws -> Record<System> {
        let path = "content/municipalities/3901-horten/systems/sak.md"
        guard case .record(let entry) = ContentLayout.classify(path) else { throw FrontMatterEditor.Failure(message: "not a record path") }
        let parsed = ContentParser.parseFile(path: path, entry: entry, tree: .memory([path: text]))
        #expect(!parsed.diagnostics.hasErrors, "\(parsed.diagnostics)")
        guard case .system(let record)? = parsed.record else { throw FrontMatterEditor.Failure(message: "not a system") }
        return record
    }

    @Test func changingTheOwnerChangesOnlyItsLine() throws {
        let edited = try FrontMatterEditor.apply([.init("owner", .string("Arkivtjenesten"))], to: Self.file, order: Self.order)
        #expect(Self.changedLines(Self.file, edited) == ["-owner: Dokumentsenteret", "+owner: Arkivtjenesten"])
        #expect(try Self.read(edited).fields.owner == "Arkivtjenesten")
    }

    @Test func aFlowFieldStaysOnItsLineAndABlockFieldKeepsItsPlace() throws {
        let edited = try FrontMatterEditor.apply([
            .init("lifecycle", .map([("status", .string("phase-out")), ("since", .day(Day("2019-05-01")!)), ("end_of_life", .day(Day("2027-06-30")!))])),
            .init("classification", .map([("confidentiality", .integer(2)), ("integrity", .integer(4)), ("availability", .integer(2))])),
        ], to: Self.file, order: Self.order)
        let changed = Self.changedLines(Self.file, edited)
        #expect(changed.contains("+lifecycle: {status: phase-out, since: 2019-05-01, end_of_life: 2027-06-30}"))
        #expect(changed.contains("+  integrity: 4"))
        // The comment above integrations and the blank line before it are the next field's and stay.
        #expect(edited.contains("\n\n# Integrasjonene går via Fiks.\nintegrations:\n  - to: folkeregister\n"))
        #expect(edited.hasSuffix("---\nBrødtekst som *ikke* skal endres.\n\nMed flere avsnitt."))
        let record = try Self.read(edited)
        #expect(record.fields.lifecycle.status == .phaseOut)
        #expect(record.fields.lifecycle.endOfLife == Day("2027-06-30"))
        #expect(record.fields.classification?.integrity?.value == 4)
    }

    /// A list indented under its key keeps that indentation; one written flush stays flush.
    @Test func aListKeepsItsIndentation() throws {
        let indented = "---\nservice_areas:\n  - arkiv\n---\n"
        #expect(try FrontMatterEditor.apply([.init("service_areas", .list([.string("arkiv"), .string("post")]))], to: indented, order: Self.order)
                    == "---\nservice_areas:\n  - arkiv\n  - post\n---\n")
        let flush = "---\nintegrations:\n# Til Fiks.\n- to: fiks\n---\n"
        #expect(try FrontMatterEditor.apply([.init("integrations", .list([.map([("to", .string("fiks")), ("data", .string("a\nb"))])]))], to: flush, order: Self.order)
                    == "---\nintegrations:\n- to: fiks\n  data: |-\n    a\n    b\n---\n")
        let nested = "---\nintegrations:\n  - to: fiks\n---\n"
        #expect(try FrontMatterEditor.apply([.init("integrations", .list([.map([("to", .string("fiks")), ("data", .string("a\nb"))])]))], to: nested, order: Self.order)
                    == "---\nintegrations:\n  - to: fiks\n    data: |-\n      a\n      b\n---\n")
    }

    @Test func aNewFieldGoesWhereTheRegistryOrdersItAndARemovedOneLeavesNoTrace() throws {
        let added = try FrontMatterEditor.apply([.init("criticality", .string("high"))], to: Self.file, order: Self.order)
        #expect(Self.changedLines(Self.file, added) == ["+criticality: high"])
        let criticality = try #require(Self.order.firstIndex(of: "criticality"))
        let lines = added.components(separatedBy: "\n")
        let at = try #require(lines.firstIndex(of: "criticality: high"))
        // Every top-level field above it comes earlier in the registry, every one below it later.
        for (index, line) in lines.enumerated() where index > 0 && !line.hasPrefix(" ") && !line.hasPrefix("#") && line.contains(":") {
            guard let key = line.split(separator: ":").first.map(String.init), let position = Self.order.firstIndex(of: key), key != "criticality" else { continue }
            #expect((index < at) == (position < criticality), "\(key)")
        }
        let removed = try FrontMatterEditor.apply([.init("product", nil)], to: Self.file, order: Self.order)
        #expect(Self.changedLines(Self.file, removed) == ["-product: fjordarkiv   # fra katalogen"])
    }

    @Test func hostileTextRoundTripsAndCRLFAndTheByteOrderMarkStay() throws {
        for text in ["Kolon: og # kryss", "\"sitat\" og 'apostrof'", "yes", "2026-01-01", "- strek", "[liste]", "{kart}", "linje\nto", " mellomrom ", "æøå 🦊", "@alfa", "%prosent"] {
            let edited = try FrontMatterEditor.apply([.init("owner", .string(text))], to: Self.file, order: Self.order)
            #expect(try Self.read(edited).fields.owner == text, "\(text)")
            let flow = try FrontMatterEditor.apply([.init("lifecycle", .map([("status", .string("production")), ("since", .string(text))]))],
                                                   to: "---\nname: X\nlifecycle: {status: production}\n---\n", order: Self.order)
            // A date field given text is the reader's error to report; here only that the YAML still reads.
            #expect(throws: Never.self) { _ = try FrontMatterEditor.apply([], to: flow, order: Self.order) }
        }
        let windows = "\u{FEFF}" + Self.file.replacingOccurrences(of: "\n", with: "\r\n")
        let edited = try FrontMatterEditor.apply([.init("owner", .string("Arkivtjenesten"))], to: windows, order: Self.order)
        #expect(edited == "\u{FEFF}" + (try FrontMatterEditor.apply([.init("owner", .string("Arkivtjenesten"))], to: Self.file, order: Self.order)).replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test func aFileWithoutFrontMatterIsRefusedWithAMessage() {
        #expect(throws: FrontMatterEditor.Failure.self) { try FrontMatterEditor.apply([.init("owner", .string("x"))], to: "Bare tekst.\n", order: Self.order) }
        #expect(throws: FrontMatterEditor.Failure.self) { try FrontMatterEditor.apply([.init("owner", .string("x"))], to: "---\nname: [x\n---\n", order: Self.order) }
    }
}
