import Foundation

/// JSON string literals, for the JSON Orden writes by hand (table copies, JSON-LD).
package enum JSONText {
    /// `text` as a quoted JSON string. Control characters and the line separators U+2028/U+2029
    /// are escaped.
    package static func quote(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `quote`, appended to `out` byte by byte.
    package static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let bytes = text.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex(byte >> 4), hex(byte & 0xF)])
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                let next = bytes.index(after: index)
                if next != bytes.endIndex, bytes[next] == 0x80 {
                    let third = bytes.index(after: next)
                    if third != bytes.endIndex, bytes[third] == 0xA8 || bytes[third] == 0xA9 {
                        out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x32, 0x30, 0x32, bytes[third] == 0xA8 ? 0x38 : 0x39])
                        index = bytes.index(after: third)
                        continue
                    }
                }
                out.append(byte)
            default:
                out.append(byte)
            }
            index = bytes.index(after: index)
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func hex(_ digit: UInt8) -> UInt8 {
        digit < 10 ? 0x30 + digit : 0x61 + digit - 10
    }
}
