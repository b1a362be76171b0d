import Foundation
import Basics
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenResources
import OrdenSource
import RDF

/// The index the search page reads in the browser: every published record's name, what kind
/// it is, whose it is, where its page is, and the words it can be found by (description,
/// keywords, product, vendor). It is a script that sets `window.ordenSearchIndex`, so that the
/// search also works on a site opened from disk, where a browser refuses to fetch files.
///
/// Compact by construction: kinds, places and folders are tables the records point into by number,
/// a description is cut at `excerptLength` characters, and words the name or the description
/// already hold are left out.
enum SearchIndex {
    static let path = Paths.search + "indeks.js"
    static let excerptLength = 120

    private struct Entry {
        var kind: Int
        var place: Int
        var name: String
        var folder: Int
        /// The last part of the page's address, without its slash.
        var slug: String
        var words: String
        var excerpt: String
    }

    /// Strings stored once, each record pointing at its own by number.
    private struct Table {
        private(set) var values: [String] = []
        private var indices: [String: Int] = [:]

        mutating func index(_ value: String) -> Int {
            if let index = indices[value] { return index }
            values.append(value)
            indices[value] = values.count - 1
            return values.count - 1
        }
    }

    static let kinds: [(id: String, name: TextKey)] = [
        ("municipality", .recordKind.municipality), ("system", .recordKind.system), ("dataset", .recordKind.dataset),
        ("processing", .recordKind.processing), ("contract", .recordKind.contract), ("initiative", .recordKind.initiative),
        ("product", .recordKind.product), ("vendor", .recordKind.vendor), ("service_area", .recordKind.serviceArea),
        ("standard", .recordKind.standard), ("region", .recordKind.region), ("guide", .recordKind.guide),
    ]

    static func file(_ catalogue: Catalogue, text: UIText) -> OutputFile {
        var places = Table(), folders = Table()
        func kind(_ name: String) -> Int { kinds.firstIndex { $0.id == name } ?? 0 }
        let format = Format(text: text)
        var entries: [Entry] = []
        func add(_ kindName: String, _ placeName: String?, _ name: String, _ path: String?, words: [String?] = [], body: String? = nil) {
            guard let path, !path.isEmpty else { return }
            let excerpt = Self.excerpt(body)
            let known = (name + " " + excerpt).lowercased()
            let extra = words.compactMap { $0 }.filter { !$0.isEmpty && !known.contains($0.lowercased()) }.joined(separator: " ")
            // "kommuner/0301-oslo/systemer/arkiv/" is the folder "kommuner/0301-oslo/systemer/" and the slug "arkiv".
            let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
            let cut = trimmed.lastIndex(of: "/").map { trimmed.index(after: $0) } ?? trimmed.startIndex
            entries.append(Entry(kind: kind(kindName), place: placeName.map { places.index($0) } ?? -1, name: name,
                                 folder: folders.index(String(trimmed[..<cut])), slug: String(trimmed[cut...]), words: extra, excerpt: excerpt))
        }

        for entry in catalogue.sortedMunicipalities {
            add("municipality", entry.record.fields.county, entry.name, Paths.municipality(entry),
                words: [entry.number, entry.record.fields.cooperation], body: entry.record.bodyHTML)
        }
        let municipalityName = { (number: String) in catalogue.municipalities[number]?.name }
        for key in catalogue.systems.keys.sorted() {
            guard let system = catalogue.systems[key] else { continue }
            let product = system.fields.product.flatMap { catalogue.products[$0.id]?.fields.name }
            let vendor = system.vendor.flatMap { catalogue.vendors[$0.value]?.fields.name }
            add("system", municipalityName(key.municipality), system.name.value, Paths.local(.system, key, in: catalogue),
                words: [product, vendor, system.category.map { format.category($0.value) }],
                // Only the system's own text: the product's description, which most systems inherit, is in the product's record once.
                body: system.record.bodyHTML)
        }
        for key in catalogue.datasets.keys.sorted() {
            guard let dataset = catalogue.datasets[key] else { continue }
            add("dataset", municipalityName(key.municipality), dataset.fields.title, Paths.local(.dataset, key, in: catalogue),
                words: (dataset.fields.keywords ?? []) + [dataset.fields.description], body: nil)
            if let last = entries.indices.last, entries[last].excerpt.isEmpty {
                entries[last].excerpt = Self.shortened(dataset.fields.description)
            }
        }
        for key in catalogue.processing.keys.sorted() {
            guard let activity = catalogue.processing[key] else { continue }
            add("processing", municipalityName(key.municipality), activity.fields.name, Paths.local(.processing, key, in: catalogue),
                words: [activity.fields.purpose], body: activity.bodyHTML)
        }
        for key in catalogue.contracts.keys.sorted() {
            guard let contract = catalogue.contracts[key] else { continue }
            add("contract", municipalityName(key.municipality), contract.fields.title, Paths.local(.contract, key, in: catalogue),
                words: [catalogue.vendors[contract.fields.vendor.id]?.fields.name], body: contract.bodyHTML)
        }
        for key in catalogue.initiatives.keys.sorted() {
            guard let initiative = catalogue.initiatives[key] else { continue }
            let owner: String? = switch key.owner {
            case .municipality(let number): municipalityName(number)
            case .region(let slug): catalogue.regions[slug]?.name
            case .site: nil
            }
            add("initiative", owner, initiative.fields.title, Paths.initiative(key, in: catalogue),
                words: [initiative.fields.goal], body: initiative.bodyHTML)
        }
        for id in catalogue.products.keys.sorted() {
            guard let product = catalogue.products[id] else { continue }
            let vendor = catalogue.vendors[product.fields.vendor.id]?.fields.name
            add("product", vendor, product.fields.name, Paths.product(id),
                words: [product.fields.category.map { format.category($0) }], body: product.bodyHTML)
        }
        for id in catalogue.vendors.keys.sorted() {
            guard let vendor = catalogue.vendors[id] else { continue }
            add("vendor", nil, vendor.fields.name, Paths.vendor(id), words: [vendor.fields.orgnr?.description], body: vendor.bodyHTML)
        }
        for id in catalogue.serviceAreas.keys.sorted() {
            guard let area = catalogue.serviceAreas[id] else { continue }
            add("service_area", nil, area.fields.name, Paths.serviceArea(id), words: area.fields.kostra ?? [], body: area.bodyHTML)
        }
        for id in catalogue.standards.keys.sorted() {
            guard let standard = catalogue.standards[id] else { continue }
            add("standard", nil, standard.fields.name, Paths.standard(id), body: standard.bodyHTML)
        }
        for slug in catalogue.regions.keys.sorted() {
            guard let region = catalogue.regions[slug] else { continue }
            add("region", nil, region.name, Paths.region(slug))
        }
        for page in catalogue.guide.pages {
            add("guide", nil, page.fields.title, Paths.guidePage(page.id), words: [page.fields.summary], body: page.bodyHTML)
        }

        var out: [UInt8] = Array("window.ordenSearchIndex={\"version\":2".utf8)
        func list(_ name: String, _ values: [String]) {
            out += Array(",\"\(name)\":[".utf8)
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONText.appendQuoted(value, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        list("kinds", kinds.map { text[$0.name] })
        list("kindIds", kinds.map(\.id))
        list("places", places.values)
        list("folders", folders.values)
        // Each record: [kind, place or -1, name, folder, slug, excerpt, further words]; its page is folder + slug + "/".
        out += Array(",\"records\":[".utf8)
        for (index, entry) in entries.enumerated() {
            out += Array((index > 0 ? ",\n[" : "\n[").utf8)
            out += Array("\(entry.kind),\(entry.place),".utf8)
            JSONText.appendQuoted(entry.name, to: &out)
            out += Array(",\(entry.folder),".utf8)
            JSONText.appendQuoted(entry.slug, to: &out)
            out.append(UInt8(ascii: ","))
            JSONText.appendQuoted(entry.excerpt, to: &out)
            out.append(UInt8(ascii: ","))
            JSONText.appendQuoted(entry.words, to: &out)
            out.append(UInt8(ascii: "]"))
        }
        out += Array("]};\n".utf8)
        return OutputFile(path: path, bytes: Data(out))
    }

    /// The first words of a description as plain text: tags dropped, entities read, spaces folded.
    static func excerpt(_ html: String?) -> String {
        guard let html, !html.isEmpty else { return "" }
        // By Unicode scalar, not by character: the search index reads every record's description,
        // and the tags cmark writes are plain ASCII.
        var text = String.UnicodeScalarView()
        var kept = 0
        var inTag = false
        for scalar in html.unicodeScalars {
            if scalar == "<" { inTag = true; text.append(" "); continue }
            if scalar == ">" { inTag = false; continue }
            guard !inTag else { continue }
            text.append(scalar)
            kept += 1
            if kept > excerptLength * 3 { break }
        }
        return shortened(decodingEntities(String(text)))
    }

    /// The entities cmark writes, read in one pass (a search index reads every record's).
    static func decodingEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var decoded = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            decoded += rest[..<ampersand]
            rest = rest[ampersand...]
            if let (entity, character) = entities.first(where: { rest.hasPrefix($0.entity) }) {
                decoded.append(character)
                rest = rest.dropFirst(entity.count)
            } else {
                decoded.append("&")
                rest = rest.dropFirst()
            }
        }
        return decoded + rest
    }

    private static let entities: [(entity: String, character: Character)] = [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")]

    /// Plain text cut after the last whole word within `excerptLength` characters, spaces folded.
    /// `Character.isWhitespace`, without looking up the properties of ASCII characters.
    static func isSpace(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isWhitespace }
        return ascii == 0x20 || (0x09...0x0D).contains(ascii)
    }

    static func shortened(_ text: String) -> String {
        let words = text.split(whereSeparator: isSpace)
        var excerpt = ""
        var length = 0
        for word in words {
            if length + word.count + 1 > excerptLength {
                excerpt += " …"
                break
            }
            if !excerpt.isEmpty { excerpt += " "; length += 1 }
            excerpt += word
            length += word.count
        }
        return excerpt
    }
}
