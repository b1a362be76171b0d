/// Writing a text as a YAML scalar, for Orden's own writers of front matter (the synthetic
/// corpus, the form editor): plain when that reads back as the same text, else double-quoted.
package enum YAMLScalarText {
    /// The text as a YAML scalar: plain when that is unambiguous, else double-quoted.
    package static func quoted(_ string: String, inFlow: Bool) -> String {
        isPlainSafe(string, inFlow: inFlow) ? string : doubleQuoted(string)
    }

    /// Plain only for text that starts with a letter (so no indicator such as `"`, `&`, `*`,
    /// `!`, `|`, `@` can begin it), has no `: ` or ` #` (which end a plain scalar), no control
    /// characters, none of `,[]{}:` inside a flow collection, and is not a word YAML 1.1 or 1.2
    /// reads as a boolean or null (`no`, `On`, `null`). Stricter than YAML; it costs a few quotes.
    package static func isPlainSafe(_ string: String, inFlow: Bool) -> Bool {
        guard let first = string.unicodeScalars.first, let last = string.unicodeScalars.last,
              first.properties.isAlphabetic, last != " ", last != ":" else { return false }
        var previous: Unicode.Scalar = " "
        for scalar in string.unicodeScalars {
            if inFlow && (scalar == "," || scalar == "[" || scalar == "]" || scalar == "{" || scalar == "}" || scalar == ":") { return false }
            if (scalar == " " && previous == ":") || (scalar == "#" && previous == " ") { return false }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFEFF || scalar.value == 0x2028 || scalar.value == 0x2029 { return false }
            previous = scalar
        }
        return !reservedWords.contains(string.lowercased())
    }

    private static let reservedWords: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf"]

    package static func doubleQuoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
