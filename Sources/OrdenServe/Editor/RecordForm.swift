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
/// values is a text area with one value a line; what is richer (a list of integrations, legal
/// bases) is a small YAML text area. Field names in the form are `f.<key>` and `f.<key>.<sub>`,
/// YAML areas `y.<key>`.
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
        case yaml
    }

    static func control(for type: FieldType) -> Control {
        switch type {
        case .text, .integer, .number, .boolean, .choice, .reference: return .scalar(type)
        case .object(let fields) where fields.allSatisfy({ if case .scalar = control(for: $0.type) { true } else { false } }): return .group(fields)
        case .list(let item):
            if case .scalar = control(for: item) { return .lines(item) }
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

    struct Problem: Equatable {
        var field: String
        var message: String
    }

    /// The changes a submission makes to the record as it is (`current`): only fields whose value
    /// differs; an emptied field is removed. Values are typed by the field, so that a number or
    /// a date is written unquoted.
    func changes(from form: [String: [String]], current: YAMLNode?) -> (changes: [FrontMatterEditor.Change], problems: [Problem]) {
        var changes: [FrontMatterEditor.Change] = [], problems: [Problem] = []
        for field in fields {
            let key = field.key
            var value: YAMLValue?
            // A field the submission does not name is left as it is; only a field sent empty is removed.
            let names: [String] = switch Self.control(for: field.type) {
            case .group(let subfields): subfields.map { "f.\(key).\($0.key)" }
            case .yaml: ["y." + key]
            default: ["f." + key]
            }
            guard names.contains(where: { form[$0] != nil }) else { continue }
            switch Self.control(for: field.type) {
            case .scalar(let type):
                value = Self.scalar(form["f." + key]?.first ?? "", type)
            case .group(let subfields):
                let pairs = subfields.compactMap { sub -> (String, YAMLValue)? in
                    Self.scalar(form["f.\(key).\(sub.key)"]?.first ?? "", sub.type).map { (sub.key, $0) }
                }
                value = pairs.isEmpty ? nil : .map(pairs)
            case .lines(let item):
                let lines = (form["f." + key]?.first ?? "").split(whereSeparator: \.isNewline)
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                value = lines.isEmpty ? nil : .list(lines.compactMap { Self.scalar($0, item) })
            case .yaml:
                let text = form["y." + key]?.first ?? ""
                if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { value = nil; break }
                switch YAMLComposer.compose(text) {
                case .success(let node): value = node.flatMap(YAMLValue.init)
                case .failure(let problem):
                    problems.append(Problem(field: key, message: "line \(problem.line): \(problem.message)"))
                    continue
                }
            }
            if value?.canonical != current?[key].flatMap(YAMLValue.init)?.canonical {
                changes.append(FrontMatterEditor.Change(key, value))
            }
        }
        return (changes, problems)
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
