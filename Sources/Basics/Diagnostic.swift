/// A position in a source file, 1-based. Line 0 means "the file as a whole".
package struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var path: String
    package var line: Int
    package var column: Int

    package init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    package static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }

    package var description: String {
        line > 0 ? "\(path):\(line):\(max(column, 1))" : path
    }
}

package enum Severity: String, Sendable, Comparable {
    case error
    case warning

    package static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// One problem found in the content. Diagnostics are data: they are collected
/// through every stage, sorted and printed once, so an editor sees every problem in one run.
package struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var location: SourceLocation
    package var severity: Severity
    package var message: String
    package var hint: String?

    package init(_ severity: Severity, _ message: String, at location: SourceLocation, hint: String? = nil) {
        self.location = location
        self.severity = severity
        self.message = message
        self.hint = hint
    }

    package static func error(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, hint: hint)
    }

    package static func warning(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, hint: hint)
    }

    package static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location, a.severity, a.message, a.hint ?? "") < (b.location, b.severity, b.message, b.hint ?? "")
    }

    /// `path:line:column: error: message`, with the hint on an indented line below. Control
    /// characters from file names and content are shown escaped, never sent to the terminal.
    package var description: String {
        var text = "\(PrintableText.escaped(location.description)): \(severity.rawValue): \(PrintableText.escaped(message))"
        if let hint { text += "\n    hint: \(PrintableText.escaped(hint))" }
        return text
    }
}

package extension Array where Element == Diagnostic {
    var errorCount: Int { count { $0.severity == .error } }
    var warningCount: Int { count { $0.severity == .warning } }
    var hasErrors: Bool { contains { $0.severity == .error } }

    /// The one-line summary printed after the diagnostics.
    var summary: String {
        let errors = errorCount, warnings = warningCount
        func plural(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        return "\(plural(errors, "error", "errors")), \(plural(warnings, "warning", "warnings"))"
    }
}

/// A diagnostic can stop an operation that has no other way to report it (a missing municipality
/// folder for an import).
extension Diagnostic: Error {}
