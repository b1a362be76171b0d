/// Text made safe to print on a terminal or in a CI log. File names, keys and values come from
/// content anyone may contribute; an escape sequence in them (ESC [ 2 J, an OSC 8 link, a
/// carriage return that overwrites the line) would otherwise act on the reader's terminal, and a
/// bidi override would reverse the rest of the line. Such characters are shown as `\u{1B}`.
package enum PrintableText {
    package static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// C0 and C1 control characters (tab and line feed are kept only where Orden itself puts
    /// them, so they are escaped in values too), DEL, and the bidirectional formatting characters.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
