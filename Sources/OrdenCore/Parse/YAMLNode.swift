/// A composed YAML node of front matter: only what the decoder needs. Scalars stay text, since
/// every field's type decides how its text is read; tags are ignored for the same reason.
public struct YAMLNode: Sendable {
    public enum Value: Sendable {
        case scalar(String, plain: Bool)
        case mapping([YAMLPair])
        case sequence([YAMLNode])
    }

    public var value: Value
    /// 1-based line and column (in Unicode scalars) of the node within the YAML text.
    public var line: Int
    public var column: Int

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }

    /// The text of a scalar; nil for a mapping or a list.
    public var text: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    public var items: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The value of the first key written as `key` in a mapping.
    public subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.key.text == key }?.value
    }

    /// True for an empty value, `~` or `null` written without quotes.
    var isNull: Bool {
        guard case .scalar(let text, let plain) = value, plain else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    var kindDescription: String {
        switch value {
        case .scalar(let text, _): "\"\(text.prefix(40))\""
        case .mapping: "a group of fields"
        case .sequence: "a list"
        }
    }

    static let emptyMapping = YAMLNode(.mapping([]), line: 1, column: 1)
}

public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode
}
