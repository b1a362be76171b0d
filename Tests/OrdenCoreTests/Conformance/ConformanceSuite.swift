import Foundation

/// Where the vendored official test suites live (Tests/suites/<name>, each with its licence), and
/// how a suite's result is printed. `scripts/test` collects the printed lines into its summary, so
/// the counts appear at the end of every CI run.
enum ConformanceSuite {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("suites")

    static func folder(_ name: String) -> URL { root.appendingPathComponent(name) }

    /// Prints one line such as
    /// `conformance: W3C Turtle (rdf-tests): 313 of 313 passed`
    /// or, when some tests are refused on purpose,
    /// `conformance: W3C JSON-LD 1.1 toRdf: 400 of 467 passed, 67 refused with a named reason, 0 wrong`.
    static func report(_ suite: String, passed: Int, of total: Int, refused: Int = 0, wrong: Int = 0) {
        var line = "conformance: \(suite): \(passed) of \(total) passed"
        if refused > 0 || wrong > 0 {
            line += ", \(refused) refused with a named reason, \(wrong) wrong"
        }
        print(line)
    }
}
