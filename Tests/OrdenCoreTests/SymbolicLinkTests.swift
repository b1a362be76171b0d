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
@testable import OrdenHistory
@testable import OrdenModel
@testable import OrdenSite
@testable import OrdenSource
@testable import RDF
@testable import Spreadsheet

/// Symbolic links in a source on disk: one that leads out of the source folder is refused with
/// a diagnostic and its target never read (not published, not echoed in a message); one that
/// stays inside is followed.
struct SymbolicLinkTests {
    let secret = "HEMMELIG-INNHOLD-UTENFOR"

    /// A source folder with the fixture site, and beside it a folder the source must not reach.
    func folders() throws -> (source: URL, outside: URL, cleanup: () -> Void) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("orden-links-\(UUID().uuidString)", isDirectory: true)
        let source = base.appendingPathComponent("kilde", isDirectory: true)
        let outside = base.appendingPathComponent("utenfor", isDirectory: true)
        for (path, text) in Fixture.files {
            let url = source.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        return (source, outside, { try? FileManager.default.removeItem(at: base) })
    }

    func link(_ path: String, in source: URL, to target: URL) throws {
        let url = source.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target.path)
    }

    func expectRefused(_ path: String, _ result: (files: [String: Data], diagnostics: [Diagnostic])) {
        let refusal = result.diagnostics.first { $0.location.path == path && $0.severity == .error }
        #expect(refusal?.message.contains("symbolic link to a file outside the source folder") == true, "\(result.diagnostics)")
        #expect(refusal?.hint?.isEmpty == false)
        for diagnostic in result.diagnostics {
            #expect(!"\(diagnostic.message) \(diagnostic.hint ?? "")".contains(secret), "the link's target in \(diagnostic)")
        }
        for (file, bytes) in result.files {
            #expect(!String(decoding: bytes, as: UTF8.self).contains(secret), "the link's target in \(file)")
        }
    }

    @Test func aThemeFileLinkedToAFileOutsideTheSourceIsRefusedAndNotPublished() throws {
        let (source, outside, cleanup) = try folders()
        defer { cleanup() }
        let target = outside.appendingPathComponent("passwd")
        try Data("root:x:0:0:\(secret):/root:/bin/sh\n".utf8).write(to: target)
        try link("themes/default/static/passwd.txt", in: source, to: target)
        let result = Orden.buildInMemory(.directory(source))
        expectRefused("themes/default/static/passwd.txt", result)
        #expect(result.files["passwd.txt"] == nil)
    }

    @Test func aContentFileLinkedToAFileOutsideTheSourceIsNeverRead() throws {
        let (source, outside, cleanup) = try folders()
        defer { cleanup() }
        // Values that a diagnostic would quote, were the file read: an unknown field and a bad date.
        let target = outside.appendingPathComponent("hemmelig.md")
        try Data("---\nproduct: \(secret)\n\(secret.lowercased()): 1\nreviewed: \(secret)\n---\n".utf8).write(to: target)
        let path = "\(Fixture.municipalityA)/systems/lenke.md"
        try link(path, in: source, to: target)
        expectRefused(path, Orden.buildInMemory(.directory(source)))
        expectRefused(path, ([:], Orden.check(.directory(source)).diagnostics))
    }

    @Test func linksThatStayInsideTheSourceAreFollowed() throws {
        let (source, _, cleanup) = try folders()
        defer { cleanup() }
        let own = source.appendingPathComponent("themes/default/static/egen.css")
        try FileManager.default.createDirectory(at: own.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("body { color: black }\n".utf8).write(to: own)
        try link("themes/default/static/kopi.css", in: source, to: own)
        let result = Orden.buildInMemory(.directory(source))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        #expect(result.files["kopi.css"] == Data("body { color: black }\n".utf8))
    }
}
