import Basics
import FrontMatter

/// Reading records from front matter by a table of their fields, instead of through `Decodable`.
/// Swift's generic decoding containers box, look up metadata and cast for every field a type has,
/// written or not; a table reads the keys that are written, one pass over the mapping. The
/// messages, positions and stand-ins are those of the Decodable reader it replaced, which
/// `FieldTableTests` keeps to compare with. They also check that every table names exactly its
/// type's properties.

/// A value that can be read from its node.
package protocol FieldValue {
    /// The value, or nil with the problem reported. `field` names it as an editor writes it:
    /// `lifecycle.status`, `integrations[2].to`.
    static func read(_ node: YAMLNode, field: String, report: DecodingReport) -> Self?
}

package enum FieldReader {
    /// What every value goes through: its position is noted, the node budget counted, and a
    /// `FYLL UT` mark reported instead of a type error.
    static func value<V: FieldValue>(_ type: V.Type, _ node: YAMLNode, field: String, report: DecodingReport) -> V? {
        guard report.visit(node, field: field) else { return nil }
        if let what = FillIn.request(in: node) {
            report.add(FillIn.diagnostic(field: field, asking: what, at: report.location(of: node)))
            // Text keeps the mark as its value, so no later check reports the field as missing;
            // the error keeps the record out of any site.
            if V.self == String.self, let text = node.text { return text as? V }
            return nil
        }
        return V.read(node, field: field, report: report)
    }

    /// A record's front matter.
    package static func record<F: FieldGroup>(_ type: F.Type, from node: YAMLNode, report: DecodingReport) -> F? {
        value(F.self, node, field: "front matter", report: report)
    }

    static func decodeScalar<S: ScalarField>(_ type: S.Type, node: YAMLNode, field: String, report: DecodingReport) -> S? {
        guard let text = node.text else {
            report.error("\(field): expected \(S.expected), but found \(node.kindDescription)", at: node)
            return nil
        }
        do {
            return try S(scalar: text, at: report.location(of: node))
        } catch let problem as ValueError {
            report.error("\(field): \(problem.message)", at: node, hint: problem.hint)
        } catch {
            report.error("\(field) could not be read: \(error)", at: node)
        }
        return nil
    }

    static func decodeClosed<C: ClosedValue>(_ type: C.Type, node: YAMLNode, field: String, report: DecodingReport) -> C? {
        guard let text = node.text else {
            report.error("\(field) must be one of \(C.allowedValues.joined(separator: ", ")), but is \(node.kindDescription)", at: node)
            return nil
        }
        if let value = C(rawValue: text) { return value }
        var hint = "allowed values: \(C.allowedValues.joined(separator: ", "))"
        if let suggestion = Suggestion.closest(to: text, in: C.allowedValues) {
            hint = "did you mean \"\(suggestion)\"? " + hint
        }
        report.error("\(field) has the value \"\(text)\", which is not allowed", at: node, hint: hint)
        return nil
    }
}

extension ScalarField {
    package static func read(_ node: YAMLNode, field: String, report: DecodingReport) -> Self? {
        FieldReader.decodeScalar(Self.self, node: node, field: field, report: report)
    }
}

extension ClosedValue {
    package static func read(_ node: YAMLNode, field: String, report: DecodingReport) -> Self? {
        FieldReader.decodeClosed(Self.self, node: node, field: field, report: report)
    }
}

/// Lists are read item by item, so that one bad item is reported and the others are kept.
extension Array: FieldValue where Element: FieldValue {
    package static func read(_ node: YAMLNode, field: String, report: DecodingReport) -> [Element]? {
        guard let items = node.items else {
            report.error("\(field) must be a list, but is \(node.kindDescription)", at: node,
                         hint: "write a list as [a, b] or as lines starting with \"- \"")
            return nil
        }
        var values: [Element] = []
        values.reserveCapacity(items.count)
        for (index, item) in items.enumerated() where !item.isNull {
            if let value = FieldReader.value(Element.self, item, field: "\(field)[\(index + 1)]", report: report) {
                values.append(value)
            }
        }
        return values
    }
}

/// A value whose shapes (one value or a list; text or a group) only its own `read` knows: the
/// Decodable path reads it the same way, so that both report the same problems.
protocol ReadByItself: FieldValue {}

/// A record, or a group of fields within one (`lifecycle`, `integrations[1]`), read by its table.
package protocol FieldGroup: FieldValue {
    static var fieldTable: FieldTable<Self> { get }
}

extension FieldGroup {
    package static func read(_ node: YAMLNode, field: String, report: DecodingReport) -> Self? {
        fieldTable.read(node, field: field, report: report)
    }
}

/// The fields of a group: each one's key and how to read it into the group.
package struct FieldTable<Group>: Sendable {
    struct Field: Sendable {
        let key: String
        let required: Bool
        /// Reads the value into the group; false when a required value could not be read and
        /// has no stand-in, which makes the whole group unreadable.
        let read: @Sendable (inout Group, YAMLNode, String, DecodingReport) -> Bool
        /// Puts the stand-in of a required value in place; false when it has none.
        let standIn: @Sendable (inout Group) -> Bool
    }

    /// The group with every optional field empty and stand-ins in the required ones, which
    /// reading replaces.
    private let blank: @Sendable () -> Group
    private let fields: [Field]
    /// For the hint on an unknown key.
    private let sortedKeys: [String]
    private let known: String
    /// Reads the fields in the table's order and gives up on the group at the first value that
    /// cannot be read and has no stand-in, without reporting the rest: how the Decodable reader
    /// read orden.yml and the guide, whose messages these tables keep.
    private let stopsAtFirstUnreadable: Bool

    init(_ blank: @escaping @Sendable () -> Group, _ fields: [Field], stopsAtFirstUnreadable: Bool = false) {
        self.blank = blank
        self.fields = fields
        sortedKeys = fields.map(\.key).sorted()
        known = sortedKeys.joined(separator: ", ")
        self.stopsAtFirstUnreadable = stopsAtFirstUnreadable
    }

    /// The table of a record kind, as the registry declares its fields.
    init(_ blank: @escaping @Sendable () -> Group, _ spec: RecordKindSpec) {
        self.init(blank, fields: spec.fields)
    }

    /// The table of a group within a record (`lifecycle`, `integrations[]`), as the registry
    /// declares the group's fields.
    init(_ blank: @escaping @Sendable () -> Group, group path: String, of kind: RecordKind) {
        self.init(blank, fields: kind.spec.field(at: path)?.type.subFields ?? [])
    }

    private init(_ blank: @escaping @Sendable () -> Group, fields: [FieldSpec]) {
        self.init(blank, fields.compactMap { ($0.reading as? ReadInto<Group>)?.field })
    }

    /// The table of a group of settings (orden.yml, the guide), read as the Decodable reader did.
    init(_ blank: @escaping @Sendable () -> Group, settings fields: [FieldSpec]) {
        self.init(blank, fields.compactMap { ($0.reading as? ReadInto<Group>)?.field }, stopsAtFirstUnreadable: true)
    }

    var keys: [String] { fields.map(\.key) }

    /// Keys are mostly written in the table's order, so the search starts after the last one found.
    private func position(of key: String, after last: Int) -> Int? {
        let count = fields.count
        var position = last + 1
        for _ in 0..<count {
            if position == count { position = 0 }
            if fields[position].key == key { return position }
            position += 1
        }
        return nil
    }

    func read(_ node: YAMLNode, field: String, report: DecodingReport) -> Group? {
        guard let pairs = node.pairs else {
            report.error("\(field) must be a group of fields (key: value), but is \(node.kindDescription)", at: node)
            return nil
        }
        if stopsAtFirstUnreadable { return readInOrder(pairs, node, field: field, report: report) }
        let prefix = field == "front matter" ? "" : field + "."
        var group = blank()
        var seen = [Bool](repeating: false, count: fields.count)
        var failed = false
        var unknown: [(String, YAMLNode)] = []
        var last = -1
        for pair in pairs {
            guard let key = pair.key.text else {
                report.error("\(field): a field name must be plain text", at: pair.key)
                continue
            }
            guard let position = position(of: key, after: last) else {
                unknown.append((key, pair.key))
                continue
            }
            last = position
            if seen[position] { continue }
            seen[position] = true
            let entry = fields[position]
            let name = prefix + key
            if pair.value.isNull {
                guard entry.required else { continue }
                report.error("missing required field \"\(name)\"", at: pair.value, hint: "add a line \"\(key): …\"")
                if !entry.standIn(&group) { failed = true }
                continue
            }
            if !entry.read(&group, pair.value, name, report) { failed = true }
        }
        for (position, entry) in fields.enumerated() where entry.required && !seen[position] {
            report.error("missing required field \"\(prefix + entry.key)\"", at: node, hint: "add a line \"\(entry.key): …\"")
            if !entry.standIn(&group) { failed = true }
        }
        reportUnknown(unknown, field: field, report: report)
        return failed ? nil : group
    }

    private func reportUnknown(_ unknown: [(String, YAMLNode)], field: String, report: DecodingReport) {
        for (index, (key, keyNode)) in unknown.enumerated() {
            let where_ = field == "front matter" ? "" : "\(field): "
            var hint = "known fields here: \(known)"
            // Past the first hundred unknown fields, a typo is not the likely cause; thousands
            // of keys would each be compared with every field name.
            if index < 100, let suggestion = Suggestion.closest(to: key, in: sortedKeys) { hint = "did you mean \"\(suggestion)\"? " + hint }
            report.error("\(where_)unknown field \"\(key)\"", at: keyNode, hint: hint)
        }
    }

    /// See `stopsAtFirstUnreadable`. The first of two pairs with one key is read, the other ignored.
    private func readInOrder(_ pairs: [YAMLPair], _ node: YAMLNode, field: String, report: DecodingReport) -> Group? {
        let prefix = field == "front matter" ? "" : field + "."
        for pair in pairs where pair.key.text == nil {
            report.error("\(field): a field name must be plain text", at: pair.key)
        }
        var group = blank()
        var taken = [Bool](repeating: false, count: pairs.count)
        for entry in fields {
            let index = pairs.firstIndex { $0.key.text == entry.key }
            if let index { taken[index] = true }
            guard let index, !pairs[index].value.isNull else {
                guard entry.required else { continue }
                report.error("missing required field \"\(prefix + entry.key)\"", at: index.map { pairs[$0].value } ?? node,
                             hint: "add a line \"\(entry.key): …\"")
                if !entry.standIn(&group) { return nil }
                continue
            }
            if !entry.read(&group, pairs[index].value, prefix + entry.key, report) { return nil }
        }
        let keys = Set(fields.map(\.key))
        let unknown = pairs.indices.compactMap { index -> (String, YAMLNode)? in
            guard !taken[index], let key = pairs[index].key.text, !keys.contains(key) else { return nil }
            return (key, pairs[index].key)
        }
        reportUnknown(unknown, field: field, report: report)
        return group
    }
}

extension FieldTable.Field {
    /// A field that may be left out.
    static func optional<Value: FieldValue>(_ key: String, _ path: WritableKeyPath<Group, Value?> & Sendable) -> Self {
        Self(key: key, required: false, read: { group, node, name, report in
            group[keyPath: path] = FieldReader.value(Value.self, node, field: name, report: report)
            return true
        }, standIn: { _ in true })
    }

    /// A field that must be written. A value that cannot be read is replaced by its type's
    /// stand-in, so that the rest of the file is still checked; a type without one makes the
    /// group unreadable.
    static func required<Value: FieldValue>(_ key: String, _ path: WritableKeyPath<Group, Value> & Sendable) -> Self {
        let standIn: @Sendable (inout Group) -> Bool = { group in
            guard let placeholder = (Value.self as? any HasPlaceholder.Type)?.placeholder as? Value else { return false }
            group[keyPath: path] = placeholder
            return true
        }
        return Self(key: key, required: true, read: { group, node, name, report in
            guard let value = FieldReader.value(Value.self, node, field: name, report: report) else { return standIn(&group) }
            group[keyPath: path] = value
            return true
        }, standIn: standIn)
    }
}
