/// Cheap checks on a Markdown body before it reaches cmark-gfm. Debian's 0.29.0.gfm.6 lacks
/// upstream's later fixes for quadratic inputs: 120 KB of `![[]()` took 18 s, a 19 KB table of
/// 3,000 columns 2.5 GB. One linear pass bounds the size, the nesting, the work cmark does for
/// brackets, table headers and e-mail autolinks, and the cells of tables, each where the worst
/// input stays well under a second and far above what a real text needs (a record's text is a
/// page or two). The limits were measured with scripts/fuzz-markdown.
enum MarkdownGuard {
    /// The worst text of this size (a run of `*a_`, or one character per line) takes cmark a
    /// quarter of a second; the longest text in a real repository is a few KiB.
    static let maximumBytes = 128 * 1024
    /// Quotes and lists, counted from each line's markers and indentation (two columns a level).
    /// cmark matches every open container on every line, so depth multiplies all later work.
    static let maximumDepth = 24
    static let maximumColumns = 64
    /// cmark pads every row to the table's width: cells, not bytes, decide the page's size.
    static let maximumCells = 50_000
    /// cmark walks back over every open `![` each time a link closes (`![[]()` repeated).
    static let maximumBracketWork = 1_000_000
    /// For every line that looks like a table's delimiter row, cmark reads the whole paragraph
    /// above it again as a possible header (bytes read).
    static let maximumHeaderWork = 400_000
    /// For each of the first thousand `@` in a paragraph, the autolink extension copies the rest
    /// of the paragraph, and for each `www.` it scans on over it (bytes copied or scanned).
    static let maximumAddressWork = 20_000_000

    /// The first problem found, or nil if the text may be handed to cmark.
    static func check(_ markdown: String) -> Markdown.Problem? {
        let size = markdown.utf8.count
        if size > maximumBytes {
            return Markdown.Problem(
                line: 1, column: 1,
                message: "the text below the front matter is \(size / 1024) KiB; the limit is \(maximumBytes / 1024) KiB",
                hint: "a record's text is a page or two; put long documents elsewhere and link to them")
        }
        var text = markdown
        return text.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes)
            return scanner.run()
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var line = 0
        // The run of non-blank lines the current line belongs to: a paragraph or more.
        var runLine = 0
        var runBytes = 0
        var runAts = 0
        /// `www.`: the autolink extension scans on over the rest of the paragraph for each.
        var runWebAddresses = 0
        var openImages = 0
        var table: (columns: Int, markers: Int)?
        /// The cells of the line before, in the same run: a delimiter row's possible header.
        var previousColumns = 0
        var bracketWork = 0
        var headerWork = 0
        var addressWork = 0
        var cells = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func run() -> Markdown.Problem? {
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                line += 1
                if let problem = take(start, end) { return problem }
                start = end + 1
            }
            return endRun()
        }

        private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

        private mutating func take(_ start: Int, _ end: Int) -> Markdown.Problem? {
            if bytes[start..<end].allSatisfy(Self.isSpace) { return endRun() }
            if runBytes == 0 { runLine = line }

            // Container markers (> - + * 1. 1)) and the indentation before them.
            var index = start
            var markers = 0
            var indentation = 0
            var pending = 0
            while index < end {
                let byte = bytes[index]
                if byte == 0x20 { pending += 1; index += 1; continue }
                if byte == 0x09 { pending += 4; index += 1; continue }
                var after = index
                if byte == 0x3E {  // >
                    after = index + 1
                } else if byte == 0x2D || byte == 0x2B || byte == 0x2A {  // - + *
                    guard index + 1 == end || Self.isSpace(bytes[index + 1]) else { break }
                    after = index + 1
                } else if (0x30...0x39).contains(byte) {
                    var digit = index
                    while digit < end && digit - index < 10 && (0x30...0x39).contains(bytes[digit]) { digit += 1 }
                    guard digit - index <= 9, digit < end, bytes[digit] == 0x2E || bytes[digit] == 0x29,
                          digit + 1 == end || Self.isSpace(bytes[digit + 1]) else { break }
                    after = digit + 1
                } else {
                    break
                }
                markers += 1
                indentation += pending
                pending = 0
                index = after
            }
            if markers + indentation / 2 > maximumDepth {
                return problem(at: start, "the text is nested too deeply (more than \(maximumDepth) levels of quotes and lists)",
                               hint: "a list or quote a few levels deep is plenty; check the indentation and the > and - at the start of the line")
            }

            if let problem = tableRow(index, end, markers: markers, lineStart: start) { return problem }

            // Inline: image openers, closing brackets and @.
            var at = index
            while at < end {
                switch bytes[at] {
                case 0x5C:  // \ escapes the next character
                    at += 1
                case 0x21 where at + 1 < end && bytes[at + 1] == 0x5B:  // ![
                    openImages += 1
                    at += 1
                case 0x5D:  // ]
                    bracketWork += openImages
                    if bracketWork > maximumBracketWork {
                        return problem(at: at, "too many [ and ![ in one paragraph: the Markdown reader would take too long over them",
                                       hint: "close every image as ![text](address), write a [ that is not a link as \\[, and put blank lines between long runs of images")
                    }
                case 0x40:  // @
                    runAts += 1
                case 0x77 where at + 3 < end && bytes[at + 1] == 0x77 && bytes[at + 2] == 0x77 && bytes[at + 3] == 0x2E:  // www.
                    runWebAddresses += 1
                default:
                    break
                }
                at += 1
            }
            runBytes += end - start + 1
            return nil
        }

        /// Tables: the width of a delimiter row, the cells of the rows after it, and the work of
        /// reading the paragraph above every line that looks like a delimiter row.
        private mutating func tableRow(_ start: Int, _ end: Int, markers: Int, lineStart: Int) -> Markdown.Problem? {
            let content = bytes[start..<end]
            var isDelimiter = content.contains(0x2D)
            var pipes = 0
            var previous: UInt8 = 0
            for byte in content {
                switch byte {
                case 0x7C: if previous != 0x5C { pipes += 1 }
                case 0x2D, 0x3A, 0x20, 0x09: break
                default: isDelimiter = false
                }
                previous = byte
            }
            let leads = content.first == 0x7C
            let trimmed = content.reversed().drop(while: Self.isSpace)
            let trails = pipes > (leads ? 1 : 0) && trimmed.first == 0x7C
            let columns = max(1, pipes + 1 - (leads ? 1 : 0) - (trails ? 1 : 0))
            if isDelimiter {
                if columns > maximumColumns {
                    return problem(at: lineStart, "the table has \(columns) columns; the limit is \(maximumColumns)",
                                   hint: "split the table, or turn it around so that the many things are rows")
                }
                if let open = table, open.markers == markers, leads {
                    cells += open.columns  // a row of dashes in a table
                } else {
                    headerWork += runBytes
                    if headerWork > maximumHeaderWork {
                        return problem(at: lineStart, "too many lines that look like a table's --- row in one paragraph: the Markdown reader would take too long over them",
                                       hint: "put a blank line before each table, and write a line of dashes in a paragraph as \\---")
                    }
                    // cmark opens a table only under a header row of as many cells; otherwise
                    // the line stays in the paragraph, and the next one is read as a header again.
                    if previousColumns == columns {
                        table = (columns, markers)
                        cells += 2 * columns
                    } else {
                        table = nil
                    }
                }
            } else if let open = table {
                if pipes == 0 || open.markers != markers || content.first.map({ "#>`~<=".utf8.contains($0) }) == true {
                    table = nil
                } else {
                    cells += open.columns
                }
            }
            previousColumns = columns
            if cells > maximumCells {
                return problem(at: lineStart, "the tables hold more than \(maximumCells) cells; the limit is \(maximumCells)",
                               hint: "a table this large belongs in a spreadsheet or a dataset; link to it")
            }
            return nil
        }

        /// Ends the run of lines: the autolink extension's work is known only now.
        private mutating func endRun() -> Markdown.Problem? {
            defer {
                runBytes = 0
                runAts = 0
                runWebAddresses = 0
                openImages = 0
                table = nil
                previousColumns = 0
            }
            addressWork += (min(runAts, 1000) + runWebAddresses) * runBytes
            if addressWork > maximumAddressWork {
                return Markdown.Problem(line: runLine, column: 1, message: "too many @ or www. in one paragraph: the Markdown reader would take too long over them",
                                        hint: "put e-mail addresses in a list, or split the paragraph with blank lines")
            }
            return nil
        }

        private func problem(at offset: Int, _ message: String, hint: String) -> Markdown.Problem {
            var lineStart = offset
            while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            let column = 1 + bytes[lineStart..<offset].count { $0 & 0xC0 != 0x80 }
            return Markdown.Problem(line: line, column: column, message: message, hint: hint)
        }
    }
}
