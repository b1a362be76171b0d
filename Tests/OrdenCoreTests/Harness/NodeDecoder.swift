import Foundation
@testable import Basics
@testable import FrontMatter
@testable import OrdenModel

// The Decodable reader that read front matter, orden.yml and the guide before the field tables
// did, kept as the oracle `FieldTableTests` holds the tables to: the same messages, positions and
// values for the demo's files and for thousands of broken ones.

/// Thrown after a problem has been recorded, to abandon a value without reporting it twice.
struct AlreadyReported: Error {}

/// Which keys of a mapping the decoded type asked for: the rest are unknown keys.
private final class KeyTracker {
    /// The names asked for, in order; for the hint when a key is unknown.
    var requested: [String] = []
    let pairs: [YAMLPair]
    /// Which pairs a name asked for found.
    var taken: [Bool]
    init(_ pairs: [YAMLPair]) {
        self.pairs = pairs
        taken = Array(repeating: false, count: pairs.count)
    }

    /// The value written for `name`, counting the key as known.
    func value(for name: String) -> YAMLNode? {
        requested.append(name)
        for index in pairs.indices where pairs[index].key.text == name {
            taken[index] = true
            return pairs[index].value
        }
        return nil
    }
}

private final class TrackerList {
    var trackers: [KeyTracker] = []
}

/// A `Decoder` over a composed YAML node that records problems instead of stopping at the first.
struct NodeDecoder: LocatingDecoder {
    let node: YAMLNode
    let codingPath: [any CodingKey]
    let report: DecodingReport
    private let trackers = TrackerList()
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: YAMLNode, codingPath: [any CodingKey], report: DecodingReport) {
        self.node = node
        self.codingPath = codingPath
        self.report = report
    }

    /// Where the value being decoded stands in the file.
    var location: SourceLocation { report.location(of: node) }

    /// The field's name as an editor writes it, e.g. `lifecycle.status` or `integrations[2].to`.
    var fieldName: String { Self.fieldName(codingPath) }

    static func fieldName(_ path: [any CodingKey]) -> String {
        var name = ""
        for key in path {
            if let index = key.intValue {
                name += "[\(index + 1)]"
            } else {
                name += name.isEmpty ? key.stringValue.snakeCased : ".\(key.stringValue.snakeCased)"
            }
        }
        return name.isEmpty ? "front matter" : name
    }

    // MARK: Entry point

    /// Decodes a value of type T from `node`, recording every problem; nil if it could not be decoded.
    static func decode<T: Decodable>(_ type: T.Type, from node: YAMLNode, codingPath: [any CodingKey] = [], report: DecodingReport) -> T? {
        let field = fieldName(codingPath)
        guard report.visit(node, field: field) else { return nil }
        if let what = FillIn.request(in: node) {
            report.add(FillIn.diagnostic(field: field, asking: what, at: report.location(of: node)))
            // Text keeps the mark as its value, so no later check reports the field as missing;
            // the error keeps the record out of any site.
            if T.self == String.self, let text = node.text { return text as? T }
            return nil
        }
        if let closed = T.self as? any ClosedValue.Type {
            return FieldReader.decodeClosed(closed, node: node, field: field, report: report) as? T
        }
        if let scalar = T.self as? any ScalarField.Type {
            return FieldReader.decodeScalar(scalar, node: node, field: field, report: report) as? T
        }
        if let own = T.self as? any ReadByItself.Type {
            return own.read(node, field: field, report: report) as? T
        }
        if let sequence = T.self as? any LenientSequence.Type {
            guard let items = node.items else {
                report.error("\(field) must be a list, but is \(node.kindDescription)", at: node,
                             hint: "write a list as [a, b] or as lines starting with \"- \"")
                return nil
            }
            return sequence.decodeElements(items, codingPath: codingPath, report: report) as? T
        }
        let decoder = NodeDecoder(node: node, codingPath: codingPath, report: report)
        do {
            let value = try T(from: decoder)
            decoder.reportUnknownKeys()
            return value
        } catch let problem as ValueError {
            report.error("\(field): \(problem.message)", at: node, hint: problem.hint)
        } catch is AlreadyReported {
        } catch {
            report.error("\(field) could not be read: \(error)", at: node)
        }
        return nil
    }

    private func reportUnknownKeys() {
        for tracker in trackers.trackers {
            guard tracker.taken.contains(false) else { continue }
            let known = Set(tracker.requested).sorted()
            for (index, pair) in tracker.pairs.enumerated() where !tracker.taken[index] {
                let key = pair.key
                guard let name = key.text, !tracker.requested.contains(name) else { continue }
                let prefix = codingPath.isEmpty ? "" : "\(fieldName): "
                var hint = "known fields here: \(known.joined(separator: ", "))"
                if let suggestion = Suggestion.closest(to: name, in: known) {
                    hint = "did you mean \"\(suggestion)\"? " + hint
                }
                report.error("\(prefix)unknown field \"\(name)\"", at: key, hint: hint)
            }
        }
    }

    // MARK: Decoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard let mapping = node.pairs else {
            report.error("\(fieldName) must be a group of fields (key: value), but is \(node.kindDescription)", at: node)
            throw AlreadyReported()
        }
        for pair in mapping where pair.key.text == nil {
            report.error("\(fieldName): a field name must be plain text", at: pair.key)
        }
        let tracker = KeyTracker(mapping)
        trackers.trackers.append(tracker)
        return KeyedDecodingContainer(KeyedNodeContainer<Key>(decoder: self, tracker: tracker))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard let sequence = node.items else {
            report.error("\(fieldName) must be a list, but is \(node.kindDescription)", at: node)
            throw AlreadyReported()
        }
        return UnkeyedNodeContainer(decoder: self, items: sequence)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        ScalarContainer(decoder: self)
    }
}

// MARK: - Containers

private struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    let tracker: KeyTracker
    var codingPath: [any CodingKey] { decoder.codingPath }

    var allKeys: [Key] {
        tracker.pairs.compactMap(\.key.text).compactMap { Key(stringValue: $0.camelCased) }
    }

    func contains(_ key: Key) -> Bool {
        value(for: key) != nil
    }

    private func value(for key: Key) -> YAMLNode? {
        tracker.value(for: key.stringValue.snakeCased)
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let node = value(for: key) else { return true }
        return node.isNull
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let path = codingPath + [key]
        guard let node = value(for: key), !node.isNull else {
            let field = NodeDecoder.fieldName(path)
            let anchor = value(for: key) ?? decoder.node
            decoder.report.error("missing required field \"\(field)\"", at: anchor, hint: "add a line \"\(key.stringValue.snakeCased): …\"")
            return try placeholder(type)
        }
        if let value = NodeDecoder.decode(type, from: node, codingPath: path, report: decoder.report) {
            return value
        }
        return try placeholder(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let node = value(for: key), !node.isNull else { return nil }
        return NodeDecoder.decode(type, from: node, codingPath: codingPath + [key], report: decoder.report)
    }

    private func placeholder<T>(_ type: T.Type) throws -> T {
        guard let stand = type as? any HasPlaceholder.Type, let value = stand.placeholder as? T else {
            throw AlreadyReported()
        }
        return value
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        guard let node = value(for: key) else { throw AlreadyReported() }
        return try NodeDecoder(node: node, codingPath: codingPath + [key], report: decoder.report).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        guard let node = value(for: key) else { throw AlreadyReported() }
        return try NodeDecoder(node: node, codingPath: codingPath + [key], report: decoder.report).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder {
        guard let node = value(for: key) else { throw AlreadyReported() }
        return NodeDecoder(node: node, codingPath: codingPath + [key], report: decoder.report)
    }
}

private struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let decoder: NodeDecoder
    let items: [YAMLNode]
    var currentIndex = 0
    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func next() throws -> YAMLNode {
        guard !isAtEnd else { throw AlreadyReported() }
        defer { currentIndex += 1 }
        return items[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, items[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let index = currentIndex
        let node = try next()
        guard let value = NodeDecoder.decode(type, from: node, codingPath: codingPath + [IndexKey(index)], report: decoder.report) else {
            throw AlreadyReported()
        }
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let index = currentIndex
        return try NodeDecoder(node: try next(), codingPath: codingPath + [IndexKey(index)], report: decoder.report).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let index = currentIndex
        return try NodeDecoder(node: try next(), codingPath: codingPath + [IndexKey(index)], report: decoder.report).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let index = currentIndex
        return NodeDecoder(node: try next(), codingPath: codingPath + [IndexKey(index)], report: decoder.report)
    }
}

/// Lists decode element by element, so that one bad item is reported and the others are kept.
protocol LenientSequence {
    static func decodeElements(_ items: [YAMLNode], codingPath: [any CodingKey], report: DecodingReport) -> Any
}

extension Array: LenientSequence where Element: Decodable {
    static func decodeElements(_ items: [YAMLNode], codingPath: [any CodingKey], report: DecodingReport) -> Any {
        var values: [Element] = []
        for (index, item) in items.enumerated() where !item.isNull {
            if let value = NodeDecoder.decode(Element.self, from: item, codingPath: codingPath + [IndexKey(index)], report: report) {
                values.append(value)
            }
        }
        return values
    }
}

private struct ScalarContainer: SingleValueDecodingContainer {
    let decoder: NodeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.node.isNull }

    private func text(expecting: String) throws -> String {
        guard let text = decoder.node.text else {
            throw ValueError("expected \(expecting), but found \(decoder.node.kindDescription)")
        }
        return text
    }

    func decode(_ type: String.Type) throws -> String {
        try text(expecting: "text")
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        try ScalarText.boolean(text(expecting: Bool.expected))
    }

    func decode(_ type: Int.Type) throws -> Int {
        try ScalarText.integer(text(expecting: Int.expected))
    }

    func decode(_ type: Double.Type) throws -> Double {
        try ScalarText.number(text(expecting: Double.expected))
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if type == String.self, let value = try decode(String.self) as? T { return value }
        guard let value = NodeDecoder.decode(type, from: decoder.node, codingPath: codingPath, report: decoder.report) else {
            throw AlreadyReported()
        }
        return value
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    func decode(_ type: Int8.Type) throws -> Int8 { try narrow(decode(Int.self)) }
    func decode(_ type: Int16.Type) throws -> Int16 { try narrow(decode(Int.self)) }
    func decode(_ type: Int32.Type) throws -> Int32 { try narrow(decode(Int.self)) }
    func decode(_ type: Int64.Type) throws -> Int64 { Int64(try decode(Int.self)) }
    func decode(_ type: UInt.Type) throws -> UInt { try narrow(decode(Int.self)) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try narrow(decode(Int.self)) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try narrow(decode(Int.self)) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try narrow(decode(Int.self)) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try narrow(decode(Int.self)) }

    private func narrow<N: FixedWidthInteger>(_ value: Int) throws -> N {
        guard let narrowed = N(exactly: value) else { throw ValueError("the number \(value) is out of range") }
        return narrowed
    }
}

extension String {
    var camelCased: String {
        var result = ""
        var upper = false
        for character in self {
            if character == "_" { upper = true; continue }
            result += upper ? character.uppercased() : String(character)
            upper = false
        }
        return result
    }
}
