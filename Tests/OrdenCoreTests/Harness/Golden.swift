import Foundation
import Testing

/// Golden files: a whole output kept in the repository under `Tests/golden/`, compared byte for
/// byte. They live outside the test target's folder so that SwiftPM does not take them for
/// resources.
///
/// When an output changes on purpose, write the golden files again from what the code produces
/// now, and read the difference in `git diff` before committing it:
///
///     ORDEN_UPDATE_GOLDEN=1 swift test --skip-build --filter CatalogueRDFTests
///
/// The same variable rewrites the expected sections of the CLI transcripts in `Tests/cli/`.
enum Golden {
    static let folder = BuildTests.repository.appendingPathComponent("Tests/golden")

    static var updating: Bool { ProcessInfo.processInfo.environment["ORDEN_UPDATE_GOLDEN"] == "1" }

    /// `actual` is what `Tests/golden/<path>` holds; with ORDEN_UPDATE_GOLDEN=1 it becomes what it holds.
    static func expect(_ actual: Data, equals path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(path)
        if updating {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                if (try? Data(contentsOf: url)) != actual { try actual.write(to: url) }
            } catch {
                Issue.record("cannot write the golden file \(path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record("no golden file Tests/golden/\(path); write it with ORDEN_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("differs from Tests/golden/\(path): \(firstDifference(expected, actual)); if the change is meant, write it again with ORDEN_UPDATE_GOLDEN=1",
                         sourceLocation: sourceLocation)
        }
    }

    static func expect(_ actual: String, equals path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        expect(Data(actual.utf8), equals: path, sourceLocation: sourceLocation)
    }

    /// The first line that differs, both ways, so that a failure is read without a diff tool.
    static func firstDifference(_ expected: Data, _ actual: Data) -> String {
        let old = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let new = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        for index in 0..<max(old.count, new.count) {
            let was = index < old.count ? old[index] : "(end)"
            let now = index < new.count ? new[index] : "(end)"
            if was != now { return "line \(index + 1) is \(now.debugDescription), expected \(was.debugDescription)" }
        }
        return "the bytes differ (\(actual.count) bytes, expected \(expected.count))"
    }
}
