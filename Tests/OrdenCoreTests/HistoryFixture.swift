import Foundation
@testable import Basics
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

/// Canned git output and histories for the history tests.
enum HistoryFixture {
    struct LogCommit {
        var hash: String
        var parents = "0000000000000000000000000000000000000000"
        var authorDate: String
        var commitDate: String? = nil
        var author: [UInt8]
        var subject = "Oppdatering"
        var files: [[UInt8]]

        init(_ hashDigit: Character, parents: String? = nil, date: String, committed: String? = nil, author: String, subject: String = "Oppdatering", files: [String]) {
            hash = String(repeating: hashDigit, count: 40)
            if let parents { self.parents = parents }
            authorDate = date
            commitDate = committed
            self.author = Array(author.utf8)
            self.subject = subject
            self.files = files.map { Array($0.utf8) }
        }
    }

    /// Bytes as `git log` writes them with GitLog's arguments.
    static func log(_ commits: [LogCommit]) -> Data {
        var bytes: [UInt8] = []
        for commit in commits {
            let header: [[UInt8]] = [
                Array(("/" + commit.hash).utf8), Array(commit.parents.utf8), Array(commit.authorDate.utf8),
                Array((commit.commitDate ?? commit.authorDate).utf8), commit.author, Array(commit.subject.utf8),
            ]
            for field in header { bytes += field + [0] }
            guard !commit.files.isEmpty else { continue }
            bytes.append(UInt8(ascii: "\n"))
            for file in commit.files { bytes += file + [0] }
        }
        return Data(bytes)
    }

    /// A runner that answers like git in a full clone with `log`.
    static func runner(_ log: Data, shallow: Bool = false) -> GitRunner {
        GitRunner { arguments in
            if arguments.contains("rev-parse") { return Data((shallow ? "true\n" : "false\n").utf8) }
            if arguments.contains("log") { return log }
            return nil
        }
    }

    static let system = "\(Fixture.municipalityA)/systems/arkiv.md"
    static let internalSystem = "\(Fixture.municipalityA)/systems/skjult.md"
    static let dataset = "\(Fixture.municipalityA)/datasets/postliste.md"

    /// Kari changed the archive system last; Ola wrote the dataset and, in the same commit,
    /// the internal system; an older commit touched the archive system and orden.yml.
    static var history: SourceHistory {
        GitLog.parse(log([
            LogCommit("c", date: "2026-11-26T10:15:00+01:00", author: "Kari Nordmann", subject: "Nytt driftsansvar for arkivet", files: [system]),
            LogCommit("b", date: "2026-11-20T09:00:00+01:00", author: "Ola Hansen", subject: "HEMMELIG-MELDING om skjult system",
                      files: [dataset, internalSystem]),
            LogCommit("a", date: "2026-10-01T08:00:00+02:00", author: "Per Olsen", files: [system, "orden.yml", "README.md"]),
        ]), shallow: false)
    }

    static func build(_ files: [String: String] = Fixture.files, history: SourceHistory = HistoryFixture.history, audience: Audience = .public) -> (files: [String: Data], diagnostics: [Diagnostic]) {
        let built = TestSite(files: files, audience: audience, history: history).build()
        return (built.files, built.diagnostics)
    }
}
