import Foundation
import Basics
import FrontMatter
import OrdenCatalogue
import OrdenModel
import OrdenSource

extension SourceHistory {
    /// The history of the git repository that holds `root`, read with one `git log` (and one
    /// `git rev-parse` to learn whether the clone is shallow). Outside a repository, without
    /// git, or in a repository without commits, the history is empty. With `fieldChanges`, one
    /// `git cat-file --batch` reads the changed versions of records, to tell which fields changed.
    package static func load(root: URL, git: GitRunner = .system, fieldChanges: Bool = true) -> SourceHistory {
        let folder = root.standardizedFileURL.path
        guard let probe = git.run(["-C", folder, "rev-parse", "--is-shallow-repository"]) else { return .empty }
        let shallow = String(decoding: probe, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "true"
        guard let log = git.run(["-C", folder] + GitLog.arguments) else { return .empty }
        let (history, blobs) = GitLog.read(log, shallow: shallow)
        return fieldChanges ? FieldChanges.annotate(history, blobs: blobs, folder: folder, git: git) : history
    }
}

/// The one `git log` Orden runs, and how its output is read.
///
/// Each commit is written as `/hash NUL parents NUL author date NUL commit date NUL author NUL
/// subject NUL`, followed by a newline and the changed files, each as `:modes blobs status NUL
/// path NUL` (`--raw`: the blobs before and after, so that what changed can be read without
/// another git per commit). Paths never begin with `/` (git stores them relative), so a field
/// that does starts the next commit. With `-z` git writes file names as they are, without quoting.
enum GitLog {
    static let format = "/%H%x00%P%x00%aI%x00%cI%x00%aN%x00%s"

    static let arguments: [String] = [
        // Settings in a user's configuration that would change what log writes.
        "-c", "log.follow=false", "-c", "log.showSignature=false", "-c", "core.quotePath=false",
        "log", "-z", "--no-merges", "--no-renames", "--raw", "--no-abbrev", "--no-color", "--encoding=UTF-8",
        // Only changes below the source folder, with paths relative to it.
        "--relative", "--format=" + format, "--", ".",
    ]

    /// Reads the log. In a shallow clone the oldest commits git has show every file as added
    /// when it was not: their files are left out, so those records show no date rather than a wrong one.
    static func parse(_ log: Data, shallow: Bool) -> SourceHistory {
        read(log, shallow: shallow).history
    }

    /// The blobs of a file before and after a commit (all zeros where there was no file).
    struct Blobs: Sendable, Hashable {
        var old: String
        var new: String
    }

    /// The history, and for each commit (by hash) the blobs of the files it changed, where git gave them.
    static func read(_ log: Data, shallow: Bool) -> (history: SourceHistory, blobs: [String: [String: Blobs]]) {
        var blobs: [String: [String: Blobs]] = [:]
        let fields = log.split(separator: 0, omittingEmptySubsequences: false)
        var commits: [SourceHistory.Commit] = []
        var index = 0
        while index < fields.count {
            let start = fields[index]
            guard start.first == UInt8(ascii: "/"), index + 5 < fields.count else {
                index += 1
                continue
            }
            let hash = text(start.dropFirst())
            let parents = text(fields[index + 1])
            let authorDate = text(fields[index + 2])
            let commitDate = text(fields[index + 3])
            let author = text(fields[index + 4])
            let subject = text(fields[index + 5])
            index += 6
            var paths: [String] = []
            var changed: [String: Blobs] = [:]
            var first = true
            var raw: Blobs?
            while index < fields.count, fields[index].first != UInt8(ascii: "/") {
                var name = fields[index]
                // The file list is separated from the header by a newline.
                if first, name.first == UInt8(ascii: "\n") { name = name.dropFirst() }
                first = false
                index += 1
                // `:100644 100644 <old> <new> M` before each path.
                if raw == nil, name.first == UInt8(ascii: ":") {
                    let parts = text(name).split(separator: " ")
                    raw = parts.count >= 5 ? Blobs(old: String(parts[2]), new: String(parts[3])) : nil
                    continue
                }
                if let path = String(validating: name, as: UTF8.self), !path.isEmpty {
                    paths.append(path)
                    if let raw { changed[path] = raw }
                }
                raw = nil
            }
            guard hash.count >= 40, hash.allSatisfy(\.isHexDigit),
                  let day = Day(String(authorDate.prefix(10))), let committed = RFC3339.seconds(commitDate) else { continue }
            if shallow && parents.isEmpty { paths = [] }
            guard !paths.isEmpty else { continue }
            if !changed.isEmpty { blobs[hash] = changed }
            commits.append(SourceHistory.Commit(
                hash: hash, author: author.trimmingCharacters(in: .whitespaces), authorDate: authorDate, day: day,
                committed: committed, subject: subject, paths: paths.sorted()))
        }
        return (SourceHistory(commits: commits), blobs)
    }

    /// Names and messages are UTF-8 unless an old commit stored them in another encoding
    /// without saying so; those are read as Windows-1252 rather than shown with replacement marks.
    private static func text(_ bytes: Data) -> String {
        String(validating: bytes, as: UTF8.self) ?? Windows1252.decode(bytes)
    }
}

/// Dates as git writes them with `%aI`: `2026-11-26T10:15:00+01:00` (or `Z`).
package enum RFC3339 {
    /// Seconds since 1970-01-01T00:00:00Z, or nil if the text is not such a date.
    package static func seconds(_ text: String) -> Int? {
        let scalars = Array(text.utf8)
        guard scalars.count >= 20, scalars[10] == UInt8(ascii: "T") || scalars[10] == UInt8(ascii: "t"),
              let day = Day(String(decoding: scalars[0..<10], as: UTF8.self)),
              scalars[13] == UInt8(ascii: ":"), scalars[16] == UInt8(ascii: ":"),
              let hour = number(scalars[11..<13]), let minute = number(scalars[14..<16]), let second = number(scalars[17..<19]),
              hour < 24, minute < 60, second <= 60 else { return nil }
        var rest = scalars[19...]
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst().drop { (0x30...0x39).contains($0) }
        }
        let offset: Int
        if rest.elementsEqual("Z".utf8) || rest.elementsEqual("z".utf8) {
            offset = 0
        } else {
            let zone = Array(rest)
            guard zone.count == 6, zone[0] == UInt8(ascii: "+") || zone[0] == UInt8(ascii: "-"), zone[3] == UInt8(ascii: ":"),
                  let hours = number(zone[1..<3]), let minutes = number(zone[4..<6]) else { return nil }
            offset = (zone[0] == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
        }
        return daysSince1970(day) * 86_400 + hour * 3600 + minute * 60 + second - offset
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    static func daysSince1970(_ day: Day) -> Int { day.daysSince1970 }
}
