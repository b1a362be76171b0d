import Foundation

/// A txtar archive: a comment, then files, each introduced by a marker line `-- path --`.
///
///     Anything before the first marker is the comment.
///     -- orden.yml --
///     title: Test
///     -- content/catalogue/vendors/acme.md --
///     ---
///     name: Acme
///     ---
///
/// The format is Go's (golang.org/x/tools/txtar), which Hugo's integration tests and Go's
/// testscript use, so that a whole small site reads as one string in the test that uses it.
///
/// Line ends: a file's text runs from the line after its marker to the line before the next
/// marker, line ends included. A Swift multi-line literal drops the last line end before its
/// closing `"""`, so, as in Go, a non-empty file that does not end with a line end gets one. A file
/// can therefore not be written without a final line end in txtar: give such a file to
/// `TestSite(files:)` as a dictionary instead. An empty section is an empty file.
struct Txtar: Equatable {
    struct File: Equatable {
        var name: String
        var text: String
    }

    var comment: String
    var files: [File]

    init(comment: String = "", files: [File] = []) {
        self.comment = comment
        self.files = files
    }

    /// Reads an archive. Never fails: text that is not a marker belongs to the comment or a file.
    init(parsing text: String) {
        var comment = ""
        var files: [File] = []
        // Split at LF bytes keeping the line ends, so that a file's text is given back byte for
        // byte (Swift reads CR LF as one Character, which a search for "\n" would not find).
        var lines: [String] = []
        var line: [UInt8] = []
        for byte in text.utf8 {
            line.append(byte)
            if byte == UInt8(ascii: "\n") { lines.append(String(decoding: line, as: UTF8.self)); line = [] }
        }
        if !line.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
        for line in lines {
            if let name = Self.markerName(line) {
                files.append(File(name: name, text: ""))
            } else if files.isEmpty {
                comment += line
            } else {
                files[files.count - 1].text += line
            }
        }
        self.comment = Self.withFinalLineEnd(comment)
        self.files = files.map { File(name: $0.name, text: Self.withFinalLineEnd($0.text)) }
    }

    /// `-- name --` with a non-empty name, and nothing else on the line (but its line end).
    static func markerName(_ line: String) -> String? {
        var scalars = Substring(line).unicodeScalars
        if scalars.last == "\n" { scalars.removeLast() }
        if scalars.last == "\r" { scalars.removeLast() }
        let text = String(scalars)
        guard text.hasPrefix("-- "), text.hasSuffix(" --"), text.count > 6 else { return nil }
        let name = text.dropFirst(3).dropLast(3).trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }

    static func withFinalLineEnd(_ text: String) -> String {
        text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
    }

    /// The archive as text again; `Txtar(parsing: archive.text) == archive` for any archive whose
    /// texts end with a line end.
    var text: String {
        var out = Self.withFinalLineEnd(comment)
        for file in files {
            out += "-- \(file.name) --\n" + Self.withFinalLineEnd(file.text)
        }
        return out
    }

    /// The text of the first file of that name.
    subscript(name: String) -> String? {
        get { files.first { $0.name == name }?.text }
        set {
            if let index = files.firstIndex(where: { $0.name == name }) {
                if let newValue { files[index].text = newValue } else { files.remove(at: index) }
            } else if let newValue {
                files.append(File(name: name, text: newValue))
            }
        }
    }

    /// The files as a site: path → text. A name given twice keeps its last text, as writing the
    /// files one after the other would.
    var dictionary: [String: String] {
        Dictionary(files.map { ($0.name, $0.text) }, uniquingKeysWith: { $1 })
    }
}
