import Foundation
import Basics
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenSite
import RDF

/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, fast generator whose whole output is fixed
/// by its seed. The generator never touches the system random source, so the same seed gives
/// the same content on every machine and every run.
///
/// Every range, choice and shuffle is computed here rather than with the standard library's
/// `random(in:using:)`, whose algorithm is not promised to stay the same between Swift versions.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// An independent stream for one part of the content (`"vendors"`, `"municipality/3901"`), so
    /// that drawing more numbers in one part never shifts what another part gets.
    init(seed: UInt64, stream: String) {
        var mixer = SeededRandom(seed: seed ^ StableHash.fnv1a(stream))
        state = mixer.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< bound, by the high half of a 128-bit product (Lemire); the bias is below 2⁻⁵⁰ for
    /// the small bounds used here, far too little to matter for synthetic content.
    mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A uniform number in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    mutating func double(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    mutating func pick<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[below(items.count)]
    }

    /// `items` in a random order (Fisher–Yates).
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        var index = result.count - 1
        while index > 0 {
            result.swapAt(index, below(index + 1))
            index -= 1
        }
        return result
    }

    /// Up to `count` different items, in the order they were drawn.
    mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        Array(shuffled(items).prefix(max(0, count)))
    }

    /// An index into `weights`, each chosen in proportion to its weight.
    mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        guard total > 0 else { return below(weights.count) }
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.count - 1
    }

    /// A normally distributed number (Box–Muller).
    mutating func normal(mean: Double, deviation: Double) -> Double {
        let u = max(unit(), 0x1p-53)
        let v = unit()
        return mean + deviation * (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// `base` varied by up to ±`spread` (0.15 for ±15 %), rounded.
    mutating func around(_ base: Int, spread: Double) -> Int {
        Int((Double(base) * double((1 - spread)...(1 + spread))).rounded())
    }
}

/// Choices by rank with Zipf weights 1/(rank+1)^s, with the cumulative table built once.
struct ZipfTable: Sendable {
    let cumulative: [Double]

    init(count: Int, exponent: Double) {
        var sum = 0.0
        var table: [Double] = []
        table.reserveCapacity(count)
        for rank in 0..<count {
            sum += 1 / pow(Double(rank + 1), exponent)
            table.append(sum)
        }
        cumulative = table
    }

    /// A rank in 0 ..< count.
    func draw(_ random: inout SeededRandom) -> Int {
        guard let total = cumulative.last else { return 0 }
        let target = random.unit() * total
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// A string hash that is the same in every process. Swift's `Hasher` is seeded per process, so
/// it must never decide anything that ends up in the output.
enum StableHash {
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
