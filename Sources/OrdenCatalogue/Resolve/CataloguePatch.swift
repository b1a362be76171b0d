import Basics
import FrontMatter
import OrdenModel
import OrdenSource

/// A record edited in place: the same file, id and visibility, read again.
package enum RecordChange: Sendable {
    case vendor(Record<Vendor>)
    case product(Record<Product>)
    case system(Record<System>)
    case dataset(Record<Dataset>)
    case processing(Record<ProcessingActivity>)
    case contract(Record<Contract>)
    case initiative(Record<Initiative>)
}

/// Brings a resolved catalogue up to date after records were edited in place, without resolving
/// the rest: the record's references are checked and its view replaced, and only the reverse
/// links it takes part in are built again. The preview engine uses it for the common edit, where
/// checking and resolving a national catalogue again would take seconds; the tests compare the
/// result with a full build after every kind of edit.
extension Resolver {
    /// The resolver's diagnostics for the changed record.
    package mutating func patch(_ catalogue: inout Catalogue, _ change: RecordChange) -> [Diagnostic] {
        diagnostics = []
        switch change {
        case .vendor(let record):
            resolve(vendor: record, into: &catalogue)
        case .product(let record):
            let old = catalogue.products[record.id]
            resolve(product: record, into: &catalogue)
            catalogue.relink(product: record.id, old: old)
            // Every system that inherits from the product.
            for key in catalogue.systemsByProduct[record.id] ?? [] {
                guard let system = catalogue.systems[key] else { continue }
                catalogue.replace(system: key, with: reinherit(system, products: catalogue.products))
            }
        case .system(let record):
            guard let number = record.municipality else { break }
            let key = LocalKey(number, record.id)
            let old = catalogue.systems[key]
            resolve(system: record, into: &catalogue)
            let new = catalogue.systems[key]
            catalogue.systems[key] = old
            catalogue.replace(system: key, with: new)
        case .dataset(let record):
            guard let number = record.municipality else { break }
            let key = LocalKey(number, record.id)
            let old = catalogue.datasets[key]
            resolve(dataset: record, into: &catalogue)
            let sources = Set((old?.fields.sourceSystems ?? []) + (catalogue.datasets[key]?.fields.sourceSystems ?? [])).map { LocalKey(number, $0.id) }
            for system in sources { catalogue.recomputeLinks(of: system) }
            catalogue.countDatasetFilters()
        case .processing(let record):
            guard let number = record.municipality else { break }
            let key = LocalKey(number, record.id)
            let old = catalogue.processing[key]
            resolve(processing: record, into: &catalogue)
            catalogue.relink(processing: key, old: old)
        case .contract(let record):
            guard let number = record.municipality else { break }
            let key = LocalKey(number, record.id)
            let old = catalogue.contracts[key]
            resolve(contract: record, into: &catalogue)
            if let old { Catalogue.remove(key, from: &catalogue.contractsByVendor, at: [old.fields.vendor.id]) }
            if let new = catalogue.contracts[key], catalogue.vendors[new.fields.vendor.id] != nil {
                Catalogue.insert(key, into: &catalogue.contractsByVendor, at: new.fields.vendor.id)
            }
            let systems = Set((old?.fields.systems ?? []) + (catalogue.contracts[key]?.fields.systems ?? [])).map { LocalKey(number, $0.id) }
            for system in systems { catalogue.recomputeLinks(of: system) }
        case .initiative(let record):
            guard let owner = record.municipality.map(Scope.municipality) ?? record.region.map(Scope.region) else { break }
            let key = InitiativeKey(owner, record.id)
            let old = catalogue.initiatives[key]
            resolve(initiative: record, into: &catalogue)
            if let old { Catalogue.remove(key, from: &catalogue.initiativesBySystem, at: old.affectedSystems(owner: owner)) }
            if let new = catalogue.initiatives[key] {
                for system in new.affectedSystems(owner: owner) where catalogue.systems[system] != nil {
                    Catalogue.insert(key, into: &catalogue.initiativesBySystem, at: system)
                }
            }
        }
        return diagnostics
    }
}

extension Catalogue {
    /// Counts the filter values of the dataset listings once, rather than on every listing page.
    mutating func countDatasetFilters() {
        for listing in DatasetListing.allCases {
            datasetFilters[listing] = DatasetFilter.all(in: listing, catalogue: self)
        }
    }

    /// Without `value` in each of `keys`' lists (sorted, as a build leaves them); a list left
    /// empty goes, as a full build never makes an empty one.
    static func remove<K, V: Comparable>(_ value: V, from index: inout Table<K, [V]>, at keys: [K]) {
        for key in keys {
            index[key]?.removeSorted(value)
            if index[key]?.isEmpty == true { index[key] = nil }
        }
    }

    /// `value` in its place in `key`'s list, once.
    static func insert<K, V: Comparable>(_ value: V, into index: inout Table<K, [V]>, at key: K) {
        index[key, default: []].insertSorted(value)
    }

    /// A product's links to its vendor, service areas and standards, after it changed.
    mutating func relink(product id: String, old: Record<Product>?) {
        if let old {
            let fields = old.fields
            Self.remove(id, from: &productsByVendor, at: [fields.vendor.id])
            Self.remove(id, from: &productsByServiceArea, at: (fields.serviceAreas ?? []).map(\.id))
            Self.remove(id, from: &productsByStandard, at: (fields.standards ?? []).map(\.id))
        }
        guard let new = products[id] else { return }
        addLinks(product: id, new, .inOrder)
    }

    /// Puts a system's new view in place with the links it takes part in.
    mutating func replace(system key: LocalKey, with new: ResolvedSystem?) {
        var targets = Set<LocalKey>()
        if let old = systems[key] {
            Self.remove(key, from: &systemsByMunicipality, at: [key.municipality])
            Self.remove(key, from: &systemsByProduct, at: [old.fields.product?.id].compactMap { $0 })
            Self.remove(key, from: &systemsByVendor, at: [old.vendor?.value].compactMap { $0 })
            Self.remove(key, from: &systemsByServiceArea, at: old.serviceAreas?.value ?? [])
            Self.remove(key, from: &systemsByStandard, at: old.standards?.value ?? [])
            for integration in old.fields.integrations ?? [] {
                switch integration.to.kind {
                case .localSystem(let id): targets.insert(LocalKey(key.municipality, id))
                case .municipalSystem(let municipality, let id): targets.insert(LocalKey(municipality, id))
                case .product(let id): Self.remove(key, from: &systemsIntegratingProduct, at: [id])
                }
            }
            for target in targets {
                incomingIntegrations[target]?.removeAll { $0.from == key }
                if incomingIntegrations[target]?.isEmpty == true { incomingIntegrations[target] = nil }
            }
        }
        systems[key] = new
        guard let new else {
            recomputeLinks(of: key)
            return
        }
        contractsBySystem[key] = nil
        datasetsBySystem[key] = nil
        addLinks(system: key, new, .inOrder)
        for integration in new.fields.integrations ?? [] {
            switch integration.to.kind {
            case .localSystem(let id): targets.insert(LocalKey(key.municipality, id))
            case .municipalSystem(let municipality, let id): targets.insert(LocalKey(municipality, id))
            case .product: break
            }
        }
        // As in a full build: only integrations with published systems, in their order.
        for target in targets {
            if systems[target] == nil {
                incomingIntegrations[target] = nil
            } else {
                incomingIntegrations[target]?.sort(by: IncomingIntegration.inOrder)
            }
        }
        recomputeLinks(of: key)
    }

    /// A system's contracts and datasets, which both the system and the contract or dataset can
    /// name: built again from the system and its municipality's contracts and datasets.
    mutating func recomputeLinks(of system: LocalKey) {
        contractsBySystem[system] = nil
        datasetsBySystem[system] = nil
        guard let record = systems[system] else { return }
        var contractKeys: [LocalKey] = []
        for contract in [record.fields.contract, record.fields.dpa].compactMap({ $0 }) {
            let key = LocalKey(system.municipality, contract.id)
            if contracts[key] != nil { contractKeys.append(key) }
        }
        for key in contractsByMunicipality[system.municipality] ?? [] where contracts[key]?.fields.systems?.contains(where: { $0.id == system.id }) == true {
            contractKeys.append(key)
        }
        var datasetKeys: [LocalKey] = []
        for dataset in record.fields.datasets ?? [] {
            let key = LocalKey(system.municipality, dataset.id)
            if datasets[key] != nil { datasetKeys.append(key) }
        }
        for key in datasetsByMunicipality[system.municipality] ?? [] where datasets[key]?.fields.sourceSystems?.contains(where: { $0.id == system.id }) == true {
            datasetKeys.append(key)
        }
        contractKeys.sortAndRemoveDuplicates()
        datasetKeys.sortAndRemoveDuplicates()
        if !contractKeys.isEmpty { contractsBySystem[system] = contractKeys }
        if !datasetKeys.isEmpty { datasetsBySystem[system] = datasetKeys }
    }

    /// A processing activity's links to systems and vendors, after it changed.
    mutating func relink(processing key: LocalKey, old: Record<ProcessingActivity>?) {
        if let old {
            Self.remove(key, from: &processingBySystem, at: (old.fields.systems ?? []).map { $0.key(from: key.municipality) })
            Self.remove(key, from: &processingByVendor, at: (old.fields.processors ?? []).map(\.vendor.id))
        }
        guard let new = processing[key] else { return }
        for system in new.fields.systems ?? [] where systems[system.key(from: key.municipality)] != nil {
            Self.insert(key, into: &processingBySystem, at: system.key(from: key.municipality))
        }
        for processor in new.fields.processors ?? [] where vendors[processor.vendor.id] != nil {
            Self.insert(key, into: &processingByVendor, at: processor.vendor.id)
        }
    }
}
