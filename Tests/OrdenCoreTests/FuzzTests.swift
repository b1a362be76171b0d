import Foundation
import Testing
@testable import Basics
@testable import FrontMatter
@testable import Mustache
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenGenerate
@testable import OrdenHistory
@testable import OrdenModel
@testable import OrdenSite
@testable import OrdenSource
@testable import RDF

/// Generated pathological files through the real check path, each timed: any file within the
/// limits must end, in a result or an error, within a second. The default run is small enough
/// for every test run; scripts/fuzz runs thousands of cases in release mode
/// (ORDEN_FUZZ_CASES, ORDEN_FUZZ_SEED) and prints the slowest.
@Suite struct FuzzTests {
    static let path = "\(Fixture.municipalityA)/systems/arkiv.md"

    @Test func pathologicalFilesEndWithinASecond() throws {
        let environment = ProcessInfo.processInfo.environment
        let cases = environment["ORDEN_FUZZ_CASES"].flatMap(Int.init) ?? 40
        let seed = environment["ORDEN_FUZZ_SEED"].flatMap(UInt64.init) ?? 16
        let only = environment["ORDEN_FUZZ_ONLY"].flatMap(Int.init)
        // A debug build's Swift is several times slower than release (cmark is the same), and
        // the other suites run alongside: cases measured at up to 0.4 s alone reach 0.9 s then.
        #if DEBUG
        let bound: Duration = .seconds(3)
        #else
        let bound: Duration = .seconds(1)
        #endif
        var generator = PathologicalInput(seed: seed)
        var slowest: (index: Int, time: Duration, item: PathologicalInput.Case)?
        let files = Fixture.files
        for index in 0..<cases {
            let item = generator.next()
            if let only, only != index { continue }
            var tree = files
            tree[Self.path] = item.text
            let time = ContinuousClock().measure { _ = Orden.check(.memory(tree)) }
            #expect(time < bound, "case \(index) (\(item.recipe.joined(separator: " + ")), \(item.text.utf8.count) bytes) took \(time)")
            if time > slowest?.time ?? .zero { slowest = (index, time, item) }
        }
        let empty = ContinuousClock().measure { _ = Orden.check(.memory(files)) }
        if let slowest {
            print("fuzz: \(cases) cases, seed \(seed); check of the fixture alone \(empty); slowest case \(slowest.index) "
                  + "(\(slowest.item.recipe.joined(separator: " + ")), \(slowest.item.text.utf8.count) bytes): \(slowest.time)")
            if let output = environment["ORDEN_FUZZ_SLOWEST"] {
                try Data(slowest.item.text.utf8).write(to: URL(fileURLWithPath: output))
            }
        }
    }
}
