import Foundation
import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenResources
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

/// What the publiccode.yml standard (core version 0, https://yml.publiccode.tools) allows, checked
/// key by key before anything is imported: required keys, types, vocabularies, addresses, dates,
/// language tags and licence expressions. The rules follow the standard's reference parser,
/// publiccode-parser-go, whose test data (Tests/suites/publiccode-parser) is the measure: its valid
/// files pass, its invalid ones break a rule here.
///
/// Violations are errors, so an invalid file is refused with every reason in one run; with
/// `lenient` they are warnings and the importer takes what it can. Deprecated keys are always
/// warnings. Checks that need the network (is a URL reachable, is a video oEmbed-able, is an Italian
/// iPA code registered) are not made: Orden never fetches while importing.
struct PubliccodeStandard {
    /// The versions the standard's reference parser accepts. "0" is the current one; the others are
    /// read as version 0 with a warning, as the reference parser does.
    static let versions = ["0", "0.2", "0.2.0", "0.2.1", "0.2.2", "0.3", "0.3.0", "0.4", "0.4.0", "0.5", "0.5.0", "0.7", "0.7.0"]

    let file: String
    /// The folder of the file on disk, where relative logo, screenshot and authors paths point;
    /// nil when the text did not come from a file.
    let folder: URL?
    let lenient: Bool
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, folder: URL?, lenient: Bool) {
        self.file = file
        self.folder = folder
        self.lenient = lenient
    }

    mutating func check(_ document: YAMLNode) {
        check(document, against: Self.root, path: "")
        maintenanceRules(document)
        countrySection(document)
    }

    // MARK: The shape of a file

    indirect enum Shape: Sendable {
        /// Any scalar that is not null; a number is read as its text.
        case text(Rule?)
        /// `true` or `false`, unquoted (YAML 1.2). YAML 1.1's yes/no/on/off are text, not booleans.
        case boolean
        case list(Shape, nonEmpty: Bool)
        /// A single value or a list of them (isBasedOn).
        case oneOrList(Shape)
        case mapping([String: Key])
        /// A mapping from BCP 47 language tags to a shape (description).
        case languages(Shape)
        /// Checked by `PubliccodeReader` itself, as an error even when lenient (the version, the name).
        case checkedByTheReader
    }

    struct Key: Sendable {
        var shape: Shape
        var required = false
        /// Why the key is deprecated and what replaces it.
        var deprecated: String? = nil
        /// The key's allowed values as `required` means them in the standard: non-empty text.
        init(_ shape: Shape, required: Bool = false, deprecated: String? = nil) {
            self.shape = shape
            self.required = required
            self.deprecated = deprecated
        }
    }

    enum Rule: Sendable {
        case address, webAddress, date, email, mimeType, languageTag, country, licence, organisationURI, supportsID
        case oneOf([String])
        case category, scope
        case length(min: Int, max: Int)
        case logo, image, existingFile
    }

    static let organisation: Shape = .mapping(["name": Key(.text(nil)), "uri": Key(.text(.organisationURI), required: true)])
    static let dependency: Shape = .mapping([
        "name": Key(.text(nil), required: true), "versionMin": Key(.text(nil)), "versionMax": Key(.text(nil)),
        "optional": Key(.boolean), "version": Key(.text(nil)),
    ])
    static let countrySection: Shape = .mapping([
        "countryExtensionVersion": Key(.text(.oneOf(["0.2", "1.0"]))),
        "conforme": Key(.mapping(["lineeGuidaDesign": Key(.boolean), "modelloInteroperabilita": Key(.boolean),
                                  "misureMinimeSicurezza": Key(.boolean), "gdpr": Key(.boolean)]),
                        deprecated: "the standard dropped it; it is safe to remove"),
        "riuso": Key(.mapping(["codiceIPA": Key(.text(nil), deprecated: "write organisation.uri: urn:x-italian-pa:<codiceIPA> instead")])),
        "piattaforme": Key(.mapping(["spid": Key(.boolean), "pagopa": Key(.boolean), "cie": Key(.boolean),
                                     "anpr": Key(.boolean), "io": Key(.boolean)])),
    ])

    static let root: Shape = .mapping([
        "publiccodeYmlVersion": Key(.checkedByTheReader),
        "name": Key(.checkedByTheReader),
        "applicationSuite": Key(.text(nil)),
        "url": Key(.text(.address), required: true),
        "landingURL": Key(.text(.webAddress)),
        "isBasedOn": Key(.oneOrList(.text(.address))),
        "softwareVersion": Key(.text(nil)),
        "releaseDate": Key(.text(.date)),
        "logo": Key(.text(.logo)),
        "monochromeLogo": Key(.text(.logo), deprecated: "use logo instead"),
        "organisation": Key(organisation),
        "inputTypes": Key(.list(.text(.mimeType), nonEmpty: false), deprecated: "the standard dropped it; it is safe to remove"),
        "outputTypes": Key(.list(.text(.mimeType), nonEmpty: false), deprecated: "the standard dropped it; it is safe to remove"),
        "platforms": Key(.list(.text(nil), nonEmpty: true), required: true),
        "categories": Key(.list(.text(.category), nonEmpty: false)),
        "usedBy": Key(.list(.text(nil), nonEmpty: false)),
        "fundedBy": Key(.list(organisation, nonEmpty: false)),
        "roadmap": Key(.text(.webAddress)),
        "developmentStatus": Key(.text(.oneOf(["concept", "development", "beta", "stable", "obsolete"])), required: true),
        "softwareType": Key(.text(.oneOf(["standalone/mobile", "standalone/iot", "standalone/desktop", "standalone/web",
                                          "standalone/backend", "standalone/other", "addon", "library", "configurationFiles"])),
                            required: true),
        "supports": Key(.list(.mapping(["id": Key(.text(.supportsID), required: true)]), nonEmpty: false)),
        "intendedAudience": Key(.mapping([
            "scope": Key(.list(.text(.scope), nonEmpty: false)),
            "countries": Key(.list(.text(.country), nonEmpty: false)),
            "unsupportedCountries": Key(.list(.text(.country), nonEmpty: false)),
        ])),
        "description": Key(.languages(.mapping([
            "localisedName": Key(.text(nil)),
            "genericName": Key(.text(.length(min: 0, max: 35)), deprecated: "the standard dropped it; it is safe to remove"),
            "shortDescription": Key(.text(.length(min: 0, max: 150)), required: true),
            "longDescription": Key(.text(.length(min: 150, max: 10000)), required: true),
            "documentation": Key(.text(.webAddress)),
            "apiDocumentation": Key(.text(.webAddress)),
            "features": Key(.list(.text(nil), nonEmpty: true), required: true),
            "screenshots": Key(.list(.text(.image), nonEmpty: false)),
            "videos": Key(.list(.text(.webAddress), nonEmpty: false)),
            "awards": Key(.list(.text(nil), nonEmpty: false)),
        ])), required: true),
        "legal": Key(.mapping([
            "license": Key(.text(.licence), required: true),
            "mainCopyrightOwner": Key(.text(nil)),
            "repoOwner": Key(.text(nil), deprecated: "use organisation.name instead"),
            "authorsFile": Key(.text(.existingFile), deprecated: "the standard dropped it; it is safe to remove"),
        ]), required: true),
        "maintenance": Key(.mapping([
            "type": Key(.text(.oneOf(["internal", "contract", "community", "none"])), required: true),
            "contractors": Key(.list(.mapping([
                "name": Key(.text(nil), required: true), "email": Key(.text(.email)),
                "website": Key(.text(.webAddress)), "until": Key(.text(.date), required: true),
            ]), nonEmpty: false)),
            "contacts": Key(.list(.mapping([
                "name": Key(.text(nil), required: true), "email": Key(.text(.email)),
                "affiliation": Key(.text(nil)), "phone": Key(.text(nil)),
            ]), nonEmpty: false)),
        ]), required: true),
        "localisation": Key(.mapping([
            "localisationReady": Key(.boolean, required: true),
            "availableLanguages": Key(.list(.text(.languageTag), nonEmpty: true), required: true),
        ]), required: true),
        "dependsOn": Key(.mapping([
            "open": Key(.list(dependency, nonEmpty: false)),
            "proprietary": Key(.list(dependency, nonEmpty: false)),
            "hardware": Key(.list(dependency, nonEmpty: false)),
        ])),
        "IT": Key(countrySection),
        "it": Key(countrySection, deprecated: "country sections are written in upper case: use IT instead"),
    ])

    // MARK: Walking the file

    private mutating func check(_ node: YAMLNode, against shape: Shape, path: String) {
        switch shape {
        case .checkedByTheReader:
            return
        case .text(let rule):
            guard let text = node.text, !node.isNull else { return wrongType(node, path, "text") }
            if let rule { check(text, rule, at: node, path: path) }
        case .boolean:
            guard case .scalar(let text, let plain) = node.value, plain, ["true", "false", "True", "False", "TRUE", "FALSE"].contains(text) else {
                return wrongType(node, path, "true or false (unquoted; yes, no, on and off are text in YAML 1.2)")
            }
        case .list(let item, let nonEmpty):
            if node.isNull { return }
            guard let items = node.items else { return wrongType(node, path, "a list") }
            if nonEmpty, items.isEmpty { violation("\(path) must have at least one item", at: node, hint: "write each item on its own line, starting with \"- \"") }
            for (index, element) in items.enumerated() { check(element, against: item, path: "\(path)[\(index)]") }
        case .oneOrList(let item):
            if node.items != nil { check(node, against: .list(item, nonEmpty: false), path: path) } else { check(node, against: item, path: "\(path)[0]") }
        case .mapping(let keys):
            guard let pairs = node.pairs else { return wrongType(node, path, "a group of keys") }
            for pair in pairs {
                let name = pair.key.text ?? "?"
                let child = path.isEmpty ? name : "\(path).\(name)"
                guard let key = keys[name] else {
                    violation("\(child) is not a key of the publiccode.yml standard", at: pair.key,
                              hint: Self.caseHint(name, among: keys.keys) ?? "check the spelling against https://yml.publiccode.tools, or remove it")
                    continue
                }
                if let reason = key.deprecated {
                    warning("\(child) is deprecated in the publiccode.yml standard", at: pair.key, hint: reason)
                }
                if key.required, pair.value.isNull || pair.value.text?.trimmingCharacters(in: .whitespacesAndNewlines) == "" {
                    violation("\(child) must have a value", at: pair.key, hint: "the publiccode.yml standard requires it")
                    continue
                }
                check(pair.value, against: key.shape, path: child)
            }
            for (name, key) in keys.sorted(by: { $0.key < $1.key }) where key.required && !pairs.contains(where: { $0.key.text == name }) {
                let child = path.isEmpty ? name : "\(path).\(name)"
                violation("\(child) is missing", at: node, hint: "the publiccode.yml standard requires \(name)")
            }
        case .languages(let shape):
            guard let pairs = node.pairs else { return wrongType(node, path, "a group of language tags") }
            if pairs.isEmpty { violation("\(path) must describe the software in at least one language", at: node, hint: "e.g. description: then en: with shortDescription, longDescription and features") }
            for pair in pairs {
                let tag = pair.key.text ?? ""
                if !LanguageTag.isValid(tag) {
                    violation("\(path) has \"\(tag.prefix(40))\", which is not a BCP 47 language tag", at: pair.key,
                              hint: "use a tag such as en, nb, nn or en-GB (a hyphen, not an underscore)")
                }
                check(pair.value, against: shape, path: "\(path).\(tag)")
            }
        }
    }

    private mutating func check(_ text: String, _ rule: Rule, at node: YAMLNode, path: String) {
        let shown = "\"\(text.prefix(60))\""
        switch rule {
        case .address:
            if !Self.isAddress(text) { violation("\(path) \(shown) is not an address (a URL with a scheme)", at: node, hint: "e.g. https://github.com/organisation/repository") }
        case .webAddress:
            if !Self.isWebAddress(text) { violation("\(path) \(shown) is not an http:// or https:// address", at: node, hint: "write the whole address, e.g. https://example.org/") }
        case .date:
            if Day(text) == nil || text.count != 10 { violation("\(path) \(shown) is not a date", at: node, hint: "write it as YYYY-MM-DD, e.g. 2025-03-01") }
        case .email:
            if !EmailAddress.isPlausible(text) {
                violation("\(path) \(shown) is not an e-mail address", at: node, hint: "e.g. post@example.org")
            }
        case .mimeType:
            if text.range(of: #"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$"#, options: .regularExpression) == nil {
                violation("\(path) \(shown) is not a MIME type", at: node, hint: "e.g. text/csv or application/pdf")
            }
        case .languageTag:
            if !LanguageTag.isValid(text) { violation("\(path) \(shown) is not a BCP 47 language tag", at: node, hint: "use a tag such as en, nb, nn or en-GB (a hyphen, not an underscore)") }
        case .country:
            if !LanguageTag.countries.contains(text.uppercased()) || (text != text.uppercased() && text != text.lowercased()) {
                violation("\(path) \(shown) is not an ISO 3166-1 alpha-2 country code", at: node, hint: "e.g. NO, SE or DK, in capitals")
            } else if text == text.lowercased() {
                warning("\(path) \(shown): lower-case country codes are deprecated in the publiccode.yml standard", at: node, hint: "write \(text.uppercased())")
            }
        case .licence:
            if !SPDXExpression.isValid(text) {
                violation("\(path) \(shown) is not an SPDX licence expression", at: node,
                          hint: "use identifiers from https://spdx.org/licenses joined by AND, OR or WITH, e.g. EUPL-1.2 or MIT OR Apache-2.0")
            }
        case .organisationURI:
            if !Self.isURI(text) {
                violation("\(path) \(shown) is not a URI", at: node, hint: "e.g. https://www.kommune.no/ or urn:x-italian-pa:pcm")
            }
        case .supportsID:
            if let alias = text.range(of: "alias:").flatMap({ $0.lowerBound == text.startIndex ? String(text[$0.upperBound...]) : nil }) {
                if !["gdpr", "eidas", "nis2", "cra", "spid", "cie", "anpr", "pagopa", "io"].contains(alias) {
                    violation("\(path) \(shown) is not an alias the standard knows", at: node, hint: "aliases are alias:gdpr, alias:eidas, alias:nis2 and alias:cra, or give the regulation's URI")
                }
            } else if !(Self.isWebAddress(text) || text.lowercased().hasPrefix("urn:") && Self.isURI(text)) {
                violation("\(path) \(shown) is neither an alias nor a URI", at: node, hint: "e.g. alias:gdpr or https://eur-lex.europa.eu/eli/reg/2016/679/oj")
            }
        case .oneOf(let values):
            if !values.contains(text) { violation("\(path) \(shown) is not one of the standard's values", at: node, hint: "use one of: \(values.joined(separator: ", "))") }
        case .category:
            if !PubliccodeCategories.all.contains(text) { violation("\(path) \(shown) is not a category of the publiccode.yml standard", at: node, hint: "see https://yml.publiccode.tools/categories-list.html, e.g. document-management") }
        case .scope:
            if !PubliccodeStandard.scopes.contains(text) { violation("\(path) \(shown) is not a scope of the publiccode.yml standard", at: node, hint: "e.g. local-authorities, government or education") }
        case .length(let minimum, let maximum):
            // The standard counts characters as a reader sees them: grapheme clusters (Swift's count).
            let count = text.count
            if count < minimum { violation("\(path) has \(count) characters; the standard asks for at least \(minimum)", at: node, hint: "describe the software in more detail") }
            if count > maximum { violation("\(path) has \(count) characters; the standard allows at most \(maximum)", at: node, hint: "shorten it") }
        case .logo:
            checkFile(text, at: node, path: path, extensions: ["svg", "svgz", "png"])
        case .image:
            checkFile(text, at: node, path: path, extensions: ["png", "jpg", "jpeg"])
        case .existingFile:
            checkFile(text, at: node, path: path, extensions: nil)
        }
    }

    /// A relative path inside the repository or an http(s) address; a relative file must exist
    /// next to the publiccode.yml and be the image it claims to be.
    private mutating func checkFile(_ text: String, at node: YAMLNode, path: String, extensions: Set<String>?) {
        let lower = text.lowercased()
        if lower.hasPrefix("file:") {
            return violation("\(path) is a file:// address", at: node, hint: "give a path relative to the publiccode.yml, or an https:// address")
        }
        let isWeb = lower.hasPrefix("http://") || lower.hasPrefix("https://")
        if !isWeb, Self.isAddress(text) {
            return violation("\(path) \"\(text.prefix(60))\" is neither a relative path nor an http(s) address", at: node, hint: "give a path relative to the publiccode.yml, or an https:// address")
        }
        if text.hasPrefix("/") {
            return violation("\(path) is an absolute path", at: node, hint: "give a path relative to the publiccode.yml, or an https:// address")
        }
        let fileExtension = ((isWeb ? (URL(string: text)?.path ?? text) : text) as NSString).pathExtension.lowercased()
        if let extensions, !extensions.contains(fileExtension) {
            return violation("\(path) \"\(text.prefix(60))\" is not a \(extensions.sorted().joined(separator: ", ")) file", at: node,
                             hint: "the publiccode.yml standard takes only these formats here")
        }
        guard !isWeb, let folder else { return }
        let url = folder.appendingPathComponent(text)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return violation("\(path): there is no file \(text.prefix(80)) next to the publiccode.yml", at: node,
                             hint: "check the path; it is read relative to the folder of the publiccode.yml")
        }
        let signatures: [String: [UInt8]] = ["png": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "jpg": [0xFF, 0xD8, 0xFF], "jpeg": [0xFF, 0xD8, 0xFF]]
        if let signature = signatures[fileExtension], !data.starts(with: signature) {
            violation("\(path): \(text.prefix(80)) is not a \(fileExtension.uppercased()) image", at: node, hint: "the file's content does not match its name")
        }
    }

    // MARK: Rules across keys

    /// maintenance.type decides which list must be there: contractors for `contract`, contacts for
    /// `internal` and `community`, and contractors only for `contract`.
    private mutating func maintenanceRules(_ document: YAMLNode) {
        guard let maintenance = document["maintenance"], maintenance.pairs != nil, let type = maintenance["type"]?.text else { return }
        let contractors = maintenance.pairs?.first { $0.key.text == "contractors" }
        if type == "contract", contractors == nil {
            violation("maintenance.contractors is missing: maintenance.type is contract", at: maintenance, hint: "name the contractor with name: and until:")
        }
        if type != "contract", let contractors {
            violation("maintenance.contractors is only for maintenance.type contract, not \(type)", at: contractors.key, hint: "remove contractors, or set type: contract")
        }
        if type == "internal" || type == "community", maintenance["contacts"] == nil {
            violation("maintenance.contacts is missing: maintenance.type is \(type)", at: maintenance, hint: "name at least one contact with name:")
        }
    }

    private mutating func countrySection(_ document: YAMLNode) {
        let keys = document.pairs?.filter { $0.key.text == "IT" || $0.key.text == "it" } ?? []
        if keys.count == 2, let lower = keys.first(where: { $0.key.text == "it" }) {
            violation("it and IT are the same country section, written twice", at: lower.key, hint: "keep IT and remove it")
        }
    }

    // MARK: Values

    static func isAddress(_ text: String) -> Bool {
        text.range(of: #"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$"#, options: .regularExpression) != nil
    }

    static func isURI(_ text: String) -> Bool {
        guard isAddress(text) else { return false }
        let scheme = text.prefix { $0 != ":" }.lowercased()
        return scheme != "urn" || text.range(of: #"^[Uu][Rr][Nn]:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+$"#, options: .regularExpression) != nil
    }

    /// An address Orden would link to, as everywhere else (`WebLink`).
    static func isWebAddress(_ text: String) -> Bool { WebLink.isSafe(text) }

    /// The standard's scope list (https://yml.publiccode.tools/scope-list.html).
    static let scopes: Set<String> = [
        "agriculture", "culture", "defence", "education", "emergency-services", "employment", "energy", "environment",
        "finance-and-economic-development", "foreign-affairs", "government", "healthcare", "infrastructures", "justice",
        "local-authorities", "manufacturing", "research", "science-and-technology", "security", "society", "sport",
        "tourism", "transportation", "welfare",
    ]

    private static func caseHint(_ name: String, among keys: Dictionary<String, Key>.Keys) -> String? {
        keys.first { $0.lowercased() == name.lowercased() }.map { "keys are case-sensitive: write \($0)" }
    }

    // MARK: Diagnostics

    private mutating func wrongType(_ node: YAMLNode, _ path: String, _ expected: String) {
        violation("\(path) should be \(expected), not \(node.kindDescription)", at: node, hint: "see the key in the publiccode.yml standard, https://yml.publiccode.tools")
    }

    private mutating func violation(_ message: String, at node: YAMLNode, hint: String) {
        let location = SourceLocation(path: file, line: node.line, column: node.column)
        diagnostics.append(lenient ? .warning(message, at: location, hint: hint) : .error(message, at: location, hint: hint + " (or import with --lenient)"))
    }

    private mutating func warning(_ message: String, at node: YAMLNode, hint: String) {
        diagnostics.append(.warning(message, at: SourceLocation(path: file, line: node.line, column: node.column), hint: hint))
    }
}

/// BCP 47 language tags (RFC 5646), well-formed and with a language subtag from ISO 639 and a
/// region from ISO 3166-1, as the publiccode.yml standard asks for descriptions and languages.
enum LanguageTag {
    static let languages: Set<String> = lines(of: "data/iso-639-languages.txt")
    static let countries: Set<String> = lines(of: "data/iso-3166-countries.txt")

    private static func lines(of file: String) -> Set<String> {
        Set((EmbeddedResources.files[file] ?? "").split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
    }

    static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false).map { $0.lowercased() }
        guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy(\.isASCIILetter),
              languages.contains(language) else { return false }
        var index = 1
        // Up to three extended language subtags (3 letters).
        while index < parts.count, index <= 3, parts[index].count == 3, parts[index].allSatisfy(\.isASCIILetter) { index += 1 }
        if index < parts.count, parts[index].count == 4, parts[index].allSatisfy(\.isASCIILetter) { index += 1 }
        if index < parts.count {
            let region = parts[index]
            if region.count == 2, region.allSatisfy(\.isASCIILetter) {
                guard countries.contains(region.uppercased()) else { return false }
                index += 1
            } else if region.count == 3, region.allSatisfy(\.isASCIIDigit) {
                index += 1
            }
        }
        while index < parts.count {
            let part = parts[index]
            let variant = (5...8).contains(part.count) && part.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit }
                || part.count == 4 && part.first?.isASCIIDigit == true && part.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit }
            if variant { index += 1; continue }
            // Extensions and private use: a singleton then subtags of 2–8 (1–8 after x).
            guard part.count == 1, part.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit }), index + 1 < parts.count else { return false }
            let limit = part == "x" ? 1 : 2
            index += 1
            var taken = 0
            while index < parts.count, (limit...8).contains(parts[index].count), parts[index].allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit }) {
                index += 1; taken += 1
                if part == "x" { continue }
                if parts.indices.contains(index), parts[index].count == 1 { break }
            }
            if taken == 0 { return false }
        }
        return true
    }
}

/// SPDX licence expressions (SPDX specification 2.3, annex D): identifiers, optionally with `+`,
/// joined by AND, OR and WITH, with parentheses; LicenseRef- and DocumentRef- for others. Only the
/// form is checked: the list of identifiers grows faster than Orden is released.
enum SPDXExpression {
    static func isValid(_ text: String) -> Bool {
        var tokens: [String] = []
        var current = ""
        for character in text {
            if character == "(" || character == ")" || character.isWhitespace {
                if !current.isEmpty { tokens.append(current); current = "" }
                if !character.isWhitespace { tokens.append(String(character)) }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        var position = 0
        func identifier(_ token: String) -> Bool {
            let body = token.hasSuffix("+") ? String(token.dropLast()) : token
            return !body.isEmpty && !["AND", "OR", "WITH"].contains(body)
                && body.range(of: #"^(DocumentRef-[A-Za-z0-9.-]+:)?[A-Za-z0-9][A-Za-z0-9.-]*$"#, options: .regularExpression) != nil
        }
        func term() -> Bool {
            guard position < tokens.count else { return false }
            if tokens[position] == "(" {
                position += 1
                guard expression(), position < tokens.count, tokens[position] == ")" else { return false }
                position += 1
                return true
            }
            guard identifier(tokens[position]) else { return false }
            position += 1
            if position < tokens.count, tokens[position] == "WITH" {
                position += 1
                guard position < tokens.count, identifier(tokens[position]) else { return false }
                position += 1
            }
            return true
        }
        func expression() -> Bool {
            guard term() else { return false }
            while position < tokens.count, tokens[position] == "AND" || tokens[position] == "OR" {
                position += 1
                guard term() else { return false }
            }
            return true
        }
        return expression() && position == tokens.count
    }
}

private extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
}
