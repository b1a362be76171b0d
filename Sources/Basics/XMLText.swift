import Foundation

/// Escaping for text and attribute values in XML and HTML written outside templates. Bidi
/// controls are balanced, as in templates (`BidiControls`).
package enum XMLText {
    /// `escape`, appended byte by byte; the characters in `references` (carriage return, line
    /// feed, tab) are written as character references, so that a parser keeps them as they are.
    package static func append(_ text: String, to out: inout [UInt8], references: String = "") {
        let keepCR = references.utf8.contains(0x0D), keepLF = references.utf8.contains(0x0A), keepTab = references.utf8.contains(0x09)
        let text = BidiControls.balanced(text)
        let bytes = text.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"): out.append(utf8: "&amp;")
            case UInt8(ascii: "<"): out.append(utf8: "&lt;")
            case UInt8(ascii: ">"): out.append(utf8: "&gt;")
            case UInt8(ascii: "\""): out.append(utf8: "&quot;")
            case UInt8(ascii: "'"): out.append(utf8: "&apos;")
            case 0x0D: keepCR ? out.append(utf8: "&#13;") : out.append(byte)
            case 0x0A: keepLF ? out.append(utf8: "&#10;") : out.append(byte)
            case 0x09: keepTab ? out.append(utf8: "&#9;") : out.append(byte)
            // Control characters other than tab and newline are not allowed in XML 1.0.
            case 0..<0x20: break
            case 0xEF:
                // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not allowed either.
                let second = bytes.index(after: index)
                if second != bytes.endIndex, bytes[second] == 0xBF {
                    let third = bytes.index(after: second)
                    if third != bytes.endIndex, bytes[third] == 0xBE || bytes[third] == 0xBF {
                        index = bytes.index(after: third)
                        continue
                    }
                }
                out.append(byte)
            default: out.append(byte)
            }
            index = bytes.index(after: index)
        }
    }

    package static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in BidiControls.balanced(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                // Control characters other than tab and newline are not allowed in XML 1.0.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { continue }
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension Array where Element == UInt8 {
    package mutating func append(utf8 text: String) {
        append(contentsOf: text.utf8)
    }
}
