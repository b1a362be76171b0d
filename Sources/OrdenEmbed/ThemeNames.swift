import Foundation

/// The default theme's template names and bokmål translation keys as Swift constants:
/// `TemplateName.system` for `templates/system.mustache`, `TextKey.system.facts.owner` for the
/// key `system.facts.owner`. A site's theme may still replace any template or text; the constants
/// only make sure that what the code asks for exists in the theme Orden ships.
struct ThemeNames {
    static let theme = "themes/default/"
    static let templates = theme + "templates/"
    /// Bokmål is the reference language: every other one must have the same keys.
    static let translations = theme + "i18n/nb/"

    var templateNames: [String] = []
    var keys: [String] = []

    init(files: [(String, String)]) {
        for (path, text) in files {
            if path.hasPrefix(Self.templates), path.hasSuffix(".mustache") {
                templateNames.append(String(path.dropFirst(Self.templates.count).dropLast(".mustache".count)))
            } else if path.hasPrefix(Self.translations), path.hasSuffix(".yml") {
                keys += Self.keys(in: text, file: path)
            }
        }
        templateNames.sort()
        keys.sort()
    }

    /// The dotted keys of a translation file. The files are plain block mappings of `key: text`
    /// lines, with a counted text as a `{one: …, other: …}` flow mapping; the test that compares
    /// these keys with what UIText reads keeps this small reader honest.
    static func keys(in text: String, file: String) -> [String] {
        var keys: [String] = []
        var open: [(indent: Int, name: String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let indent = line.prefix { $0 == " " }.count
            let content = line.dropFirst(indent)
            if content.isEmpty || content.hasPrefix("#") { continue }
            guard let colon = content.firstIndex(of: ":") else { fail("\(file): cannot read the line \"\(line)\"") }
            var name = content[..<colon].trimmingCharacters(in: .whitespaces)
            if name.count >= 2, let quote = name.first, quote == "\"" || quote == "'", name.last == quote {
                name = String(name.dropFirst().dropLast())
            }
            let value = content[content.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            while let last = open.last, last.indent >= indent { open.removeLast() }
            let key = (open.map(\.name) + [name]).joined(separator: ".")
            if value.isEmpty || value.hasPrefix("#") {
                open.append((indent, name))
            } else {
                keys.append(key)
            }
        }
        return keys
    }

    /// `service_areas` → `serviceAreas`, `agile-project-management` → `agileProjectManagement`,
    /// `1` → `_1`; a Swift keyword is quoted at its declaration.
    static func identifier(_ segment: String, capitalised: Bool = false) -> String {
        var result = ""
        var upper = capitalised
        for character in segment {
            if character == "_" || character == "-" {
                upper = true
                continue
            }
            result += upper ? character.uppercased() : String(character)
            upper = false
        }
        if let first = result.first, first.isNumber { result = "_" + result }
        return result
    }

    static let keywords: Set<String> = [
        "as", "associatedtype", "break", "case", "catch", "class", "continue", "default", "defer", "deinit", "do",
        "else", "enum", "extension", "fallthrough", "false", "fileprivate", "for", "func", "guard", "if", "import",
        "in", "init", "inout", "internal", "is", "let", "nil", "open", "operator", "private", "protocol", "public",
        "repeat", "rethrows", "return", "self", "Self", "static", "struct", "subscript", "super", "switch", "throw",
        "throws", "true", "try", "typealias", "var", "where", "while", "Type", "Protocol", "any", "some",
    ]

    static func declared(_ name: String) -> String { keywords.contains(name) ? "`\(name)`" : name }

    /// A group of keys with its leaves and the groups inside it.
    final class Group {
        var leaves: [String: String] = [:]  // identifier → key
        var groups: [String: (segment: String, group: Group)] = [:]  // identifier → group

        func insert(_ segments: ArraySlice<String>, key: String) {
            guard let first = segments.first else { return }
            let name = ThemeNames.identifier(first)
            if segments.count == 1 {
                if leaves[name] != nil || groups[name] != nil { fail("the key \(key) has the same Swift name as another: \(name)") }
                leaves[name] = key
                return
            }
            if leaves[name] != nil { fail("the key \(key) has the same Swift name as another: \(name)") }
            let group = groups[name]?.group ?? Group()
            if let existing = groups[name], existing.segment != first { fail("the groups \(existing.segment) and \(first) have the same Swift name") }
            groups[name] = (first, group)
            group.insert(segments.dropFirst(), key: key)
        }
    }

    /// The members every section with a table reads, so such a group can be handed over whole.
    static let tableTexts = ["heading", "caption", "empty"]

    func source() -> String {
        var out = "// Generated by OrdenEmbed from \(Self.theme). Do not edit.\n\n"
        out += "/// A template of the default theme, by its file name without `.mustache`.\n"
        out += "package enum TemplateName: String, CaseIterable, Sendable {\n"
        for name in templateNames {
            let identifier = Self.identifier(name)
            out += identifier == name ? "    case \(Self.declared(identifier))\n" : "    case \(Self.declared(identifier)) = \"\(name)\"\n"
        }
        out += "}\n\n"

        out += """
        /// A key of the default theme's interface text: `TextKey.system.facts.owner` is the key
        /// `system.facts.owner` of `i18n/nb/*.yml`. A counted text (`one:`/`other:`) is one key.
        package struct TextKey: Hashable, Sendable {
            package let rawValue: Swift.String

            /// For keys made from a value at run time (`hosting.\\(value)`); every other key is a constant below.
            package init(rawValue: Swift.String) { self.rawValue = rawValue }

            /// Every key of the built-in bokmål translation, in order.
            package static let all: [TextKey] = [

        """
        for key in keys { out += "        TextKey(rawValue: \"\(key)\"),\n" }
        out += "    ]\n}\n\n"
        out += """
        /// The texts of a section with a table: its heading, the table's caption and what it says when it has no rows.
        package protocol TableTexts: Sendable {
            var heading: TextKey { get }
            var caption: TextKey { get }
            var empty: TextKey { get }
        }


        """

        let root = Group()
        for key in keys { root.insert(ArraySlice(key.split(separator: ".").map(String.init)), key: key) }
        out += "extension TextKey {\n"
        out += members(of: root, path: [], indent: "    ")
        out += "}\n"
        return out
    }

    private func members(of group: Group, path: [String], indent: String) -> String {
        var out = ""
        for (name, key) in group.leaves.sorted(by: { $0.key < $1.key }) {
            if path.isEmpty && ["all", "rawValue"].contains(name) { fail("the key \(key) has the name of a member of TextKey") }
            out += "\(indent)package \(path.isEmpty ? "static " : "")var \(Self.declared(name)): TextKey { TextKey(rawValue: \"\(key)\") }\n"
        }
        for (name, child) in group.groups.sorted(by: { $0.key < $1.key }) {
            // The suffix keeps a group from hiding a type of the same name (`Hosting`) in an extension of TextKey.
            let type = Self.identifier(child.segment, capitalised: true) + "Keys"
            let isTable = Self.tableTexts.allSatisfy { child.group.leaves[$0] != nil }
            out += "\(indent)package \(path.isEmpty ? "static " : "")var \(Self.declared(name)): \(type) { \(type)() }\n"
            out += "\(indent)package struct \(type): \(isTable ? "TableTexts" : "Sendable") {\n"
            out += members(of: child.group, path: path + [child.segment], indent: indent + "    ")
            out += "\(indent)}\n"
        }
        return out
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("OrdenEmbed: \(message)\n".utf8))
    exit(1)
}
