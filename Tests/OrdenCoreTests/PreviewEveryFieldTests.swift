import Foundation
import Synchronization
import Testing
@testable import Basics
@testable import FrontMatter
@testable import OrdenBuild
@testable import OrdenModel
@testable import OrdenSource

/// Every field of every record kind, as the registry lists it, set when absent, changed to another
/// valid value and removed when optional, in one record of each kind: after each edit, and again
/// after undoing it, the preview must hold the bytes of a full build. The edits come from the
/// registry's field specs, so that a field added there is edited here without this file changing.
@Suite struct PreviewEveryFieldTests {
    /// Edits whose preview differs from a full build, by "kind: edit": each names a bug in the
    /// preview, kept visible here until it is fixed.
    static let knownIssues: [String: Comment] = [:]

    // MARK: The fixtures

    /// Fixture.files with what it lacks for every kind to have a record and every reference
    /// a second record to move to: a service area with a parent, a second standard, contract
    /// and dataset, and an initiative.
    static var richFiles: [String: String] {
        let a = Fixture.municipalityA
        return Fixture.with([
            "content/catalogue/service-areas/okonomi.md": "---\nname: Økonomi\nparent: arkiv\nkostra: [\"100\"]\n---\n",
            "content/catalogue/standards/fiks-arkiv.md": "---\nname: Fiks arkiv\nkind: national-component\n---\n",
            "\(a)/contracts/beta-avtale.md": "---\ntitle: Avtale om økonomisystem\nvendor: beta\nstart: 2021-01-01\nsystems: [okonomi]\n---\n",
            "\(a)/datasets/fakturaer.md": """
            ---
            title: Fakturaer
            description: Inngående fakturaer.
            themes: [ECON]
            access_rights: restricted
            source_systems: [okonomi]
            ---

            """,
            "\(a)/initiatives/nytt-arkiv.md": """
            ---
            title: Nytt arkiv
            goal: Ett arkiv for hele kommunen
            status: approved
            owner: Dokumentsenteret
            start: 2027-01-01
            end: 2028-06-30
            budget:
              - {year: 2027, investment: 100000, running: 20000}
            benefits:
              - {what: Færre systemer, measure: Antall systemer, by: 2029-01-01}
            systems:
              adds: [product:beta-okonomi]
              replaces: [okonomi]
            service_areas: [arkiv]
            ---
            Tiltaket samler arkivet.

            """,
        ])
    }

    // MARK: Front matter as an editable tree

    /// A front matter value. Scalars keep whether they were written plain: a quoted "3901" must
    /// stay quoted and a plain 27000 plain, since the decoder reads the text by the field's type.
    indirect enum Value {
        case scalar(String, plain: Bool)
        case map(Pairs)
        case list([Value])

        init(_ node: YAMLNode) {
            switch node.value {
            case .scalar(let text, let plain): self = .scalar(text, plain: plain)
            case .mapping(let pairs): self = .map(pairs.map { Pair($0.key.text ?? "", Value($0.value)) })
            case .sequence(let items): self = .list(items.map(Value.init))
            }
        }

        var text: String? {
            if case .scalar(let text, _) = self { return text }
            return nil
        }

        static func plain(_ text: String) -> Value { .scalar(text, plain: true) }
        static func quoted(_ text: String) -> Value { .scalar(text, plain: false) }
    }

    /// A field of a group; a struct rather than a tuple, which the compiler cannot resolve within the enum.
    struct Pair {
        var key: String
        var value: Value

        init(_ key: String, _ value: Value) {
            self.key = key
            self.value = value
        }
    }

    typealias Pairs = [Pair]

    /// Block-style YAML for the pairs.
    static func yaml(_ pairs: Pairs, indent: String = "") -> String {
        pairs.map { pair in
            let key = pair.key
            return switch pair.value {
            case .scalar(let text, let plain): "\(indent)\(key): \(scalar(text, plain: plain))\n"
            case .map(let inner): inner.isEmpty ? "\(indent)\(key): {}\n" : "\(indent)\(key):\n" + yaml(inner, indent: indent + "  ")
            case .list(let items): items.isEmpty ? "\(indent)\(key): []\n" : "\(indent)\(key):\n" + items.map { item($0, indent: indent + "  ") }.joined()
            }
        }.joined()
    }

    static func item(_ value: Value, indent: String) -> String {
        let nested: String
        switch value {
        case .scalar(let text, let plain): return "\(indent)- \(scalar(text, plain: plain))\n"
        case .map(let pairs) where pairs.isEmpty: return "\(indent)- {}\n"
        case .list(let items) where items.isEmpty: return "\(indent)- []\n"
        case .map(let pairs): nested = yaml(pairs, indent: indent + "  ")
        case .list(let items): nested = items.map { item($0, indent: indent + "  ") }.joined()
        }
        // The item's first line goes on the dash's line.
        return indent + "- " + nested.dropFirst(indent.count + 2)
    }

    static func scalar(_ text: String, plain: Bool) -> String {
        if plain { return text }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
        return "\"\(escaped)\""
    }

    // MARK: Valid values

    /// What the edits of one record may refer to: the fixture's records, and the record itself.
    struct Context {
        var entries: [ContentLayout.Entry]
        var record: ContentLayout.Entry

        /// The ids a field of the record may name: any catalogue record, or a record of the same municipality.
        func ids(of kind: RecordKind) -> [String] {
            entries.filter { entry in
                entry.kind == kind && (ContentLayout.catalogueKinds.contains(kind) || entry.municipalityFolder == record.municipalityFolder)
                    && !(kind == record.kind && entry.id == record.id)
            }.map(\.id).sorted()
        }

        /// Systems as a municipal record names them: its own by id, another municipality's by number/id.
        var systemReferences: [String] {
            let own = ids(of: .system)
            let others = entries.filter { $0.kind == .system && $0.municipalityFolder != record.municipalityFolder }
                .compactMap { entry in entry.municipalityFolder.map { "\($0.prefix(4))/\(entry.id)" } }.sorted()
            return own + others
        }

        static func pattern(_ type: FieldType) -> String? {
            if case .text(_, let pattern) = type { return pattern }
            return nil
        }

        /// Candidate texts for a scalar field, with whether each is written plain; nil for a
        /// shape this test does not know how to fill, which the coverage check then names.
        func candidates(_ type: FieldType, key: String) -> [Value]? {
            switch type {
            case .text(let format, let pattern):
                switch (format, pattern) {
                case ("date", _): return ["2026-06-15", "2025-03-01"].map(Value.plain)
                case ("uri", _): return ["https://endret.example/\(key)", "https://endret.example/\(key)/2"].map(Value.plain)
                case ("email", _): return ["endret@example.org", "annen@example.org"].map(Value.plain)
                case (_, Self.pattern(.orgnr)): return ["974760673", "123456785", "210000003"].map(Value.quoted)
                case (_, Self.pattern(.municipalityNumber)): return ["9999"].map(Value.quoted)
                case (_, Self.pattern(.country)): return ["SE", "NO", "DK"].map(Value.plain)
                case (_, Self.pattern(.legalArticle)): return ["6(1)(e)", "6(1)(c)", "9(2)(h)"].map(Value.plain)
                case (_, Self.pattern(.systemReference)): return systemReferences.map(Value.plain)
                case (_, Self.pattern(.integrationTarget)):
                    return (systemReferences + ids(of: .product).map { "product:\($0)" }).map(Value.plain)
                case (_, Self.pattern(.id)): return ["endret-id", "annen-id"].map(Value.plain)
                case (nil, nil): return ["Endret \(key)", "Endret \(key) igjen"].map(Value.plain)
                default: return nil
                }
            case .integer(let minimum, let maximum):
                let low = minimum ?? 0, high = maximum ?? low + 1_000_000
                return [low + 1, low + 2, low].filter { $0 <= high }.map { .plain(String($0)) }
            case .number:
                return ["12345", "67890"].map(Value.plain)
            case .boolean:
                return ["true", "false"].map(Value.plain)
            case .choice(let values):
                return values.map(Value.plain)
            case .reference(let kind):
                return ids(of: kind).map(Value.plain)
            case .anyOf(let types):
                return types.first.flatMap { candidates($0, key: key) }
            case .list, .object:
                return nil
            }
        }

        /// A valid value of the type other than those named in `avoiding`: the one after the
        /// current choice, one more than the current number, a group with its required fields.
        func value(_ type: FieldType, key: String, avoiding: [String] = []) -> Value? {
            switch type {
            case .object(let fields):
                var pairs: Pairs = []
                for field in fields where field.isRequired {
                    guard let value = value(field.type, key: field.key) else { return nil }
                    pairs.append(Pair(field.key, value))
                }
                return .map(pairs)
            case .list(let item):
                return value(item, key: key).map { .list([$0]) }
            case .choice(let values) where avoiding.isEmpty:
                // The last value rather than the first, which is often what an absent field means
                // already: visibility internal, language nn.
                return values.last.map(Value.plain)
            default:
                guard var candidates = candidates(type, key: key) else { return nil }
                if let current = avoiding.first, case .integer = type, let number = Int(current) {
                    candidates = [number + 1, number - 1].map { .plain(String($0)) } + candidates
                }
                if let current = avoiding.first, case .number = type, let number = Double(current) {
                    candidates.insert(.plain(String(Int(number) + 1000)), at: 0)
                }
                // Begin after the current value, so that a choice moves on rather than back to the first.
                if let current = avoiding.first, let index = candidates.firstIndex(where: { $0.text == current }) {
                    candidates = Array(candidates[(index + 1)...] + candidates[..<index])
                }
                let allowed = candidates.filter { candidate in
                    guard let text = candidate.text, !avoiding.contains(text) else { return false }
                    if case .integer(let minimum, let maximum) = type, let number = Int(text) {
                        return number >= (minimum ?? Int.min) && number <= (maximum ?? Int.max)
                    }
                    return true
                }
                return allowed.first
            }
        }
    }

    // MARK: Edits

    struct Edit {
        /// What was done: "change lifecycle.status to retired".
        var name: String
        /// The field edited, as editors write it: `integrations[].via`.
        var field: String
        var pairs: Pairs
    }

    /// Every edit of every field in `pairs`: set when absent, changed when present, removed
    /// when optional; in a group each of its fields, in a list an element added, removed and
    /// moved, and the fields of its first element.
    static func edits(of fields: [FieldSpec], in pairs: Pairs, prefix: String = "", context: Context) -> [Edit] {
        var edits: [Edit] = []
        for field in fields {
            let path = prefix + field.key
            let index = pairs.firstIndex { $0.key == field.key }
            func with(_ value: Value?) -> Pairs {
                var pairs = pairs
                switch (index, value) {
                case (let index?, let value?): pairs[index].value = value
                case (let index?, nil): pairs.remove(at: index)
                case (nil, let value?): pairs.append(Pair(field.key, value))
                case (nil, nil): break
                }
                return pairs
            }
            guard let index else {
                for (name, value) in absent(field.type, key: field.key, path: path, context: context) {
                    edits.append(Edit(name: "set \(name)", field: name, pairs: with(value)))
                }
                continue
            }
            edits += changes(field, pairs[index].value, path: path, context: context).map { edit in
                Edit(name: edit.name, field: edit.field, pairs: with(edit.value))
            }
            if !field.isRequired {
                edits.append(Edit(name: "remove \(path)", field: path, pairs: with(nil)))
            }
        }
        return edits
    }

    /// Values for an absent field, each named by the field it sets: a group once per field of it.
    static func absent(_ type: FieldType, key: String, path: String, context: Context) -> [(String, Value)] {
        switch type {
        case .object(let fields):
            guard case .map(let required)? = context.value(type, key: key) else { return [] }
            // The group with only what it requires, named by the first required field, then with each optional field too.
            let name = fields.first(where: \.isRequired).map { "\(path).\($0.key)" } ?? path
            var values: [(String, Value)] = required.isEmpty && !fields.isEmpty ? [] : [(name, .map(required))]
            for field in fields where !field.isRequired {
                for (name, value) in absent(field.type, key: field.key, path: "\(path).\(field.key)", context: context) {
                    values.append((name, .map(required + [Pair(field.key, value)])))
                }
            }
            return values
        case .list(let item):
            return absent(item, key: key, path: item.subFields == nil ? path : path + "[]", context: context).map { ($0.0, .list([$0.1])) }
        default:
            return context.value(type, key: key).map { [(path, $0)] } ?? []
        }
    }

    /// Edits of a present field, each with the field's new value.
    static func changes(_ field: FieldSpec, _ current: Value, path: String, context: Context) -> [(name: String, field: String, value: Value)] {
        switch (field.type, current) {
        case (.object(let fields), .map(let pairs)):
            return edits(of: fields, in: pairs, prefix: path + ".", context: context).map { ($0.name, $0.field, .map($0.pairs)) }
        case (.list(let item), .list(let items)):
            var changes: [(name: String, field: String, value: Value)] = []
            let texts = items.compactMap(\.text)
            if let added = context.value(item, key: field.key, avoiding: texts) {
                changes.append(("add to \(path)", path, .list(items + [added])))
            }
            if !items.isEmpty {
                changes.append(("remove the last of \(path)", path, .list(Array(items.dropLast()))))
            }
            if let first = items.first?.text, let moved = context.value(item, key: field.key, avoiding: [first] + texts) {
                changes.append(("change \(path)[0] to \(moved.text ?? "")", path, .list([moved] + items.dropFirst())))
            }
            if case .map(let pairs)? = items.first, let fields = item.subFields {
                changes += edits(of: fields, in: pairs, prefix: path + "[].", context: context).map { edit in
                    (edit.name, edit.field, .list([.map(edit.pairs)] + items.dropFirst()))
                }
            }
            return changes
        case (.object, _), (.list, _):
            return []
        default:
            guard let text = current.text, let value = context.value(field.type, key: field.key, avoiding: [text]) else { return [] }
            return [("change \(path) to \(value.text ?? "")", path, value)]
        }
    }

    /// Every field path of a kind, as `Edit.field` names them.
    static func paths(of fields: [FieldSpec], prefix: String = "") -> [String] {
        fields.flatMap { field -> [String] in
            let path = prefix + field.key
            switch field.type {
            case .object(let inner): return [path] + paths(of: inner, prefix: path + ".")
            case .list(let item): return [path] + (item.subFields.map { paths(of: $0, prefix: path + "[].") } ?? [])
            default: return [path]
            }
        }
    }

    // MARK: The test

    struct Tally {
        var fields: Set<String> = []
        var edits = 0, patched = 0, fullWay = 0, errors = 0, differing = 0
        /// Edits the site does not show, which would prove nothing of the preview.
        var unseen = 0
        /// Pages the patched edits rendered, and the pages of the site each time: what the preview spared.
        var rendered = 0, pages = 0
    }

    /// The record of the kind with the most fields written, so that most fields are changed and removed, not only set.
    static func record(of kind: RecordKind, in files: [String: String], at only: String? = nil) -> (path: String, entry: ContentLayout.Entry, pairs: Pairs, body: String)? {
        var best: (path: String, entry: ContentLayout.Entry, pairs: Pairs, body: String)?
        for path in files.keys.sorted() where only == nil || path == only {
            guard case .record(let entry) = ContentLayout.classify(path), entry.kind == kind, let text = files[path],
                  case .success(let split) = FrontMatterSplit.split(text), case .success(let node?) = YAMLComposer.compose(split.yaml),
                  case .map(let pairs) = Value(node) else { continue }
            if pairs.count > best?.pairs.count ?? -1 { best = (path, entry, pairs, split.body) }
        }
        return best
    }

    /// A preview kept for one audience, and the full build of the fixture it starts from.
    struct Viewed {
        var options: BuildOptions
        var preview: PreviewSite
        var startSite: [String: Data]

        init(_ start: [String: String], options: BuildOptions) {
            self.options = options
            preview = PreviewSite(options: options)
            preview.update(from: .memory(start))
            startSite = Orden.buildInMemory(.memory(start), options: options).files
        }
    }

    /// Every edit of the record of `kind` (the one at `only` when given), each applied to `start`
    /// and undone, checked against a full build. An edit of an internal field is checked on the
    /// internal site, the only one that shows it.
    static func run(_ kind: RecordKind, in start: [String: String], at only: String? = nil) -> Tally? {
        guard let (path, entry, pairs, body) = record(of: kind, in: start, at: only) else { return nil }
        let entries = start.keys.compactMap { path -> ContentLayout.Entry? in
            if case .record(let entry) = ContentLayout.classify(path) { return entry }
            return nil
        }
        let context = Context(entries: entries, record: entry)
        func document(_ pairs: Pairs) -> String { "---\n" + yaml(pairs) + "---\n" + body }
        var publicSite = Viewed(start, options: BuildOptions())
        var internalSite: Viewed?

        // The front matter written back unchanged must read as it did, or the edits below test the writer.
        var files = start
        files[path] = document(pairs)
        publicSite.preview.update(from: .memory(files), changed: [path])
        let rewritten = PreviewSiteTests.differences(publicSite.preview, built: publicSite.startSite)
        #expect(rewritten.isEmpty, "\(path) written back unchanged: \(rewritten.prefix(8))")

        var tally = Tally()
        for edit in edits(of: kind.spec.fields, in: pairs, context: context) {
            let name = "\(kind): \(edit.name)"
            var components = edit.field.split(separator: ".").map(String.init)
            while !components.isEmpty {
                let field = components.joined(separator: ".")
                tally.fields.insert(field.hasSuffix("[]") ? String(field.dropLast(2)) : field)
                components.removeLast()
            }
            tally.edits += 1
            files = start
            files[path] = document(edit.pairs)
            let isInternal = kind.spec.isInternal(at: edit.field)
            if isInternal && internalSite == nil { internalSite = Viewed(start, options: BuildOptions(audience: .internal)) }
            var site = isInternal ? internalSite ?? publicSite : publicSite
            let update = site.preview.update(from: .memory(files), changed: [path])
            let differing: [String]
            if update.hasErrors {
                // An invalid value is refused: the last good site stays.
                tally.errors += 1
                differing = PreviewSiteTests.differences(site.preview, built: site.startSite)
            } else {
                if update.patched {
                    tally.patched += 1
                    tally.rendered += update.renderedPages
                    tally.pages += update.totalPages
                } else {
                    tally.fullWay += 1
                }
                let built = Orden.buildInMemory(.memory(files), options: site.options).files
                if built == site.startSite { tally.unseen += 1 }
                differing = PreviewSiteTests.differences(site.preview, built: built)
            }
            let back = site.preview.update(from: .memory(start), changed: [path])
            let undone = PreviewSiteTests.differences(site.preview, built: site.startSite)
            if isInternal { internalSite = site } else { publicSite = site }
            if !differing.isEmpty || !undone.isEmpty { tally.differing += 1 }
            let audience = isInternal ? "internal site" : "public site"
            func check() {
                #expect(differing.isEmpty, "\(path), \(name) (\(audience), patched: \(update.patched), errors: \(update.hasErrors)): \(differing.count) files differ from a full build: \(differing.prefix(8))")
                #expect(undone.isEmpty, "\(path), \(name) undone (\(audience), patched: \(back.patched)): \(undone.count) files differ: \(undone.prefix(8))")
            }
            if let issue = knownIssues[name] { withKnownIssue(issue) { check() } } else { check() }
        }
        return tally
    }

    static func summary(_ name: String, _ tally: Tally, of fields: [String]) -> String {
        "\(name): \(tally.fields.count) of \(fields.count) fields, \(tally.edits) edits: \(tally.patched) patched, "
            + "\(tally.fullWay) the full way, \(tally.errors) refused with an error, \(tally.unseen) changing no page, "
            + "\(tally.differing) differing from a full build; the patched edits rendered \(tally.rendered) of \(tally.pages) pages"
    }

    /// The tallies of the kinds checked so far.
    static let finished = Mutex<[RecordKind: Tally]>([:])

    /// One kind at a time, so that the kinds are checked in parallel.
    @Test(arguments: RecordKind.allCases)
    func everyFieldEditedGivesTheBytesOfAFullBuild(_ kind: RecordKind) throws {
        let ran = Self.run(kind, in: Self.richFiles)
        let tally = try #require(ran, "the fixture has no \(kind)")
        let fields = Self.paths(of: kind.spec.fields)
        print(Self.summary("\(kind)", tally, of: fields))
        // The last kind to finish says the whole, so that a reader sees the coverage in one line.
        let finished = Self.finished.withLock { finished in
            finished[kind] = tally
            return finished.count == RecordKind.allCases.count ? finished : nil
        }
        if let finished {
            let all = RecordKind.allCases.flatMap { kind in Self.paths(of: kind.spec.fields).map { "\(kind).\($0)" } }
            var total = Tally()
            for (kind, tally) in finished {
                total.fields.formUnion(tally.fields.map { "\(kind).\($0)" })
                total.edits += tally.edits; total.patched += tally.patched; total.fullWay += tally.fullWay
                total.errors += tally.errors; total.unseen += tally.unseen; total.differing += tally.differing
                total.rendered += tally.rendered; total.pages += tally.pages
            }
            print(Self.summary("every field of \(finished.count) kinds", total, of: all))
        }
        // A field this test cannot make values for, such as one of a new shape, is named here.
        let missed = fields.filter { !tally.fields.contains($0) }
        #expect(missed.isEmpty, "\(kind) fields never edited: \(missed)")
        #expect(tally.edits >= fields.count)
        #expect(tally.unseen * 10 <= tally.edits, "\(tally.unseen) of \(tally.edits) edits changed no page")
        // Most edits are valid and compared with a full build, patched where the kind can be.
        if PreviewSite.isPatchable(kind) {
            #expect(tally.patched >= fields.count && tally.patched * 4 >= tally.edits * 3, "only \(tally.patched) of \(tally.edits) edits were patched")
        } else {
            #expect(tally.patched == 0 && tally.fullWay >= fields.count && tally.fullWay * 4 >= tally.edits * 3,
                    "only \(tally.fullWay) of \(tally.edits) edits went the full way")
        }
    }

    /// A cooperation region's initiative names other municipalities' systems and is shown in the
    /// region's portfolio reports, which no municipal record reaches.
    @Test func everyFieldOfARegionsInitiativeEditedGivesTheBytesOfAFullBuild() throws {
        let ran = Self.run(.initiative, in: ReportFixture.files, at: "content/regions/testradet/initiatives/felles-arkiv.md")
        let tally = try #require(ran)
        print(Self.summary("region initiative", tally, of: Self.paths(of: RecordKind.initiative.spec.fields)))
        #expect(tally.patched * 4 >= tally.edits * 3, "only \(tally.patched) of \(tally.edits) edits were patched")
    }
}
