import Foundation

/// Turns the bytes of a content file into text: UTF-8 only, a byte-order mark dropped,
/// Windows and old Mac line endings made into `\n`.
package enum TextDecoding {
    package enum Failure: Error, Equatable {
        /// The first byte that is not part of valid UTF-8, with its 1-based line and column.
        case notUTF8(line: Int, column: Int, byte: UInt8)
    }

    package static func decode(_ data: Data) -> Result<String, Failure> {
        let valid: String? = data.withUnsafeBytes { raw in
            let all = raw.bindMemory(to: UInt8.self)
            let start = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            return String(validating: UnsafeBufferPointer(rebasing: all[start...]), as: UTF8.self)
        }
        if var text = valid {
            if text.utf8.contains(UInt8(ascii: "\r")) {
                text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            }
            return .success(text)
        }
        return locateInvalidUTF8(data)
    }

    /// Where the first byte that is not UTF-8 stands: only for files that are not.
    private static func locateInvalidUTF8(_ data: Data) -> Result<String, Failure> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = firstInvalidUTF8Offset(bytes) {
            var line = 1, lineStart = 0
            for index in 0..<offset where bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            // The column counts characters, so count the valid scalars before the bad byte on its line.
            let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
            return .failure(.notUTF8(line: line, column: prefix.unicodeScalars.count + 1, byte: bytes[offset]))
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .success(text)
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    package static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
            default: return index
            }
            guard index + length <= count else { return index }
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }
}
