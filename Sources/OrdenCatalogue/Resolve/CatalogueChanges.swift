import OrdenModel

extension Catalogue {
    /// What differs from `old` in the tables pages read through `DependencyRecorder`: the
    /// dependencies whose pages must be rendered again. A record's description is its own
    /// dependency, so that a page listing the record is not rendered again when only the text
    /// below its front matter changed. Tables share storage with `old` where a patch left them,
    /// and then compare at once.
    ///
    /// The rest of the catalogue — the site's settings, municipalities, regions, service areas,
    /// standards and the report date — is read by nearly every page: the preview renders
    /// everything when one of those changes, and does not ask this.
    package func changes(since old: Catalogue) -> Set<Dependency> {
        var changes = Set<Dependency>()
        for table in CatalogueTable.allCases { changes.formUnion(self.changes(in: table, since: old)) }
        // A page that read most of a table is recorded as reading it whole (`DependencyRecorder`),
        // which is sound only while a change of an entry or of the keys changes the whole table.
        assert(changes.allSatisfy { change in
            switch change {
            case .entry(let table, _), .keys(let table): changes.contains(.every(table))
            default: true
            }
        }, "a table's entry or keys changed without the whole table")
        return changes
    }

    /// One table's changes. A switch over every table, so that a table added to the catalogue
    /// (and named in `CatalogueTable`, as it must be to record its reads) is compared too.
    private func changes(in table: CatalogueTable, since old: Catalogue) -> Set<Dependency> {
        switch table {
        case .vendors: Self.recordChanges(vendors, old.vendors)
        case .products: Self.recordChanges(products, old.products)
        case .datasets: Self.recordChanges(datasets, old.datasets)
        case .processing: Self.recordChanges(processing, old.processing)
        case .contracts: Self.recordChanges(contracts, old.contracts)
        case .initiatives: Self.recordChanges(initiatives, old.initiatives)
        case .systems: systemChanges(since: old)
        case .systemsByProduct: systemsByProduct.changes(since: old.systemsByProduct)
        case .productsByVendor: productsByVendor.changes(since: old.productsByVendor)
        case .contractsByVendor: contractsByVendor.changes(since: old.contractsByVendor)
        case .processingByVendor: processingByVendor.changes(since: old.processingByVendor)
        case .systemsByVendor: systemsByVendor.changes(since: old.systemsByVendor)
        case .productsByServiceArea: productsByServiceArea.changes(since: old.productsByServiceArea)
        case .systemsByServiceArea: systemsByServiceArea.changes(since: old.systemsByServiceArea)
        case .childServiceAreas: childServiceAreas.changes(since: old.childServiceAreas)
        case .productsByStandard: productsByStandard.changes(since: old.productsByStandard)
        case .systemsByStandard: systemsByStandard.changes(since: old.systemsByStandard)
        case .processingBySystem: processingBySystem.changes(since: old.processingBySystem)
        case .datasetsBySystem: datasetsBySystem.changes(since: old.datasetsBySystem)
        case .contractsBySystem: contractsBySystem.changes(since: old.contractsBySystem)
        case .incomingIntegrations: incomingIntegrations.changes(since: old.incomingIntegrations)
        case .systemsIntegratingProduct: systemsIntegratingProduct.changes(since: old.systemsIntegratingProduct)
        case .systemsByMunicipality: systemsByMunicipality.changes(since: old.systemsByMunicipality)
        case .datasetsByMunicipality: datasetsByMunicipality.changes(since: old.datasetsByMunicipality)
        case .processingByMunicipality: processingByMunicipality.changes(since: old.processingByMunicipality)
        case .contractsByMunicipality: contractsByMunicipality.changes(since: old.contractsByMunicipality)
        case .initiativesByOwner: initiativesByOwner.changes(since: old.initiativesByOwner)
        case .initiativesBySystem: initiativesBySystem.changes(since: old.initiativesBySystem)
        case .datasetFilters:
            datasetFilters.changes(since: old.datasetFilters) { a, b in
                a.elementsEqual(b) { $0.filter == $1.filter && $0.datasets == $1.datasets }
            }
        }
    }

    /// From now on, notes in each table which entries are written, so that `changes(since:)`
    /// compares those alone with the catalogue as it is now: the preview calls it on the copy it
    /// patches for an edit.
    package mutating func logWrites() {
        for table in CatalogueTable.allCases { logWrites(table) }
    }

    /// A switch over every table, like `changes(in:since:)`.
    private mutating func logWrites(_ table: CatalogueTable) {
        switch table {
        case .vendors: vendors.logWrites()
        case .products: products.logWrites()
        case .datasets: datasets.logWrites()
        case .processing: processing.logWrites()
        case .contracts: contracts.logWrites()
        case .initiatives: initiatives.logWrites()
        case .systems: systems.logWrites()
        case .systemsByProduct: systemsByProduct.logWrites()
        case .productsByVendor: productsByVendor.logWrites()
        case .contractsByVendor: contractsByVendor.logWrites()
        case .processingByVendor: processingByVendor.logWrites()
        case .systemsByVendor: systemsByVendor.logWrites()
        case .productsByServiceArea: productsByServiceArea.logWrites()
        case .systemsByServiceArea: systemsByServiceArea.logWrites()
        case .childServiceAreas: childServiceAreas.logWrites()
        case .productsByStandard: productsByStandard.logWrites()
        case .systemsByStandard: systemsByStandard.logWrites()
        case .processingBySystem: processingBySystem.logWrites()
        case .datasetsBySystem: datasetsBySystem.logWrites()
        case .contractsBySystem: contractsBySystem.logWrites()
        case .incomingIntegrations: incomingIntegrations.logWrites()
        case .systemsIntegratingProduct: systemsIntegratingProduct.logWrites()
        case .systemsByMunicipality: systemsByMunicipality.logWrites()
        case .datasetsByMunicipality: datasetsByMunicipality.logWrites()
        case .processingByMunicipality: processingByMunicipality.logWrites()
        case .contractsByMunicipality: contractsByMunicipality.logWrites()
        case .initiativesByOwner: initiativesByOwner.logWrites()
        case .initiativesBySystem: initiativesBySystem.logWrites()
        case .datasetFilters: datasetFilters.logWrites()
        }
    }

    /// The systems whose values differ, and whose descriptions (their own or inherited) do.
    private func systemChanges(since old: Catalogue) -> Set<Dependency> {
        Self.changes(systems, old.systems, path: \.record.path, sameListed: { $0.hasSameValues(as: $1) }, description: \.storedDescription)
    }

    /// A table of records: the entries whose front matter differs, and the descriptions that do.
    private static func recordChanges<Key, Fields: Equatable>(_ new: Table<Key, Record<Fields>>, _ old: Table<Key, Record<Fields>>) -> Set<Dependency> {
        changes(new, old, path: \.path, sameListed: { $0.hasSameFields(as: $1) }, description: { $0.body.isEmpty ? nil : $0.body })
    }

    /// In one pass over a table whose entries have a description: the entries whose other values
    /// differ (what a page listing them reads), the descriptions that differ, and whether one came
    /// or went; an entry that came or went is all of these, and changes the keys.
    private static func changes<Key, Value, Description: Equatable>(
        _ new: Table<Key, Value>, _ old: Table<Key, Value>, path: (Value) -> String,
        sameListed: (Value, Value) -> Bool, description: (Value) -> Description?
    ) -> Set<Dependency> {
        var changes = Set<Dependency>()
        for key in new.changedKeys(since: old, same: { sameListed($0, $1) && description($0) == description($1) }) {
            let entry = Dependency.entry(new.name, key.dependencyKey)
            guard let before = old.storage[key], let after = new.storage[key] else {
                changes.formUnion([entry, .every(new.name), .keys(new.name)])
                if let path = (new.storage[key] ?? old.storage[key]).map(path) { changes.formUnion([.body(path), .hasBody(path)]) }
                continue
            }
            if !sameListed(before, after) { changes.formUnion([entry, .every(new.name)]) }
            let was = description(before), now = description(after)
            if was != now {
                changes.insert(.body(path(after)))
                if (was == nil) != (now == nil) { changes.insert(.hasBody(path(after))) }
            }
        }
        return changes
    }
}
