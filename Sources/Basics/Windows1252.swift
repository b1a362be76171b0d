/// Windows-1252, the text encoding old Excel versions on Norwegian Windows save CSV in: Latin-1
/// with typographic quotes, dashes and € in 0x80–0x9F.
package enum Windows1252 {
    /// 0x80–0x9F; 0 where the code page leaves the byte undefined (kept as the C1 control).
    private static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    package static func decode<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var text = String.UnicodeScalarView()
        for byte in bytes {
            var value = UInt32(byte)
            if (0x80...0x9F).contains(byte), high[Int(byte) - 0x80] != 0 { value = high[Int(byte) - 0x80] }
            if let scalar = Unicode.Scalar(value) { text.append(scalar) }
        }
        return String(text)
    }
}
