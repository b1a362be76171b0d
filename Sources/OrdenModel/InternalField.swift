import Foundation
import Basics
import FrontMatter

/// A field that only the internal build shows, named `kind.field` in orden.yml's `internal_fields`
/// (`system.users`, `contract.annual_cost`). Only optional top-level fields can be internal: a
/// required field has to be on the public page.
package struct InternalField: Sendable, Hashable, Decodable, CustomStringConvertible {
    package var kind: RecordKind
    /// The YAML key, e.g. `annual_cost`.
    package var key: String

    package init?(kind: RecordKind, key: String) {
        guard InternalFields.clearable(kind).contains(key) else { return nil }
        self.kind = kind
        self.key = key
    }

    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }

    init(scalar text: String, at location: SourceLocation?) throws {
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        let kinds = RecordKind.allCases.map(\.configName)
        guard parts.count == 2, let kind = RecordKind.allCases.first(where: { $0.configName == parts[0] }) else {
            var hint = "write the record kind and the field, e.g. system.users or contract.annual_cost; the kinds are " + kinds.joined(separator: ", ")
            if let first = parts.first, let suggestion = Suggestion.closest(to: first, in: kinds) { hint = "did you mean \"\(suggestion)\"? " + hint }
            throw ValueError("\"\(text)\" does not name a field as kind.field", hint: hint)
        }
        let keys = InternalFields.clearable(kind).sorted()
        guard let field = InternalField(kind: kind, key: parts[1]) else {
            var hint = "the \(kind.noun) fields that can be internal are " + keys.joined(separator: ", ")
            if let suggestion = Suggestion.closest(to: parts[1], in: keys) { hint = "did you mean \"\(suggestion)\"? " + hint }
            throw ValueError("the \(kind.noun) has no optional field \"\(parts[1])\"", hint: hint)
        }
        self = field
    }

    package var description: String { "\(kind.configName).\(key)" }
}

/// A built-in internal field a site publishes, from orden.yml's `public_fields`. Only the DPO's
/// contact can be: security details never are.
package struct PublishableField: Sendable, Hashable, Decodable, Encodable {
    package var field: InternalField
    static let allowed: [InternalField] = [InternalField(kind: .municipality, key: "dpo")].compactMap { $0 }

    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }

    init(scalar text: String, at location: SourceLocation?) throws {
        let field = try InternalField(scalar: text, at: location)
        guard Self.allowed.contains(field) else {
            let isInternal = InternalFields.builtIn.contains(field)
            throw ValueError(isInternal ? "\(field) cannot be made public" : "\(field) is public already",
                             hint: "public_fields can only publish " + Self.allowed.map(\.description).joined(separator: ", "))
        }
        self.field = field
    }

    package func encode(to encoder: any Encoder) throws { try field.encode(to: encoder) }
}

extension RecordKind {
    /// How orden.yml names the kind: `system`, `service-area`.
    package var configName: String {
        switch self {
        case .serviceArea: "service-area"
        default: rawValue
        }
    }
}
