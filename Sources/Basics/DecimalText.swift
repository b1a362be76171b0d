import Foundation

/// Numbers as tables and spreadsheets show them: up to two decimals, no grouping, no "-0".
package enum DecimalText {
    package static func text(_ value: Double, separator: String) -> String {
        var out: [UInt8] = []
        append(value, separator: separator.utf8.first ?? UInt8(ascii: "."), to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    package static func append(_ value: Double, separator: UInt8, to out: inout [UInt8]) {
        let rounded = (value * 100).rounded() / 100
        guard abs(rounded) < 1e12 else {
            // Too large for hundredths to be exact in a Double (or not a number): as printf prints it.
            if rounded == rounded.rounded() && abs(rounded) < 9e18 {
                out.append(contentsOf: String(Int(rounded)).utf8)
                return
            }
            let text = String(format: "%.2f", rounded)
            let trimmed = text.hasSuffix("0") ? String(text.dropLast()) : text
            for byte in trimmed.utf8 { out.append(byte == UInt8(ascii: ".") ? separator : byte) }
            return
        }
        if rounded == rounded.rounded() {
            out.append(contentsOf: String(Int(rounded)).utf8)
            return
        }
        // rounded is k/100 for a whole k, so printing it with two decimals prints k's digits.
        let hundredths = Int((value * 100).rounded())
        let magnitude = hundredths.magnitude
        if hundredths < 0 { out.append(UInt8(ascii: "-")) }
        out.append(contentsOf: String(magnitude / 100).utf8)
        out.append(separator)
        let fraction = magnitude % 100
        out.append(UInt8(ascii: "0") + UInt8(fraction / 10))
        if fraction % 10 != 0 { out.append(UInt8(ascii: "0") + UInt8(fraction % 10)) }
    }

}
