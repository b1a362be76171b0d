import Foundation
import Yams
import Basics
import FrontMatter
import OrdenAuthoring
import OrdenModel
import OrdenSite

/// The form for one kind of record, made from the registry of record kinds: a field per
/// FieldSpec, in the registry's order, each control chosen by the field's type. A group of plain
/// fields (`lifecycle`, `classification`) is a fieldset of its own controls; a list of plain
/// values is a text area with one value a line; a list of such groups (integrations, legal
/// bases, distributions) is a row of controls per item, with a row to add and a box to remove
/// each; what is richer still is a small YAML text area. Field names in the form are `f.<key>`
/// and `f.<key>.<sub>`, rows `r.<key>.<index>.<sub>`, YAML areas `y.<key>`.
struct RecordForm {
    let spec: RecordKindSpec
    /// Whether internal fields are shown and saved (`--audience internal`).
    let internalFields: Bool

    /// The fields the form shows and saves.
    var fields: [FieldSpec] { spec.fields.filter { internalFields || !$0.isInternal } }

    enum Control {
        case scalar(FieldType)
        case group([FieldSpec])
        case lines(FieldType)
        /// A list of groups of scalars and lists of scalars: the groups' fields.
        case rows([FieldSpec])
        case yaml
    }

    /// The control of a field as the record has it: rows only where the value is a list of
    /// groups the rows can show in full, so that nothing is lost; otherwise the YAML area.
    func control(for field: FieldSpec, current: YAMLNode?) -> Control {
        let control = Self.control(for: field.type)
        guard case .rows(let subFields) = control, let current, !current.isNull else { return control }
        guard let items = current.items else { return .yaml }
        for item in items {
            guard let pairs = item.pairs else { return .yaml }
            for pair in pairs {
                guard let key = pair.key.text else { return .yaml }
                guard let sub = subFields.first(where: { $0.key == key }) else { continue }
                switch Self.control(for: sub.type) {
                case .scalar: if pair.value.text == nil { return .yaml }
                case .lines: if pair.value.text == nil && !(pair.value.items?.allSatisfy { $0.text != nil } ?? false) { return .yaml }
                default: return .yaml
                }
            }
        }
        return control
    }

    /// The fields of a row the form shows (internal ones only for the internal audience).
    func shown(_ subFields: [FieldSpec]) -> [FieldSpec] { subFields.filter { internalFields || !$0.isInternal } }

    static func control(for type: FieldType) -> Control {
        switch type {
        case .text, .integer, .number, .boolean, .choice, .reference: return .scalar(type)
        case .object(let fields) where fields.allSatisfy({ if case .scalar = control(for: $0.type) { true } else { false } }): return .group(fields)
        case .list(let item):
            if case .scalar = control(for: item) { return .lines(item) }
            if case .object(let fields) = item, fields.allSatisfy({
                switch control(for: $0.type) {
                case .scalar, .lines: true
                default: false
                }
            }) { return .rows(fields) }
            return .yaml
        default: return .yaml
        }
    }

    // MARK: Values from the file

    /// The text a control shows for a scalar node.
    static func text(_ node: YAMLNode?) -> String { node?.text ?? "" }

    /// A field's YAML as written, for a YAML text area: the value's lines with the key's
    /// indentation removed.
    static func yamlText(_ node: YAMLNode?) -> String {
        guard let node, let value = YAMLValue(node) else { return "" }
        return (try? Yams.serialize(node: value.node, width: -1, allowUnicode: true)) ?? ""
    }

    // MARK: Reading a submission

    /// The changes a submission makes to the record as it is (`current`): only fields whose value
    /// differs; an emptied field is removed. Values are typed by the field, so that a number or
    /// a date is written unquoted.
    func changes(from form: [String: [String]], current: YAMLNode?) -> (changes: [FrontMatterEditor.Change], problems: [Editor.FieldProblem]) {
        var changes: [FrontMatterEditor.Change] = [], problems: [Editor.FieldProblem] = []
        for field in fields {
            let key = field.key
            var value: YAMLValue?
            // A field the submission does not name is left as it is; only a field sent empty is removed.
            let control = control(for: field, current: current?[key])
            let names: [String] = switch control {
            case .group(let subfields): subfields.map { "f.\(key).\($0.key)" }
            case .rows: ["r." + key]
            case .yaml: ["y." + key]
            default: ["f." + key]
            }
            guard names.contains(where: { form[$0] != nil }) else { continue }
            switch control {
            case .scalar(let type):
                value = Self.scalar(form["f." + key]?.first ?? "", type)
            case .group(let subfields):
                let pairs = subfields.compactMap { sub -> (String, YAMLValue)? in
                    Self.scalar(form["f.\(key).\(sub.key)"]?.first ?? "", sub.type).map { (sub.key, $0) }
                }
                value = pairs.isEmpty ? nil : .map(pairs)
            case .lines(let item):
                value = Self.lines(form["f." + key]?.first ?? "", item)
            case .rows(let subFields):
                value = rows(form, key: key, subFields: subFields, current: current?[key])
            case .yaml:
                let text = form["y." + key]?.first ?? ""
                if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { value = nil; break }
                switch YAMLComposer.compose(text) {
                case .success(let node): value = node.flatMap(YAMLValue.init)
                case .failure(let problem):
                    problems.append(Editor.FieldProblem(field: key, message: "line \(problem.line): \(problem.message)"))
                    continue
                }
            }
            if value?.canonical != current?[key].flatMap(YAMLValue.init)?.canonical {
                changes.append(FrontMatterEditor.Change(key, value))
            }
        }
        return (changes, problems)
    }

    /// A text area's lines as a list of typed values; nil when there is none.
    static func lines(_ raw: String, _ item: FieldType) -> YAMLValue? {
        let lines = raw.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.isEmpty ? nil : .list(lines.compactMap { scalar($0, item) })
    }

    static let removeMark = "_fjern"

    /// One submitted row: its number, its fields' texts by key, and whether it is to be removed.
    struct SubmittedRow {
        var number: Int
        var values: [String: String] = [:]
        var removed = false
    }

    /// The rows a submission gives for the list `key` (`r.<key>.<number>.<field>`), by number.
    static func submittedRows(_ form: [String: [String]], key: String) -> [SubmittedRow] {
        let prefix = "r.\(key)."
        var rows: [Int: SubmittedRow] = [:]
        for (name, given) in form where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dot = rest.firstIndex(of: "."), let number = Int(rest[..<dot]), number >= 0 else { continue }
            let field = String(rest[rest.index(after: dot)...])
            if field == removeMark { rows[number, default: SubmittedRow(number: number)].removed = true; continue }
            rows[number, default: SubmittedRow(number: number)].values[field] = given.first ?? ""
        }
        return rows.values.sorted { $0.number < $1.number }
    }

    /// The rows of a list of groups, in the order of their numbers, each a group of the values
    /// given; a row marked for removal or left empty is no item. A row that was in the file
    /// keeps the fields the form does not show (internal ones, unknown keys for the check to
    /// name), so that a save loses nothing it did not show.
    func rows(_ form: [String: [String]], key: String, subFields: [FieldSpec], current: YAMLNode?) -> YAMLValue? {
        let shown = shown(subFields)
        var items: [YAMLValue] = []
        for row in Self.submittedRows(form, key: key) where !row.removed {
            let number = row.number
            var pairs: [(String, YAMLValue)] = []
            for sub in shown {
                let raw = row.values[sub.key] ?? ""
                let value: YAMLValue? = switch Self.control(for: sub.type) {
                case .lines(let item): Self.lines(raw, item)
                case .scalar(let type): Self.scalar(raw, type)
                default: nil
                }
                if let value { pairs.append((sub.key, value)) }
            }
            guard !pairs.isEmpty else { continue }
            if let items = current?.items, items.indices.contains(number), let original = items[number].pairs {
                for pair in original {
                    guard let name = pair.key.text, !shown.contains(where: { $0.key == name }), let value = YAMLValue(pair.value) else { continue }
                    pairs.append((name, value))
                }
                // The row's fields in the order the file has them; new ones after, in the registry's.
                let order = original.compactMap(\.key.text)
                let spec = subFields.map(\.key)
                pairs = pairs.enumerated().sorted {
                    (order.firstIndex(of: $0.element.0) ?? Int.max, spec.firstIndex(of: $0.element.0) ?? Int.max, $0.offset)
                        < (order.firstIndex(of: $1.element.0) ?? Int.max, spec.firstIndex(of: $1.element.0) ?? Int.max, $1.offset)
                }.map(\.element)
            }
            items.append(.map(pairs))
        }
        return items.isEmpty ? nil : .list(items)
    }

    /// A control's text as a typed value; nil when empty. A value that does not read as its type
    /// is kept as text, for `orden check` to say what is wrong with it beside the field.
    static func scalar(_ raw: String, _ type: FieldType) -> YAMLValue? {
        let text = raw.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        switch type {
        case .integer: return Int(text).map(YAMLValue.integer) ?? .string(text)
        case .number: return Double(text.replacingOccurrences(of: ",", with: ".")).map(YAMLValue.number) ?? .string(text)
        case .boolean: return text == "true" ? .bool(true) : text == "false" ? .bool(false) : .string(text)
        case .text(format: "date", _): return Day(text).map(YAMLValue.day) ?? .string(text)
        default: return .string(text)
        }
    }
}

extension YAMLValue {
    /// A composed node as a value: scalars as text, which the field's reader types.
    init?(_ node: YAMLNode) {
        switch node.value {
        case .scalar(let text, let plain):
            if plain && node.isNull { return nil }
            self = .string(text)
        case .sequence(let items): self = .list(items.compactMap(YAMLValue.init))
        case .mapping(let pairs): self = .map(pairs.compactMap { pair in pair.key.text.flatMap { key in YAMLValue(pair.value).map { (key, $0) } } })
        }
    }

    /// The value with every scalar as its text, to tell whether a submission changed a field.
    var canonical: String {
        switch self {
        case .string(let text): "s:" + text
        case .integer(let n): "s:" + String(n)
        case .number(let x): "s:" + (x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x))
        case .bool(let b): "s:" + (b ? "true" : "false")
        case .day(let day): "s:" + day.description
        case .list(let items): "[" + items.map(\.canonical).joined(separator: ",") + "]"
        case .map(let pairs): "{" + pairs.map { "\($0.0)=\($0.1.canonical)" }.joined(separator: ",") + "}"
        }
    }
}
