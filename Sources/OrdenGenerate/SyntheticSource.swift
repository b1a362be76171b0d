import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
import Basics
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

#elseif canImport(Darwin)
import Darwin
#endif

/// `orden generate`: a content source with invented content at national proportions, for
/// benchmarks and tests. The first N real municipalities (in the order of the official list)
/// each get about 150 systems, 40 datasets, 60 processing activities and 90 contracts, against a
/// shared catalogue of about 3,000 products from 600 vendors. The same options always give
/// byte-identical files: every choice comes from SplitMix64 streams seeded by `seed`.
package enum SyntheticSource {
    package struct Options: Sendable {
        package var municipalities: Int
        package var seed: UInt64
        package var catalogue: CatalogueSize

        package init(municipalities: Int, seed: UInt64, catalogue: CatalogueSize = .national) {
            self.municipalities = municipalities
            self.seed = seed
            self.catalogue = catalogue
        }
    }

    /// What was written, by record kind.
    package struct Summary: Sendable, Equatable {
        package var counts: [RecordKind: Int] = [:]
        package var files = 0
        package var records: Int { counts.values.reduce(0, +) }
    }

    /// 1 ... the number of municipalities in the official list (357).
    package static var municipalityRange: ClosedRange<Int> { 1...max(1, OfficialList.entries.count) }

    /// Every file, path → text. Holds the whole source in memory: for tests and small sources.
    package static func files(_ options: Options) -> [String: String] {
        let files = Mutex<[String: String]>([:])
        _ = generate(options) { batch in
            files.withLock { files in
                for file in batch { files[file.path] = file.text }
            }
        }
        return files.withLock { $0 }
    }

    /// Writes the source into `folder`, which must be empty or missing unless `replacing` is set;
    /// then orden.yml and content/ are removed first, so that nothing from an earlier run is left.
    package static func write(_ options: Options, to folder: URL, replacing: Bool = false) throws -> Summary {
        let manager = FileManager.default
        if replacing {
            for name in [ContentLayout.configFile, ContentLayout.contentFolder] {
                let url = folder.appendingPathComponent(name)
                if manager.fileExists(atPath: url.path) { try manager.removeItem(at: url) }
            }
        }
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        let root = folder.standardizedFileURL.path
        let failure = Mutex<(any Error)?>(nil)
        let summary = generate(options) { batch in
            do {
                // Plain string paths: URL's path arithmetic stats the file system on Linux.
                var folders: Set<Substring> = []
                for file in batch {
                    let path = root + "/" + file.path
                    if let slash = path.lastIndex(of: "/"), folders.insert(path[..<slash]).inserted {
                        try manager.createDirectory(atPath: String(path[..<slash]), withIntermediateDirectories: true)
                    }
                    try PlainFile.save(file.text, to: path)
                }
            } catch {
                failure.withLock { if $0 == nil { $0 = error } }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
        return summary
    }

    /// Why `folder` cannot be written into without replacing: it is not a folder, or not empty.
    package static func refusal(_ folder: URL) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return "\(folder.path) is a file, not a folder" }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return entries.isEmpty ? nil : "the folder \(folder.path) is not empty"
    }

    /// Builds the plan, then hands the files to `emit` in batches: the site settings and the
    /// catalogue, then one batch per municipality, several at a time. `emit` is called from
    /// several threads; the content of each batch does not depend on the order.
    static func generate(_ options: Options, emit: @Sendable ([GeneratedFile]) -> Void) -> Summary {
        let count = min(max(1, options.municipalities), OfficialList.entries.count)
        let plan = NationalPlan(municipalities: count, seed: options.seed, size: options.catalogue)
        let text = CatalogueText(catalogue: plan.catalogue, seed: options.seed)
        let summary = Mutex(Summary())
        @Sendable func record(_ files: [GeneratedFile], _ counts: [RecordKind: Int]) {
            emit(files)
            summary.withLock { summary in
                summary.files += files.count
                for (kind, number) in counts { summary.counts[kind, default: 0] += number }
            }
        }
        let jobs = 5 + count
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            switch job {
            case 0: record([GeneratedFile(path: ContentLayout.configFile, text: siteConfig(plan))], [:])
            case 1: record(text.serviceAreas(), [.serviceArea: Taxonomy.groups.count + plan.catalogue.areas.count])
            case 2: record(text.standards(), [.standard: Taxonomy.standards.count])
            case 3: record(text.vendors(), [.vendor: plan.catalogue.vendors.count])
            case 4: record(text.products(), [.product: plan.catalogue.products.count])
            default:
                let files = MunicipalRecords(plan: plan, index: job - 5).files()
                var counts: [RecordKind: Int] = [:]
                for file in files {
                    guard case .record(let entry) = ContentLayout.classify(file.path) else { continue }
                    counts[entry.kind, default: 0] += 1
                }
                record(files, counts)
            }
        }
        return summary.withLock { $0 }
    }

    static func siteConfig(_ plan: NationalPlan) -> String {
        var text = "# Written by orden generate (\(plan.municipalities.count) municipalities, seed \(plan.seed)). Every vendor, product,\n"
        text += "# system, contract and person is invented; only the municipalities' numbers, names and counties are real.\n"
        var record = RecordText()
        record.text("title", "Orden – nasjonale testdata")
        record.text("base_url", "https://nasjonal.orden.example/")
        record.text("description", "Syntetisk nasjonal oversikt over IT-systemer, datasett, behandlinger og avtaler i \(plan.municipalities.count) kommuner, laget for ytelsestester av Orden.")
        record.text("language", "nb")
        record.day("report_date", GeneratedDay(year: 2026, month: 11, day: 1))
        record.nested("publisher") { publisher in
            publisher.text("name", "Orden testdata")
            publisher.text("orgnr", "921000006")
        }
        record.text("notice", "Dette er syntetiske testdata. Leverandører, produkter, systemer, avtaler, kostnader og personer er oppdiktet; bare kommunenes navn og numre er ekte.")
        return text + record.frontMatter
    }
}

enum PlainFile {
    /// Writes with open/write/close. Foundation's `Data.write(to:)` calls fsync on every file,
    /// which makes 100,000 files take minutes instead of seconds; a generated source can simply
    /// be generated again, so it does not need that durability.
    static func save(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO, path: path) }
        defer { close(descriptor) }
        var text = text
        try text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO, path: path) }
                offset += written
            }
        }
    }
}

extension POSIXError {
    /// The error with the file's path in its description, so the message says which file failed.
    init(_ code: POSIXErrorCode, path: String) {
        self.init(code, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(code.rawValue)))"])
    }
}
