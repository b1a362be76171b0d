import Dispatch
import Synchronization

/// Work spread over every core, with results in input order, so that output never depends on
/// how threads were scheduled.
package enum Parallel {
    /// `transform` of each element, computed in chunks on all cores.
    package static func map<Element: Sendable, Result: Sendable>(_ elements: [Element], chunk: Int = 512,
                                                        _ transform: @Sendable (Element) -> Result) -> [Result] {
        let chunks = (elements.count + chunk - 1) / chunk
        guard chunks > 1 else { return elements.map(transform) }
        let parts = Mutex<[[Result]]>(Array(repeating: [], count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            let part = elements[(index * chunk)..<min(elements.count, (index + 1) * chunk)].map(transform)
            parts.withLock { $0[index] = part }
        }
        return parts.withLock { $0 }.flatMap { $0 }
    }

    /// Runs `first` and `second` at the same time and returns both results.
    package static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let results = Mutex<(A?, B?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                let a = first()
                results.withLock { $0.0 = a }
            } else {
                let b = second()
                results.withLock { $0.1 = b }
            }
        }
        return results.withLock { state in
            // Both closures have run once concurrentPerform returns.
            guard let a = state.0, let b = state.1 else { preconditionFailure("concurrentPerform returned before both ran") }
            return (a, b)
        }
    }
}
