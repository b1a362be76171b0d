import Basics

/// A composed YAML node of front matter: only what the decoder needs. Scalars stay text, since
/// every field's type decides how its text is read; tags are ignored for the same reason.
package struct YAMLNode: Sendable {
    package enum Value: Sendable {
        case scalar(String, plain: Bool)
        case mapping([YAMLPair])
        case sequence([YAMLNode])
    }

    package var value: Value
    /// 1-based line and column (in Unicode scalars) of the node within the YAML text.
    package var line: Int
    package var column: Int

    package init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }

    /// The text of a scalar; nil for a mapping or a list.
    package var text: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    package var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    package var items: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The value of the first key written as `key` in a mapping.
    package subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.key.text == key }?.value
    }

    /// True for an empty value, `~` or `null` written without quotes.
    package var isNull: Bool {
        guard case .scalar(let text, let plain) = value, plain else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    package var kindDescription: String {
        switch value {
        case .scalar(let text, _): "\"\(text.prefix(40))\""
        case .mapping: "a group of fields"
        case .sequence: "a list"
        }
    }

    package static let emptyMapping = YAMLNode(.mapping([]), line: 1, column: 1)
}

package struct YAMLPair: Sendable {
    package var key: YAMLNode
    package var value: YAMLNode
}
