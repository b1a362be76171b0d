import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenResources
import OrdenSource
import RDF

/// Pages of the shared software catalogue.
extension CataloguePages {
    /// One row per system running the product: how each municipality uses it, side by side.
    private func usageRows(_ product: String) -> [[Cell]] {
        (catalogue.systemsByProduct[product] ?? []).compactMap { key in
            guard let system = catalogue.systems[key] else { return nil }
            var cost = CostSum()
            cost.add(system.fields.cost?.total)
            let contractEnd = published(catalogue.contractsBySystem[key], .contract)
                .compactMap { catalogue.contracts[$0] }.filter { $0.fields.type != .dpa }.compactMap(\.fields.end).min()
            return [municipalityCell(key.municipality), systemCell(key), Cell(format.lifecycle(system.fields.lifecycle.status)),
                    Cell(system.time.map(format.time) ?? "–"), countCell(system.fields.users?.value),
                    system.fields.lifecycle.status == .retired ? Cell("–", numeric: true) : perInhabitantCell(cost, population: catalogue.population(of: key.municipality)),
                    dateCell(contractEnd)]
        }
    }

    func productPage(_ id: String) -> RecordPage? {
        guard let product = catalogue.products[id] else { return nil }
        let fields = product.fields
        var facts: [Fact] = []
        facts.add(text[.catalogue.product.facts.vendor], vendorCell(fields.vendor.id))
        facts.add(text[.catalogue.product.facts.category], fields.category.map { Cell(format.category($0)) })
        facts.add(text[.catalogue.product.facts.serviceAreas], (fields.serviceAreas ?? []).map { serviceAreaCell($0.id) })
        facts.add(text[.catalogue.product.facts.hosting], fields.hosting.map { Cell(format.hosting($0)) })
        facts.add(text[.catalogue.product.facts.licence], fields.licence.map { Cell($0 == "proprietary" ? text[.catalogue.product.proprietary] : $0) })
        facts.add(text[.catalogue.product.facts.standards], (fields.standards ?? []).map { standardCell($0.id) })
        facts.add(text[.catalogue.product.facts.status], fields.status.map { Cell(format.productStatus($0)) })
        facts.add(text[.catalogue.product.facts.website], fields.website.map(webCell))
        facts.add(text[.catalogue.product.facts.publiccode], fields.publiccodeUrl.map(webCell))
        facts.add(text[.catalogue.product.facts.personalData], (fields.personalData?.categories ?? []).map { Cell($0) })
        facts.add(text[.catalogue.product.facts.specialCategories], (fields.personalData?.specialCategories ?? []).map { Cell(format.specialCategory($0)) })
        let usage = usageRows(id)
        let municipalities = Set((catalogue.systemsByProduct[id] ?? []).map(\.municipality)).count
        let typical = (fields.typicalIntegrations ?? []).map { integration in
            [productCell(integration.to.id), integration.via.map { standardCell($0.id) } ?? Cell("–"),
             Cell(integration.direction.map(format.direction) ?? "–")]
        }
        let integrating = (catalogue.systemsIntegratingProduct[id] ?? []).map { [systemCell($0), municipalityCell($0.municipality)] }
        var badges: [Badge] = []
        if let status = fields.status, status != .active { badges.append(Badge(text: format.productStatus(status), tone: "warn")) }
        let vendorName = catalogue.vendors[fields.vendor.id]?.fields.name
        return record(
            kind: text[.catalogue.product.kind], heading: fields.name,
            lead: vendorName.map { text(.catalogue.product.leadWithVendor, ["vendor": $0, "municipalities": format.count(municipalities, .count.municipality)]) }
                ?? text(.catalogue.product.lead, ["municipalities": format.count(municipalities, .count.municipality)]),
            badges: badges, facts: facts, body: product.bodyHTML,
            sections: [
                Section(id: "kommuner", heading: text[.catalogue.product.usage.heading],
                        intro: usage.isEmpty ? nil : text[.catalogue.product.usage.intro],
                        exporting: "kommuner",
                        table: Table(caption: text(.catalogue.product.usage.caption, ["product": fields.name]), columns: [
                            Column(text[.column.municipality]), Column(text[.column.system]),
                            Column(text[.column.lifecycle]), Column(text[.catalogue.column.time]),
                            Column(text[.catalogue.column.users], numeric: true),
                            Column(text[.catalogue.column.costPerInhabitant], numeric: true),
                            Column(text[.catalogue.column.contractEnd])], rows: usage),
                        empty: text[.catalogue.product.usage.empty]),
                section("typiske-integrasjoner", texts: TextKey.catalogue.product.typical,
                        columns: [Column(text[.column.product]), Column(text[.column.via]), Column(text[.column.direction])], rows: typical),
                Section(id: "integrerer", heading: text[.catalogue.product.integrating.heading],
                        table: Table(caption: text(.catalogue.product.integrating.caption, ["product": fields.name]),
                                     columns: [Column(text[.column.system]), Column(text[.column.municipality])], rows: integrating),
                        empty: text[.catalogue.product.integrating.empty]),
            ],
            layout: layout(title: fields.name, breadcrumbs: catalogueCrumbs((text[.catalogue.crumbs.products], Paths.products))))
    }

    func vendorPage(_ id: String) -> RecordPage? {
        guard let vendor = catalogue.vendors[id] else { return nil }
        let fields = vendor.fields
        var facts: [Fact] = []
        facts.add(text[.catalogue.vendor.facts.orgnr], fields.orgnr.map { Cell($0.description) })
        facts.add(text[.catalogue.vendor.facts.country], fields.country.map { Cell($0.code) })
        facts.add(text[.catalogue.vendor.facts.website], fields.website.map(webCell))
        let products = byName(products: catalogue.productsByVendor[id] ?? []).compactMap { productId -> [Cell]? in
            guard let product = catalogue.products[productId] else { return nil }
            let municipalities = Set((catalogue.systemsByProduct[productId] ?? []).map(\.municipality)).count
            return [productCell(productId), Cell(product.fields.category.map(format.category) ?? "–"),
                    Cell(product.fields.status.map(format.productStatus) ?? "–"), countCell(municipalities)]
        }
        let contracts = published(catalogue.contractsByVendor[id], .contract).compactMap { key -> [Cell]? in
            guard let contract = catalogue.contracts[key] else { return nil }
            return [municipalityCell(key.municipality), contractCell(key), Cell(contract.fields.type.map(format.contractType) ?? "–"),
                    dateCell(contract.fields.end)]
        }
        let processing = published(catalogue.processingByVendor[id], .processing).map { [municipalityCell($0.municipality), processingCell($0)] }
        return record(
            kind: text[.catalogue.vendor.kind], heading: fields.name, facts: facts, body: vendor.bodyHTML, bodyHeading: text[.catalogue.vendor.bodyHeading],
            sections: [
                Section(id: "produkter", heading: text[.catalogue.vendor.products.heading],
                        table: Table(caption: text(.catalogue.vendor.products.caption, ["vendor": fields.name]),
                                     columns: [Column(text[.column.product]), Column(text[.column.category]), Column(text[.column.status]),
                                               Column(text[.column.municipalities], numeric: true)], rows: products),
                        empty: text[.catalogue.vendor.products.empty]),
                Section(id: "avtaler", heading: text[.catalogue.vendor.contracts.heading],
                        table: Table(caption: text(.catalogue.vendor.contracts.caption, ["vendor": fields.name]),
                                     columns: [Column(text[.column.municipality]), Column(text[.column.contract]), Column(text[.column.type]),
                                               Column(text[.column.expires])], rows: contracts),
                        empty: text[.catalogue.vendor.contracts.empty]),
                Section(id: "databehandler", heading: text[.catalogue.vendor.processor.heading],
                        table: Table(caption: text(.catalogue.vendor.processor.caption, ["vendor": fields.name]),
                                     columns: [Column(text[.column.municipality]), Column(text[.catalogue.column.processing])], rows: processing),
                        empty: text[.catalogue.vendor.processor.empty]),
            ],
            layout: layout(title: fields.name, breadcrumbs: catalogueCrumbs((text[.catalogue.crumbs.vendors], Paths.vendors))))
    }

    func serviceAreaPage(_ id: String) -> RecordPage? {
        guard let area = catalogue.serviceAreas[id] else { return nil }
        let fields = area.fields
        var facts: [Fact] = []
        facts.add(text[.catalogue.serviceArea.facts.kostra], (fields.kostra ?? []).map { Cell($0) })
        facts.add(text[.catalogue.serviceArea.facts.parent], fields.parent.flatMap { catalogue.serviceAreas[$0.id] == nil ? nil : serviceAreaCell($0.id) })
        facts.add(text[.catalogue.serviceArea.facts.children], (catalogue.childServiceAreas[id] ?? []).map(serviceAreaCell))
        let products = byName(products: catalogue.productsByServiceArea[id] ?? []).map { productId in
            [productCell(productId), vendorCell(catalogue.products[productId]?.fields.vendor.id),
             countCell(Set((catalogue.systemsByProduct[productId] ?? []).map(\.municipality)).count)]
        }
        let systems = (catalogue.systemsByServiceArea[id] ?? []).map { key in
            [municipalityCell(key.municipality), systemCell(key), productCell(catalogue.systems[key]?.fields.product?.id)]
        }
        return record(
            kind: text[.catalogue.serviceArea.kind], heading: fields.name, facts: facts, body: area.bodyHTML,
            sections: [
                Section(id: "produkter", heading: text[.catalogue.serviceArea.products.heading],
                        table: Table(caption: text(.catalogue.serviceArea.products.caption, ["area": fields.name]),
                                     columns: [Column(text[.column.product]), Column(text[.column.vendor]),
                                               Column(text[.column.municipalities], numeric: true)], rows: products),
                        empty: text[.catalogue.serviceArea.products.empty]),
                Section(id: "systemer", heading: text[.catalogue.serviceArea.systems.heading],
                        table: Table(caption: text(.catalogue.serviceArea.systems.caption, ["area": fields.name]),
                                     columns: [Column(text[.column.municipality]), Column(text[.column.system]), Column(text[.column.product])],
                                     rows: systems),
                        empty: text[.catalogue.serviceArea.systems.empty]),
            ],
            layout: layout(title: fields.name, breadcrumbs: catalogueCrumbs((text[.catalogue.crumbs.serviceAreas], Paths.serviceAreas))))
    }

    func standardPage(_ id: String) -> RecordPage? {
        guard let standard = catalogue.standards[id] else { return nil }
        let fields = standard.fields
        var facts: [Fact] = []
        facts.add(text[.catalogue.standard.facts.kind], fields.kind.map { Cell(format.standardKind($0)) })
        facts.add(text[.catalogue.standard.facts.website], fields.url.map(webCell))
        let products = byName(products: catalogue.productsByStandard[id] ?? []).map { [productCell($0), vendorCell(catalogue.products[$0]?.fields.vendor.id)] }
        let systems = (catalogue.systemsByStandard[id] ?? []).map { [municipalityCell($0.municipality), systemCell($0)] }
        return record(
            kind: text[.catalogue.standard.kind], heading: fields.name, facts: facts, body: standard.bodyHTML,
            sections: [
                Section(id: "produkter", heading: text[.catalogue.standard.products.heading],
                        table: Table(caption: text(.catalogue.standard.products.caption, ["standard": fields.name]),
                                     columns: [Column(text[.column.product]), Column(text[.column.vendor])], rows: products),
                        empty: text[.catalogue.standard.products.empty]),
                Section(id: "systemer", heading: text[.catalogue.standard.systems.heading],
                        table: Table(caption: text(.catalogue.standard.systems.caption, ["standard": fields.name]),
                                     columns: [Column(text[.column.municipality]), Column(text[.column.system])], rows: systems),
                        empty: text[.catalogue.standard.systems.empty]),
            ],
            layout: layout(title: fields.name, breadcrumbs: catalogueCrumbs((text[.catalogue.crumbs.standards], Paths.standards))))
    }
}
