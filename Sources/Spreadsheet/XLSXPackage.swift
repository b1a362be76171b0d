import Foundation
import ZIPFoundation
import Basics

/// The parts of an XLSX workbook (a zip of XML files), read in memory with a limit on how much
/// each part may unpack to, so that a zip bomb is refused instead of filling the memory.
struct XLSXPackage {
    static let maximumPartBytes = 256 * 1024 * 1024

    let path: String
    private let archive: Archive

    init(_ data: Data, path: String) throws {
        self.path = path
        let bytes = [UInt8](data.prefix(8))
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw Self.problem(path, "\(path) is an old Excel 97–2003 workbook (.xls), which Orden cannot read",
                               hint: "open it in Excel or LibreOffice and save it as Excel workbook (.xlsx)")
        }
        guard bytes.starts(with: [0x50, 0x4B]), let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else {
            throw Self.problem(path, data.isEmpty ? "\(path) is empty" : "\(path) is not an XLSX workbook (it is not a zip archive)",
                               hint: "save the spreadsheet as Excel workbook (.xlsx), or as CSV and import the .csv file")
        }
        self.archive = archive
    }

    func contains(_ part: String) -> Bool { archive[part] != nil }

    /// The bytes of a part, or nil if the workbook has no such part.
    func read(_ part: String) throws -> Data? {
        guard let entry = archive[part] else { return nil }
        guard entry.uncompressedSize <= UInt64(Self.maximumPartBytes) else { throw tooLarge(part) }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > Self.maximumPartBytes { throw tooLarge(part) }
            }
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Self.problem(path, "\(part) in \(path) cannot be unpacked (\(error))", hint: "the file is damaged; save the workbook again")
        }
        return data
    }

    private func tooLarge(_ part: String) -> Diagnostic {
        Self.problem(path, "\(part) in \(path) unpacks to more than \(Self.maximumPartBytes / 1024 / 1024) MB", hint: "the workbook is too large or damaged; save only the inventory sheet")
    }

    static func problem(_ path: String, _ message: String, hint: String) -> Diagnostic {
        .error(message, at: SourceLocation(path: path), hint: hint)
    }

    /// Resolves a relationship target against the folder of the part that names it:
    /// `worksheets/sheet1.xml` from `xl/workbook.xml` → `xl/worksheets/sheet1.xml`.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }
}
