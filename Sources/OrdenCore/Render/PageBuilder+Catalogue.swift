/// Pages of the shared software catalogue.
extension PageBuilder {
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
        facts.add("Leverandør", vendorCell(fields.vendor.id))
        facts.add("Kategori", fields.category.map { Cell(format.category($0)) })
        facts.add("Tjenesteområder", (fields.serviceAreas ?? []).map { serviceAreaCell($0.id) })
        facts.add("Driftsform", fields.hosting.map { Cell(format.hosting($0)) })
        facts.add("Lisens", fields.licence.map { Cell($0 == "proprietary" ? "Proprietær" : $0) })
        facts.add("Standarder", (fields.standards ?? []).map { standardCell($0.id) })
        facts.add("Status", fields.status.map { Cell(format.productStatus($0)) })
        facts.add("Nettsted", fields.website.map(webCell))
        facts.add("publiccode.yml", fields.publiccodeUrl.map(webCell))
        facts.add("Personopplysninger", (fields.personalData?.categories ?? []).map { Cell($0) })
        facts.add("Særlige kategorier", (fields.personalData?.specialCategories ?? []).map { Cell(format.specialCategory($0)) })
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
            kind: "Produkt i programvarekatalogen", heading: fields.name,
            lead: "\(vendorName.map { "Fra \($0). " } ?? "")Brukes av \(format.count(municipalities, "municipality")) på dette nettstedet.",
            badges: badges, facts: facts, body: product.bodyHTML,
            sections: [
                Section(id: "kommuner", heading: "Kommuner som bruker produktet",
                        intro: usage.isEmpty ? nil : "Slik bruker kommunene produktet, side om side. Kostnad per innbygger er systemets årlige kostnad delt på kommunens folketall; «uten kostnad» betyr at kostnaden ikke er registrert.",
                        exporting: "kommuner",
                        table: Table(caption: "Kommuner som bruker \(fields.name)", columns: [
                            Column("Kommune"), Column("System"), Column("Livsløp"), Column("TIME"), Column("Brukere", numeric: true),
                            Column("Kostnad per innbygger", numeric: true), Column("Avtalen utløper")], rows: usage),
                        empty: "Ingen kommune har registrert produktet ennå."),
                Section(id: "typiske-integrasjoner", heading: "Typiske integrasjoner",
                        table: Table(caption: "Typiske integrasjoner", columns: [Column("Produkt"), Column("Via"), Column("Retning")], rows: typical),
                        empty: "Ingen typiske integrasjoner er beskrevet."),
                Section(id: "integrerer", heading: "Systemer som integrerer med produktet",
                        table: Table(caption: "Systemer som integrerer med \(fields.name)", columns: [Column("System"), Column("Kommune")], rows: integrating),
                        empty: "Ingen systemer har registrert integrasjon med produktet."),
            ],
            layout: layout(title: fields.name, breadcrumbs: catalogueCrumbs(("Produkter", Paths.products))))
    }

    func vendorPage(_ id: String) -> RecordPage? {
        guard let vendor = catalogue.vendors[id] else { return nil }
        let fields = vendor.fields
        var facts: [Fact] = []
        facts.add("Organisasjonsnummer", fields.orgnr.map { Cell($0.description) })
        facts.add("Land", fields.country.map { Cell($0.code) })
        facts.add("Nettsted", fields.website.map(webCell))
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
            kind: "Leverandør", heading: fields.name, facts: facts, body: vendor.bodyHTML, bodyHeading: "Om leverandøren",
            sections: [
                Section(id: "produkter", heading: "Produkter",
                        table: Table(caption: "Produkter fra \(fields.name)", columns: [Column("Produkt"), Column("Kategori"), Column("Status"), Column("Kommuner", numeric: true)], rows: products),
                        empty: "Ingen produkter er registrert."),
                Section(id: "avtaler", heading: "Avtaler med kommuner",
                        table: Table(caption: "Avtaler med \(fields.name)", columns: [Column("Kommune"), Column("Avtale"), Column("Type"), Column("Utløper")], rows: contracts),
                        empty: "Ingen avtaler er registrert."),
                Section(id: "databehandler", heading: "Databehandler for",
                        table: Table(caption: "Behandlingsaktiviteter der \(fields.name) er databehandler", columns: [Column("Kommune"), Column("Behandling")], rows: processing),
                        empty: "Leverandøren er ikke oppgitt som databehandler."),
            ],
            layout: layout(title: fields.name, breadcrumbs: catalogueCrumbs(("Leverandører", Paths.vendors))))
    }

    func serviceAreaPage(_ id: String) -> RecordPage? {
        guard let area = catalogue.serviceAreas[id] else { return nil }
        let fields = area.fields
        var facts: [Fact] = []
        facts.add("KOSTRA-funksjoner", (fields.kostra ?? []).map { Cell($0) })
        facts.add("Del av", fields.parent.flatMap { catalogue.serviceAreas[$0.id] == nil ? nil : serviceAreaCell($0.id) })
        facts.add("Underområder", (catalogue.childServiceAreas[id] ?? []).map(serviceAreaCell))
        let products = byName(products: catalogue.productsByServiceArea[id] ?? []).map { productId in
            [productCell(productId), vendorCell(catalogue.products[productId]?.fields.vendor.id),
             countCell(Set((catalogue.systemsByProduct[productId] ?? []).map(\.municipality)).count)]
        }
        let systems = (catalogue.systemsByServiceArea[id] ?? []).map { key in
            [municipalityCell(key.municipality), systemCell(key), productCell(catalogue.systems[key]?.fields.product?.id)]
        }
        return record(
            kind: "Tjenesteområde", heading: fields.name, facts: facts, body: area.bodyHTML,
            sections: [
                Section(id: "produkter", heading: "Produkter for området",
                        table: Table(caption: "Produkter for \(fields.name)", columns: [Column("Produkt"), Column("Leverandør"), Column("Kommuner", numeric: true)], rows: products),
                        empty: "Ingen produkter i katalogen er knyttet til området."),
                Section(id: "systemer", heading: "Systemer i kommunene",
                        table: Table(caption: "Systemer for \(fields.name)", columns: [Column("Kommune"), Column("System"), Column("Produkt")], rows: systems),
                        empty: "Ingen kommune har registrert systemer for området."),
            ],
            layout: layout(title: fields.name, breadcrumbs: catalogueCrumbs(("Tjenesteområder", Paths.serviceAreas))))
    }

    func standardPage(_ id: String) -> RecordPage? {
        guard let standard = catalogue.standards[id] else { return nil }
        let fields = standard.fields
        var facts: [Fact] = []
        facts.add("Type", fields.kind.map { Cell(format.standardKind($0)) })
        facts.add("Nettside", fields.url.map(webCell))
        let products = byName(products: catalogue.productsByStandard[id] ?? []).map { [productCell($0), vendorCell(catalogue.products[$0]?.fields.vendor.id)] }
        let systems = (catalogue.systemsByStandard[id] ?? []).map { [municipalityCell($0.municipality), systemCell($0)] }
        return record(
            kind: "Standard", heading: fields.name, facts: facts, body: standard.bodyHTML,
            sections: [
                Section(id: "produkter", heading: "Produkter som støtter standarden",
                        table: Table(caption: "Produkter som støtter \(fields.name)", columns: [Column("Produkt"), Column("Leverandør")], rows: products),
                        empty: "Ingen produkter i katalogen oppgir standarden."),
                Section(id: "systemer", heading: "Systemer som bruker standarden",
                        table: Table(caption: "Systemer som bruker \(fields.name)", columns: [Column("Kommune"), Column("System")], rows: systems),
                        empty: "Ingen systemer oppgir standarden."),
            ],
            layout: layout(title: fields.name, breadcrumbs: catalogueCrumbs(("Standarder", Paths.standards))))
    }
}
