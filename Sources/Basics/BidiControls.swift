/// Bidirectional control characters in text an editor wrote. An override (U+202E) left open in
/// a product's name would reverse the rest of the sentence, title or table row it stands in, so
/// every text is balanced where it is escaped: each embedding, override or isolate it opens is
/// closed at its end, and a terminator that would close something outside the text is dropped.
/// Text without such characters (nearly all) is returned as it is, so pages stay byte for byte
/// the same. The marks U+200E, U+200F and U+061C open nothing and stay: they only steer the
/// characters next to them.
package enum BidiControls {
    private enum Opened { case embedding, isolate }

    private static let pdf: Unicode.Scalar = "\u{202C}"
    private static let pdi: Unicode.Scalar = "\u{2069}"

    /// Whether the UTF-8 bytes may hold an embedding, override or isolate control (all are
    /// E2 80 AA–AE or E2 81 A6–A9): one cheap pass before the exact one.
    private static func mayContain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 3 else { return false }
            for index in 0..<(bytes.count - 2) where bytes[index] == 0xE2 {
                let second = bytes[index + 1], third = bytes[index + 2]
                if (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third)) { return true }
            }
            return false
        }
    }

    /// `text` with every control it opens closed at its end and every terminator without an
    /// opener in it removed.
    package static func balanced(_ text: String) -> String {
        guard mayContain(text) else { return text }
        var stack: [Opened] = []
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202A, 0x202B, 0x202D, 0x202E:
                stack.append(.embedding)
            case 0x2066, 0x2067, 0x2068:
                stack.append(.isolate)
            case 0x202C:
                // A PDF closes the innermost embedding, never across an isolate.
                guard stack.last == .embedding else { continue }
                stack.removeLast()
            case 0x2069:
                // A PDI closes its isolate and every embedding opened inside it.
                guard let isolate = stack.lastIndex(of: .isolate) else { continue }
                stack.removeSubrange(isolate...)
            default:
                break
            }
            result.append(scalar)
        }
        for opened in stack.reversed() { result.append(opened == .embedding ? pdf : pdi) }
        return String(result)
    }
}

extension String {
    /// The text with its bidi controls balanced (`BidiControls.balanced`): for an editor's text
    /// joined with other text in Swift (`"\(name) (\(municipality))"`), where escaping later
    /// would only close it at the end of the whole.
    package var bidiBalanced: String { BidiControls.balanced(self) }
}
