import Foundation
import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenResources
import OrdenSource
import RDF

/// The interface text of one language, read from the theme's translation files. Keys are dotted
/// paths (`system.facts.owner`); a text may hold `{placeholders}`, and a counted text has a
/// `one` and an `other` form with `{n}` for the number.
package struct UIText: Sendable {
    enum Entry: Sendable, Equatable {
        case text(String)
        case plural(one: String, other: String)

        var forms: [String] {
            switch self {
            case .text(let text): [text]
            case .plural(let one, let other): [one, other]
            }
        }
    }

    package let language: UILanguage
    let entries: [String: Entry]
    /// Every prefix of a key (`system`, `system.facts`), so templates can walk into groups.
    let groups: Set<String>

    /// What a key no translation file has renders as, so that a test of every page finds it.
    static let missingMark = "⟦"

    init(language: UILanguage, entries: [String: Entry]) {
        self.language = language
        self.entries = entries
        var groups: Set<String> = []
        for key in entries.keys {
            var prefix = Substring(key)
            while let dot = prefix.lastIndex(of: ".") {
                prefix = prefix[..<dot]
                groups.insert(String(prefix))
            }
        }
        self.groups = groups
    }

    /// Whether the key is translated: for keys made from a value that may have no text of its own
    /// (a file format without a name, a category publiccode.yml added later).
    package func has(_ key: TextKey) -> Bool { entries[key.rawValue] != nil }

    /// The text of `key` as written. Every constant `TextKey` is in the built-in theme, and a theme
    /// that lacks one in any language does not load, so the missing mark shows only for a key made
    /// from a value (see `has`).
    package subscript(key: TextKey) -> String {
        switch entries[key.rawValue] {
        case .text(let text): text
        case .plural(_, let other): other
        case nil: Self.missingMark + key.rawValue + "⟧"
        }
    }

    /// The text of `key` with each `{name}` replaced by its value.
    package func callAsFunction(_ key: TextKey, _ values: KeyValuePairs<String, String>) -> String {
        Self.fill(self[key], values)
    }

    /// A counted text: the `one` form for 1 and `other` for any other number, `{n}` the number
    /// as it is written in this language.
    package func count(_ key: TextKey, _ n: Int, _ values: KeyValuePairs<String, String> = [:]) -> String {
        let pattern: String
        switch entries[key.rawValue] {
        case .plural(let one, let other): pattern = n == 1 ? one : other
        case .text(let text): pattern = text
        case nil: return Self.missingMark + key.rawValue + "⟧"
        }
        return Self.fill(Self.fill(pattern, ["n": Format(text: self).integer(n)]), values)
    }

    /// Replaces `{name}` wherever `name` is one of `values`; other braces stay as written.
    static func fill(_ pattern: String, _ values: KeyValuePairs<String, String>) -> String {
        guard !values.isEmpty, pattern.contains("{") else { return pattern }
        var result = ""
        result.reserveCapacity(pattern.utf8.count + 16)
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}"),
                  let value = values.first(where: { $0.key == rest[afterOpen..<close] })?.value else {
                result.append("{")
                rest = rest[afterOpen...]
                continue
            }
            // A value's own bidi controls end with it, not somewhere in the sentence after it.
            result += BidiControls.balanced(value)
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    /// The placeholders a text uses, for the check that every language uses the same ones.
    static func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            let name = rest[afterOpen..<close]
            if !name.isEmpty && name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { names.insert(String(name)) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

/// The interface text of every language the theme has.
package struct Translations: Sendable {
    let texts: [UILanguage: UIText]

    package subscript(language: UILanguage) -> UIText {
        texts[language] ?? UIText(language: language, entries: [:])
    }

    /// The built-in theme's translations, for output made without a site's theme (the Atom feed's
    /// texts, the DCAT labels) and for tests.
    package static let builtIn = load(TranslationFile.builtIn).translations
}

/// One translation file of a theme, `i18n/nn.yml` or any `.yml` in `i18n/nn/`, read into its
/// entries when it is made.
struct TranslationFile {
    var language: UILanguage
    /// Where the file is, for messages: `themes/kommune/i18n/nn.yml`.
    var origin: String
    /// 0 for the built-in theme, 1 for the site's theme, whose keys replace the built-in ones.
    var layer: Int
    /// Each key with its text and where it is written, in the order of the file.
    var entries: [(key: String, entry: UIText.Entry, location: SourceLocation)] = []
    /// What is wrong with the file itself: not UTF-8, not YAML, a list or a bad key.
    var problems: [Diagnostic] = []

    /// The built-in theme's files, read once per process: every theme load and `Translations.builtIn` share them.
    static let builtIn: [TranslationFile] = {
        let prefix = "themes/\(Theme.defaultName)/"
        return EmbeddedResources.files.sorted { $0.key < $1.key }.compactMap { path, text in
            guard path.hasPrefix(prefix) else { return nil }
            return TranslationFile(relative: String(path.dropFirst(prefix.count)), origin: "(built-in) " + path, data: Data(text.utf8), layer: 0)
        }
    }()

    /// Nil for a file outside `i18n/`.
    init?(relative: String, origin: String, data: Data, layer: Int) {
        guard let language = Self.language(of: relative) else { return nil }
        self.language = language
        self.origin = origin
        self.layer = layer
        read(data)
    }

    /// The language of a theme file's relative path, if it is a translation file.
    static func language(of relative: String) -> UILanguage? {
        guard relative.hasPrefix("i18n/"), relative.hasSuffix(".yml") || relative.hasSuffix(".yaml") else { return nil }
        let inside = relative.dropFirst("i18n/".count)
        let name = inside.split(separator: "/").first.map { $0.split(separator: ".").first.map(String.init) ?? "" } ?? ""
        return UILanguage(rawValue: name)
    }

    private mutating func read(_ data: Data) {
        guard let text = String(data: data, encoding: .utf8) else {
            problems.append(.error("the translation file is not UTF-8 text", at: SourceLocation(path: origin), hint: "save it as UTF-8"))
            return
        }
        switch YAMLComposer.compose(text) {
        case .success(let root):
            if let root { flatten(root, prefix: "") }
        case .failure(let problem):
            problems.append(.error("the translation file is not valid YAML: \(problem.message)",
                                   at: SourceLocation(path: origin, line: problem.line, column: problem.column),
                                   hint: problem.hint ?? "each line is `key: text`; quote a text that holds a colon followed by a space"))
        }
    }

    private mutating func flatten(_ node: YAMLNode, prefix: String) {
        let location = SourceLocation(path: origin, line: node.line, column: node.column)
        switch node.value {
        case .scalar(let text, _):
            if prefix.isEmpty {
                if !node.isNull {
                    problems.append(.error("a translation file is a list of `key: text` lines", at: location))
                }
                return
            }
            entries.append((prefix, .text(text), location))
        case .sequence:
            problems.append(.error("the translation \"\(prefix)\" is a list", at: location,
                                      hint: "write one text, or `one:` and `other:` for a counted text"))
        case .mapping(let pairs):
            let names = pairs.compactMap(\.key.text)
            if !prefix.isEmpty, names.contains("other"), Set(names).isSubset(of: ["one", "other"]) {
                let other = node["other"]?.text ?? ""
                entries.append((prefix, .plural(one: node["one"]?.text ?? other, other: other), location))
                return
            }
            for pair in pairs {
                guard let name = pair.key.text, !name.isEmpty,
                      name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) else {
                    problems.append(.error("a translation key is letters a–z, digits, - and _",
                                              at: SourceLocation(path: origin, line: pair.key.line, column: pair.key.column)))
                    continue
                }
                flatten(pair.value, prefix: prefix.isEmpty ? name : prefix + "." + name)
            }
        }
    }
}

extension Translations {
    /// Reads the theme's translation files. Every key bokmål has must be in every other language,
    /// with the same placeholders; a key given twice in one layer is an error.
    static func load(_ files: [TranslationFile]) -> (translations: Translations, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        /// language → key → (entry, where it is written)
        var merged: [UILanguage: [String: (UIText.Entry, SourceLocation)]] = [:]
        for layer in Set(files.map(\.layer)).sorted() {
            var layerKeys: [UILanguage: [String: SourceLocation]] = [:]
            for file in files.filter({ $0.layer == layer }).sorted(by: { $0.origin < $1.origin }) {
                diagnostics += file.problems
                for (key, entry, location) in file.entries {
                    if let earlier = layerKeys[file.language]?[key] {
                        diagnostics.append(.error("the key \"\(key)\" is translated twice", at: location,
                                                  hint: "it is also at \(earlier); keep one"))
                        continue
                    }
                    layerKeys[file.language, default: [:]][key] = location
                    merged[file.language, default: [:]][key] = (entry, location)
                }
            }
        }

        let reference = merged[.nb] ?? [:]
        for language in UILanguage.allCases where language != .nb {
            let own = merged[language] ?? [:]
            let fallbackPath = files.first { $0.language == language }?.origin
            for key in reference.keys.sorted() {
                let (entry, referenceLocation) = reference[key]!  // safe: key comes from reference.keys
                guard let (translated, location) = own[key] else {
                    let target = fallbackPath ?? "i18n/\(language.rawValue).yml"
                    diagnostics.append(.error("the interface text \"\(key)\" has no \(language.name) translation",
                                              at: SourceLocation(path: target),
                                              hint: "add `\(key): …` (bokmål at \(referenceLocation): \"\(entry.forms.last ?? "")\")"))
                    continue
                }
                let expected = entry.forms.reduce(into: Set<String>()) { $0.formUnion(UIText.placeholders($1)) }
                let found = translated.forms.reduce(into: Set<String>()) { $0.formUnion(UIText.placeholders($1)) }
                if expected != found {
                    let names = { (set: Set<String>) in set.sorted().map { "{\($0)}" }.joined(separator: ", ") }
                    diagnostics.append(.error("the \(language.name) text \"\(key)\" uses \(found.isEmpty ? "no placeholders" : names(found)), bokmål \(expected.isEmpty ? "none" : names(expected))",
                                              at: location, hint: "use the same placeholders as \(referenceLocation)"))
                }
            }
            for key in own.keys.sorted() where reference[key] == nil {
                let location = own[key]!.1  // safe: key comes from own.keys
                diagnostics.append(.warning("the \(language.name) key \"\(key)\" has no bokmål text and is never shown", at: location,
                                            hint: "remove it, or add it to the bokmål file if a template uses it"))
            }
        }
        var texts: [UILanguage: UIText] = [:]
        for (language, entries) in merged {
            texts[language] = UIText(language: language, entries: entries.mapValues(\.0))
        }
        return (Translations(texts: texts), diagnostics)
    }
}

extension UILanguage {
    /// The language's name in English, for messages.
    var name: String {
        switch self {
        case .nb: "bokmål"
        case .nn: "nynorsk"
        case .en: "English"
        }
    }
}

/// What every template sees besides its page: `{{t.key}}`, the interface text of the page's language.
struct TemplateGlobals: TemplateObject {
    let text: UIText

    func value(named name: String) -> TemplateValue {
        name == "t" ? .object(TextScope(text: text, prefix: "")) : .missing
    }
}

/// A group of keys as a template walks into it: `t.nav` and then `skip`.
struct TextScope: TemplateObject {
    let text: UIText
    let prefix: String

    func value(named name: String) -> TemplateValue {
        let key = prefix.isEmpty ? name : prefix + "." + name
        if let entry = text.entries[key] { return .text(entry.forms.last) }
        if text.groups.contains(key) { return .object(TextScope(text: text, prefix: key)) }
        return .text(UIText.missingMark + key + "⟧")
    }
}
