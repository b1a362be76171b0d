import Foundation
import Synchronization
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

/// Golden transcripts of the `orden` executable, one txtar file each in `Tests/cli/`: a comment
/// saying what the transcript shows, `-- cmd --` with one `orden …` line per command (run in the
/// site's folder, in order), the site's files, and what the commands print: `-- stdout --`,
/// `-- stderr --` (each command's output after the one before) and `-- status --` (one exit status
/// a line).
///
/// The site's temporary folder is written `$WORK` and timings `X`, so that a transcript reads
/// the same on every machine. When the output changes on purpose, write the expected sections
/// again with `ORDEN_UPDATE_GOLDEN=1 swift test --skip-build --filter CLITranscriptTests` and read
/// the difference in `git diff`.
@Suite struct CLITranscriptTests {
    static let folder = BuildTests.repository.appendingPathComponent("Tests/cli")
    static let sections: Set<String> = ["cmd", "stdout", "stderr", "status"]

    static var transcripts: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txtar") }.sorted()
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: CommandLineTests.binary.path), "needs .build/debug/orden"),
          arguments: transcripts)
    func transcript(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        var archive = Txtar(parsing: try String(contentsOf: url, encoding: .utf8))
        let commands = try Self.commands(archive["cmd"] ?? "")
        #expect(!commands.isEmpty, "\(name) has no -- cmd -- section")

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("orden-transcript-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        for file in archive.files where !Self.sections.contains(file.name) {
            let target = work.appendingPathComponent(file.name)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: target)
        }
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)

        var stdout = "", stderr = "", status = ""
        for arguments in commands {
            let run = try Self.run(Array(arguments.dropFirst()), in: work)
            stdout += Self.normalised(run.output, work: work)
            stderr += Self.normalised(run.errors, work: work)
            status += "\(run.status)\n"
        }
        let actual = ["stdout": stdout, "stderr": stderr, "status": status]

        if Golden.updating {
            for section in ["stdout", "stderr", "status"] {
                archive[section] = Txtar.withFinalLineEnd(actual[section] ?? "")
            }
            try Data(archive.text.utf8).write(to: url)
            return
        }
        for section in ["stdout", "stderr", "status"] {
            let expected = archive[section] ?? ""
            let got = Txtar.withFinalLineEnd(actual[section] ?? "")
            #expect(got == expected, "\(name): -- \(section) -- \(Golden.firstDifference(Data(expected.utf8), Data(got.utf8)))\nwhole output:\n\(got)")
        }
    }

    /// The command lines, each split into words as a shell would for simple quoting: 'a b' and "a b".
    static func commands(_ text: String) throws -> [[String]] {
        var commands: [[String]] = []
        for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty && !line.hasPrefix("#") {
            var words: [String] = [], word = "", quote: Character?, inWord = false
            for character in line {
                if let open = quote {
                    if character == open { quote = nil } else { word.append(character) }
                } else if character == "'" || character == "\"" {
                    quote = character; inWord = true
                } else if character == " " || character == "\t" {
                    if inWord { words.append(word); word = ""; inWord = false }
                } else {
                    word.append(character); inWord = true
                }
            }
            if inWord { words.append(word) }
            guard words.first == "orden" else { throw TranscriptError("a command must start with orden: \(line)") }
            commands.append(words)
        }
        return commands
    }

    struct TranscriptError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static func run(_ arguments: [String], in folder: URL) throws -> CommandLineTests.Run {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin", "HOME": folder.path]
        try process.run()
        // Both pipes are read at once, so that a command that fills one cannot block on it.
        let errors = Mutex(Data())
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) {
            let data = err.fileHandleForReading.readDataToEndOfFile()
            errors.withLock { $0 = data }
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        reading.wait()
        process.waitUntilExit()
        return CommandLineTests.Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                                    errors: String(decoding: errors.withLock { $0 }, as: UTF8.self))
    }

    /// The temporary folder as `$WORK`, and every duration as `X`: `(0.12 s)`, `in 1.5 s`, `(12 ms)`.
    static func normalised(_ text: String, work: URL) -> String {
        var text = text
        for path in Set([work.resolvingSymlinksInPath().path, work.standardizedFileURL.path, work.path]).sorted(by: { $0.count > $1.count }) {
            text = text.replacingOccurrences(of: path, with: "$WORK")
        }
        text = text.replacingOccurrences(of: #"\b\d+(\.\d+)? (s|ms)\b"#, with: "X $2", options: .regularExpression)
        return text
    }
}
