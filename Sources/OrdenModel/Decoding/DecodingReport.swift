import Basics
import FrontMatter

/// A problem with one value, thrown by a value type's `init(scalar:at:)` and reported at that
/// value's position in the file.
struct ValueError: Error {
    var message: String
    var hint: String?
    init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
}

/// Types with a stand-in value. When a required field is missing or wrong, the decoder records
/// the problem and uses the stand-in, so decoding goes on and every problem in the file is found.
/// A record with any error is never rendered, so stand-ins never reach output.
package protocol HasPlaceholder {
    static var placeholder: Self { get }
}

extension String: HasPlaceholder { package static var placeholder: String { "" } }
extension Int: HasPlaceholder { package static var placeholder: Int { 0 } }
extension Double: HasPlaceholder { package static var placeholder: Double { 0 } }
extension Bool: HasPlaceholder { package static var placeholder: Bool { false } }
extension Array: HasPlaceholder { package static var placeholder: [Element] { [] } }

/// A closed set of values spelled as strings in front matter (an enumeration).
package protocol ClosedValue: RawRepresentable, CaseIterable, Sendable, Codable, HasPlaceholder, FieldValue where RawValue == String {}

extension ClosedValue {
    package static var placeholder: Self { allCases.first! }  // safe: every closed set has cases
    package static var allowedValues: [String] { allCases.map(\.rawValue) }
}

/// Collects the diagnostics of one file while its front matter is decoded.
package final class DecodingReport {
    package let path: String
    /// Added to YAML line numbers to give file line numbers.
    let lineOffset: Int
    package private(set) var diagnostics: [Diagnostic] = []
    /// Where each field's value stands, by field name (`lifecycle.end_of_life`), for checks made
    /// after decoding that need to point at a field.
    package private(set) var positions = FieldPositions()
    /// Nodes left to visit; bounds the work any front matter can cause.
    private var budget = 20_000
    private var budgetReported = false

    package init(path: String, lineOffset: Int) {
        self.path = path
        self.lineOffset = lineOffset
    }

    func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(path: path, line: node.line + lineOffset, column: node.column)
    }

    package func error(_ message: String, at node: YAMLNode, hint: String? = nil) {
        diagnostics.append(.error(message, at: location(of: node), hint: hint))
    }

    package func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Counts one visited node; false once the budget is spent (reported once).
    func visit(_ node: YAMLNode, field: String) -> Bool {
        positions[field] = FieldPosition(line: node.line + lineOffset, column: node.column)
        budget -= 1
        if budget >= 0 { return true }
        if !budgetReported {
            budgetReported = true
            error("the front matter has too many values", at: node, hint: "a record has at most a few hundred fields and list items")
        }
        return false
    }
}

extension String {
    /// `serviceAreas` → `service_areas`: Swift property names to front matter keys.
    /// Coding keys are ASCII, so this works on bytes: it is asked for every field of every record.
    package var snakeCased: String {
        guard utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 4)
        for byte in utf8 {
            if (0x41...0x5A).contains(byte) {
                bytes.append(0x5F)
                bytes.append(byte + 0x20)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
