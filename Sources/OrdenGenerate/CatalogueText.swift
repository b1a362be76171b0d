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

/// One file of the generated source: its path below the source folder and its text.
package struct GeneratedFile: Sendable {
    package var path: String
    package var text: String
}

/// The shared catalogue as record files: vendors, products, service areas and standards.
struct CatalogueText {
    let catalogue: SyntheticCatalogue
    let seed: UInt64
    static let folder = "content/catalogue"
    static let reviewedFrom = GeneratedDay(year: 2024, month: 1, day: 1)
    static let reviewedTo = GeneratedDay(year: 2026, month: 10, day: 15)

    func serviceAreas() -> [GeneratedFile] {
        var random = SeededRandom(seed: seed, stream: "service-areas")
        var files: [GeneratedFile] = []
        for group in Taxonomy.groups {
            var record = RecordText()
            record.text("name", group.name)
            record.list("kostra", group.kostra)
            record.day("reviewed", GeneratedDay.random(Self.reviewedFrom, Self.reviewedTo, &random))
            let context = ProseContext(area: group.name.lowercased())
            files.append(GeneratedFile(path: "\(Self.folder)/service-areas/\(group.id).md",
                                       text: record.document(body: Prose.body(.catalogue, lead: group.about, context, &random))))
        }
        for area in catalogue.areas {
            var record = RecordText()
            record.text("name", area.name)
            record.list("kostra", area.kostra)
            record.text("parent", area.parent)
            record.day("reviewed", GeneratedDay.random(Self.reviewedFrom, Self.reviewedTo, &random))
            let context = ProseContext(area: Names.inSentence(area.name), unit: area.unit.lowercased())
            files.append(GeneratedFile(path: "\(Self.folder)/service-areas/\(area.id).md",
                                       text: record.document(body: Prose.body(.catalogue, lead: area.about, context, &random))))
        }
        return files
    }

    func standards() -> [GeneratedFile] {
        var random = SeededRandom(seed: seed, stream: "standards")
        return Taxonomy.standards.map { standard in
            var record = RecordText()
            record.text("name", standard.name)
            record.text("kind", standard.kind)
            record.text("url", "https://standarder.orden.example/\(standard.id)")
            record.day("reviewed", GeneratedDay.random(Self.reviewedFrom, Self.reviewedTo, &random))
            return GeneratedFile(path: "\(Self.folder)/standards/\(standard.id).md",
                                 text: record.document(body: Prose.body(.catalogue, lead: standard.about, ProseContext(name: standard.name), &random)))
        }
    }

    func vendors() -> [GeneratedFile] {
        var random = SeededRandom(seed: seed, stream: "vendor-text")
        var productCounts = Array(repeating: 0, count: catalogue.vendors.count)
        var areasOfVendor = Array(repeating: [Int](), count: catalogue.vendors.count)
        for product in catalogue.products {
            productCounts[product.vendor] += 1
            let area = catalogue.segments[product.segment].area
            if !areasOfVendor[product.vendor].contains(area) { areasOfVendor[product.vendor].append(area) }
        }
        return catalogue.vendors.enumerated().map { index, vendor in
            var record = RecordText()
            record.text("name", vendor.name)
            record.text("orgnr", vendor.orgnr)
            record.text("country", vendor.country)
            record.text("website", "https://\(vendor.domain)")
            record.day("reviewed", GeneratedDay.random(Self.reviewedFrom, Self.reviewedTo, &random))
            let areaNames = areasOfVendor[index].prefix(3).map { Names.inSentence(catalogue.areas[$0].name) }
            let served = areaNames.isEmpty ? "kommunal sektor" : Self.joined(areaNames)
            let origin = vendor.country == "NO" ? "en norsk leverandør" : "en leverandør med norsk avdeling"
            let lead = "\(vendor.brand) er \(origin) av løsninger for \(served)."
            let context = ProseContext(name: vendor.brand, city: vendor.city, year: vendor.founded, count: vendor.employees)
            return GeneratedFile(path: "\(Self.folder)/vendors/\(vendor.id).md", text: record.document(body: Prose.body(.vendor, lead: lead, context, &random)))
        }
    }

    func products() -> [GeneratedFile] {
        var random = SeededRandom(seed: seed, stream: "product-text")
        return catalogue.products.map { product in
            let segment = catalogue.segments[product.segment]
            let area = catalogue.areas[segment.area]
            let vendor = catalogue.vendors[product.vendor]
            var record = RecordText()
            record.text("name", product.name)
            record.text("vendor", vendor.id)
            record.text("category", segment.spec.category)
            record.list("service_areas", [area.id] + (product.extraArea.map { [catalogue.areas[$0].id] } ?? []))
            record.text("hosting", product.hosting)
            record.text("licence", product.licence)
            record.list("standards", product.standards)
            if !product.categories.isEmpty {
                record.nested("personal_data") { inner in
                    inner.list("categories", product.categories)
                    inner.list("special_categories", product.special)
                }
            }
            record.items("typical_integrations", product.typical.map { typical in
                [("to", .text(catalogue.products[typical.to].id)), ("via", .text(typical.via)), ("direction", .text(typical.direction))]
            })
            record.text("website", "https://\(vendor.domain)/\(product.id)")
            if product.licence != "proprietary" {
                record.text("publiccode_url", "https://kode.\(vendor.domain)/\(product.id)/publiccode.yml")
            }
            record.text("status", product.status)
            record.day("reviewed", GeneratedDay.random(Self.reviewedFrom, Self.reviewedTo, &random))
            let task = Names.inSentence(segment.spec.label)
            var lead = "\(product.name) er en løsning for \(task) fra \(vendor.brand)."
            lead += " " + (Self.hostingSentences[product.hosting] ?? "")
            if segment.spec.shared { lead = "\(product.name) er en felles tjeneste som kommunene kobler seg til i stedet for å drifte den selv." }
            if product.status == "deprecated" { lead += " Produktet videreutvikles ikke, og kundene får tilbud om å gå over til en nyere løsning." }
            if product.status == "discontinued" { lead += " Produktet er avviklet og får ikke lenger oppdateringer." }
            let context = ProseContext(name: product.name, area: Names.inSentence(area.name), vendor: vendor.brand, task: task)
            return GeneratedFile(path: "\(Self.folder)/products/\(product.id).md", text: record.document(body: Prose.body(.product, lead: lead, context, &random)))
        }
    }

    static let hostingSentences = [
        "saas": "Produktet leveres som skytjeneste fra datasenter i Norden.",
        "on-premises": "Produktet installeres på kommunens egne servere.",
        "hosted": "Leverandøren drifter løsningen i eget datasenter for hver kunde.",
        "hybrid": "Løsningen kombinerer skytjenester med en lokal installasjon.",
    ]

    /// "a, b og c".
    static func joined(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " og " + last
    }
}
