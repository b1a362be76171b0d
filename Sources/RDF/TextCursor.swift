import Basics

/// A position in a text that knows its line and column, for the Turtle and JSON-LD readers.
struct TextCursor {
    let scalars: [Unicode.Scalar]
    private(set) var index = 0
    /// The index of the first scalar of each line.
    private let lineStarts: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        // A line ends at LF, CR LF or a lone CR: Turtle keeps a CR inside a literal as it is, so
        // the text is not normalised before parsing, and the line numbers must count all three.
        var starts = [0]
        for (offset, scalar) in scalars.enumerated() {
            if scalar == "\n" || scalar == "\r" && (offset + 1 == scalars.count || scalars[offset + 1] != "\n") {
                starts.append(offset + 1)
            }
        }
        lineStarts = starts
    }

    var atEnd: Bool { index >= scalars.count }
    var current: Unicode.Scalar? { peek(0) }

    func peek(_ offset: Int) -> Unicode.Scalar? {
        let position = index + offset
        return position >= 0 && position < scalars.count ? scalars[position] : nil
    }

    mutating func advance(_ count: Int = 1) { index = min(index + count, scalars.count) }

    /// Goes back to a position saved earlier, after looking ahead.
    mutating func move(to position: Int) { index = max(0, min(position, scalars.count)) }

    /// Consumes `scalar` when it is next.
    mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard current == scalar else { return false }
        advance()
        return true
    }

    /// Whether the text at the cursor starts with `word` (ASCII, optionally ignoring case).
    func lookingAt(_ word: String, ignoringCase: Bool = false) -> Bool {
        for (offset, expected) in word.unicodeScalars.enumerated() {
            guard let actual = peek(offset) else { return false }
            if ignoringCase ? lower(actual) != lower(expected) : actual != expected { return false }
        }
        return true
    }

    private func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }

    /// The 1-based line and column of an index (column counted in characters).
    func position(of index: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return (low + 1, index - lineStarts[low] + 1)
    }

    func location(in path: String, at index: Int? = nil) -> SourceLocation {
        let (line, column) = position(of: index ?? self.index)
        return SourceLocation(path: path, line: line, column: column)
    }

    /// What is at the cursor, for "found …" in an error message.
    var foundDescription: String {
        guard let current else { return "the end of the file" }
        switch current {
        case "\n", "\r": return "the end of the line"
        case " ", "\t": return "a space"
        default:
            var word = ""
            for offset in 0..<20 {
                guard let scalar = peek(offset), !" \t\r\n".unicodeScalars.contains(scalar) else { break }
                word.unicodeScalars.append(scalar)
                if offset > 0 && ".;,[]()".unicodeScalars.contains(scalar) { break }
            }
            return "“\(word)”"
        }
    }
}
