import FrontMatter
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

/// A record of the content, named by kind and key: what an edited file touches.
package enum RecordIdentity: Sendable, Hashable {
    case vendor(String), product(String), serviceArea(String), standard(String)
    case municipality(String)
    case system(LocalKey), dataset(LocalKey), processing(LocalKey), contract(LocalKey)
    case initiative(InitiativeKey)

    /// The record a content file holds, from its path alone; nil for a municipality folder
    /// whose name is not `<number>-<name>`.
    init?(_ entry: ContentLayout.Entry) {
        let number = entry.municipalityFolder.flatMap { ContentLayout.splitMunicipalityFolder($0)?.number }
        func local() -> LocalKey? { number.map { LocalKey($0, entry.id) } }
        switch entry.kind {
        case .vendor: self = .vendor(entry.id)
        case .product: self = .product(entry.id)
        case .serviceArea: self = .serviceArea(entry.id)
        case .standard: self = .standard(entry.id)
        case .municipality:
            guard let number else { return nil }
            self = .municipality(number)
        case .system: guard let key = local() else { return nil }; self = .system(key)
        case .dataset: guard let key = local() else { return nil }; self = .dataset(key)
        case .processing: guard let key = local() else { return nil }; self = .processing(key)
        case .contract: guard let key = local() else { return nil }; self = .contract(key)
        case .initiative:
            if let region = entry.regionFolder {
                self = .initiative(InitiativeKey(.region(region), entry.id))
            } else {
                guard let number else { return nil }
                self = .initiative(InitiativeKey(.municipality(number), entry.id))
            }
        }
    }
}

/// Which pages a change affects, decided Zola/Hugo style from the records it touches: the
/// smallest set of pages whose bytes can differ, so that the preview renders only those.
///
/// The rules, applied to the catalogue before and after the change (so that a page is
/// rendered again both for a link that appears and one that disappears):
///
/// - a change below the front matter only (the description): the record's own page, and for a
///   product the pages of the systems that inherit its description (unless the description
///   appeared or disappeared: the data quality report counts systems without one);
/// - every other change: the site-wide pages (home, the lists, the site's comparisons and reports,
///   the site's DCAT catalogue, the sitemap);
/// - a municipality's record, a service area or a standard (the taxonomy every report groups
///   by), orden.yml, the theme, the report date or the set of municipalities or regions:
///   everything (see `PreviewSite`);
/// - a record of a municipality: its own page, and its municipality's pages (municipality page,
///   lists, reports, DCAT catalogue) and its region's pages (region page, comparisons, reports);
/// - a system: the pages of every record it names or that names it: product, vendor, service
///   areas, standards, contracts, datasets, processing activities, initiatives and the systems
///   at both ends of its integrations (and their municipalities' pages); the product's vendor
///   and service areas (they count the municipalities running it); every municipality page
///   when the products a municipality runs change (the "similar municipalities" section);
/// - a product: its vendor, service areas and standards, the products whose typical
///   integrations name it, the systems integrating with it, and every system that inherits
///   from it with its municipality's pages; when the product's name changes (or it appears or
///   disappears), everything those systems touch as well, since their names and product cells
///   are shown wherever they are linked;
/// - a vendor: its products (and their service areas and standards), systems, contracts (and
///   the systems these cover) and processing activities, with their municipalities' pages;
/// - a dataset: the systems it comes from and every dataset listing and filter page;
/// - a processing activity: its systems and processors; a contract: its vendor, the systems it
///   covers and their products (which show the contract's end date), and the processing
///   activities naming it as data processing agreement;
/// - an initiative: the systems it adds, replaces or retires, the products it adds, and its
///   owner's pages (a region's initiative: the region's and its members' pages).
///
/// A page this file does not know (a kind of page added later) is always rendered again.
package struct AffectedPages: Sendable {
    var records: Set<RecordIdentity> = []
    /// Municipalities whose pages other than their record page are affected: lists, reports, DCAT.
    var municipalities: Set<String> = []
    var regions: Set<String> = []
    var site = false
    var datasetListings = false
    /// A page of the guide changed: the guide's pages link to each other, and the progress page to them.
    var guide = false
    /// Every municipality's own page (they rank the municipalities running the same products).
    var everyMunicipalityPage = false
    /// Touched products whose name changed, appeared or disappeared.
    private var renamedProducts: Set<String> = []

    /// The pages the records `touched` affect, and those of `bodies`, whose front matter is as
    /// it was (only the Markdown below it changed), given the catalogues before and after.
    static func of(_ touched: Set<RecordIdentity>, bodies: Set<RecordIdentity> = [], old: Catalogue, new: Catalogue) -> AffectedPages {
        var affected = AffectedPages()
        // Whether a system has a description counts in the data quality report.
        let emptied = bodies.filter { hasBody($0, in: old) != hasBody($0, in: new) }
        let touched = touched.union(emptied)
        affected.site = !touched.isEmpty
        for identity in bodies.subtracting(emptied) {
            // A body is shown on its own page (and JSON) only, and a product's on the pages of
            // the systems that inherit it as their description.
            affected.records.insert(identity)
            if case .product(let id) = identity {
                for key in (old.systemsByProduct[id] ?? []) + (new.systemsByProduct[id] ?? []) { affected.records.insert(.system(key)) }
            }
        }
        for case .product(let id) in touched where old.products[id]?.fields.name != new.products[id]?.fields.name {
            affected.renamedProducts.insert(id)
        }
        for catalogue in [old, new] {
            for identity in touched { affected.add(identity, in: catalogue) }
        }
        let municipalities = affected.municipalities
        affected.everyMunicipalityPage = municipalities.contains { number in
            Figures(catalogue: old, scope: .municipality(number)).products(of: number)
                != Figures(catalogue: new, scope: .municipality(number)).products(of: number)
        }
        return affected
    }

    /// Whether the record has a description (for a system, its own or its product's).
    static func hasBody(_ identity: RecordIdentity, in catalogue: Catalogue) -> Bool? {
        switch identity {
        case .system(let key): catalogue.systems[key].map { $0.descriptionHTML != nil }
        case .product(let id): catalogue.products[id].map { !$0.bodyHTML.isEmpty }
        case .vendor(let id): catalogue.vendors[id].map { !$0.bodyHTML.isEmpty }
        case .dataset(let key): catalogue.datasets[key].map { !$0.bodyHTML.isEmpty }
        case .processing(let key): catalogue.processing[key].map { !$0.bodyHTML.isEmpty }
        case .contract(let key): catalogue.contracts[key].map { !$0.bodyHTML.isEmpty }
        case .initiative(let key): catalogue.initiatives[key].map { !$0.bodyHTML.isEmpty }
        case .municipality, .serviceArea, .standard: nil
        }
    }

    /// Whether `page` must be rendered again. Pages the rules do not know always are.
    func contains(_ page: Page) -> Bool {
        switch page {
        case .home, .municipalityList, .catalogueIndex, .productList, .vendorList, .serviceAreaList, .standardList:
            return site
        case .municipality(let number):
            return everyMunicipalityPage || records.contains(.municipality(number))
        case .localList(_, let number):
            return municipalities.contains(number)
        case .system(let key): return records.contains(.system(key))
        case .dataset(let key): return records.contains(.dataset(key))
        case .processing(let key): return records.contains(.processing(key))
        case .contract(let key): return records.contains(.contract(key))
        case .initiative(let key): return records.contains(.initiative(key))
        case .product(let id): return records.contains(.product(id))
        case .vendor(let id): return records.contains(.vendor(id))
        case .serviceArea(let id): return records.contains(.serviceArea(id))
        case .standard(let id): return records.contains(.standard(id))
        case .datasetCatalogue, .openData, .datasetFilter:
            return datasetListings
        case .guideIndex, .guide:
            return guide
        case .progress:
            return site || guide
        case .changes:
            // Lists records by name; the history itself is read once per preview session.
            return site
        case .search:
            // Its index holds every record's name and first words: any edit may change it.
            return true
        case .region(let slug):
            return regions.contains(slug)
        case .comparisonIndex(let scope), .comparison(_, let scope), .reportIndex(let scope), .report(_, let scope):
            return contains(scope)
        default:
            return true
        }
    }

    /// Whether the pages and DCAT catalogue of a scope are affected.
    func contains(_ scope: Scope) -> Bool {
        switch scope {
        case .site: site
        case .region(let slug): regions.contains(slug)
        case .municipality(let number): municipalities.contains(number)
        }
    }

    // MARK: The rules

    private mutating func add(_ identity: RecordIdentity, in catalogue: Catalogue) {
        switch identity {
        case .system(let key): addSystem(key, in: catalogue)
        case .product(let id): addProduct(id, in: catalogue)
        case .vendor(let id): addVendor(id, in: catalogue)
        case .dataset(let key): addDataset(key, in: catalogue)
        case .processing(let key): addProcessing(key, in: catalogue)
        case .contract(let key): addContract(key, in: catalogue)
        case .initiative(let key): addInitiative(key, in: catalogue)
        case .municipality, .serviceArea, .standard:
            // These change what every report groups by; PreviewSite renders everything.
            records.insert(identity)
        }
    }

    /// A municipality's pages: its record page, lists, reports and catalogue, and its region's.
    private mutating func addMunicipality(_ number: String, in catalogue: Catalogue) {
        records.insert(.municipality(number))
        municipalities.insert(number)
        if let region = catalogue.region(of: number) { regions.insert(region.slug) }
    }

    private mutating func addLocal(_ identity: RecordIdentity, _ number: String, in catalogue: Catalogue) {
        records.insert(identity)
        addMunicipality(number, in: catalogue)
    }

    private mutating func addSystem(_ key: LocalKey, in catalogue: Catalogue) {
        addLocal(.system(key), key.municipality, in: catalogue)
        // What the system names.
        if let system = catalogue.systems[key] {
            let fields = system.fields
            if let id = fields.product?.id {
                records.insert(.product(id))
                if let product = catalogue.products[id] {
                    // They show how many municipalities run the product.
                    records.insert(.vendor(product.fields.vendor.id))
                    for area in product.fields.serviceAreas ?? [] { records.insert(.serviceArea(area.id)) }
                }
            }
            if let vendor = system.vendor?.value { records.insert(.vendor(vendor)) }
            for area in system.serviceAreas?.value ?? [] { records.insert(.serviceArea(area)) }
            for standard in system.standards?.value ?? [] { records.insert(.standard(standard)) }
            for contract in [fields.contract, fields.dpa].compactMap({ $0 }) {
                records.insert(.contract(LocalKey(key.municipality, contract.id)))
            }
            for dataset in fields.datasets ?? [] { records.insert(.dataset(LocalKey(key.municipality, dataset.id))) }
            for integration in fields.integrations ?? [] {
                if let via = integration.via { records.insert(.standard(via.id)) }
                switch integration.to.kind {
                case .localSystem(let id): addLocal(.system(LocalKey(key.municipality, id)), key.municipality, in: catalogue)
                case .municipalSystem(let number, let id): addLocal(.system(LocalKey(number, id)), number, in: catalogue)
                case .product(let id): records.insert(.product(id))
                }
            }
        }
        // What names the system.
        for activity in catalogue.processingBySystem[key] ?? [] { addLocal(.processing(activity), activity.municipality, in: catalogue) }
        for dataset in catalogue.datasetsBySystem[key] ?? [] { records.insert(.dataset(dataset)) }
        for contract in catalogue.contractsBySystem[key] ?? [] { records.insert(.contract(contract)) }
        for incoming in catalogue.incomingIntegrations[key] ?? [] {
            addLocal(.system(incoming.from), incoming.from.municipality, in: catalogue)
        }
        for initiative in catalogue.initiativesBySystem[key] ?? [] { addInitiativeOwner(initiative, in: catalogue) }
    }

    private mutating func addProduct(_ id: String, in catalogue: Catalogue) {
        records.insert(.product(id))
        if let product = catalogue.products[id] {
            let fields = product.fields
            records.insert(.vendor(fields.vendor.id))
            for area in fields.serviceAreas ?? [] { records.insert(.serviceArea(area.id)) }
            for standard in fields.standards ?? [] { records.insert(.standard(standard.id)) }
        }
        for system in catalogue.systemsIntegratingProduct[id] ?? [] { addLocal(.system(system), system.municipality, in: catalogue) }
        // Products whose typical integrations name this one show its name.
        let naming = catalogue.products.filter { _, other in
            (other.fields.typicalIntegrations ?? []).contains { $0.to.id == id }
        }.keys
        for other in naming { records.insert(.product(other)) }

        let renamed = renamedProducts.contains(id)
        for key in catalogue.systemsByProduct[id] ?? [] {
            if renamed {
                addSystem(key, in: catalogue)
            } else {
                // Inherited values change the system's page, its lists and reports, and the
                // catalogue pages that list it by service area or standard.
                addLocal(.system(key), key.municipality, in: catalogue)
                guard let system = catalogue.systems[key] else { continue }
                for area in system.serviceAreas?.value ?? [] { records.insert(.serviceArea(area)) }
                for standard in system.standards?.value ?? [] { records.insert(.standard(standard)) }
                if let vendor = system.vendor?.value { records.insert(.vendor(vendor)) }
            }
        }
        if renamed {
            // Systems show the typical integrations they inherit, with this product's name.
            for other in naming {
                for key in catalogue.systemsByProduct[other] ?? [] { addLocal(.system(key), key.municipality, in: catalogue) }
            }
            for (key, initiative) in catalogue.initiatives where (initiative.fields.systems?.adds ?? []).contains(where: { $0.kind == .product(id) }) {
                addInitiativeOwner(key, in: catalogue)
            }
        }
    }

    private mutating func addVendor(_ id: String, in catalogue: Catalogue) {
        records.insert(.vendor(id))
        for product in catalogue.productsByVendor[id] ?? [] {
            records.insert(.product(product))
            for area in catalogue.products[product]?.fields.serviceAreas ?? [] { records.insert(.serviceArea(area.id)) }
            for standard in catalogue.products[product]?.fields.standards ?? [] { records.insert(.standard(standard.id)) }
        }
        for system in catalogue.systemsByVendor[id] ?? [] { addLocal(.system(system), system.municipality, in: catalogue) }
        for contract in catalogue.contractsByVendor[id] ?? [] {
            addLocal(.contract(contract), contract.municipality, in: catalogue)
            for system in catalogue.systemsForContract(contract) { records.insert(.system(system)) }
        }
        for activity in catalogue.processingByVendor[id] ?? [] { addLocal(.processing(activity), activity.municipality, in: catalogue) }
    }

    private mutating func addDataset(_ key: LocalKey, in catalogue: Catalogue) {
        addLocal(.dataset(key), key.municipality, in: catalogue)
        datasetListings = true
        for system in catalogue.datasets[key]?.fields.sourceSystems ?? [] {
            records.insert(.system(LocalKey(key.municipality, system.id)))
        }
        for system in catalogue.systemsByMunicipality[key.municipality] ?? [] where catalogue.datasetsBySystem[system]?.contains(key) == true {
            records.insert(.system(system))
        }
    }

    private mutating func addProcessing(_ key: LocalKey, in catalogue: Catalogue) {
        addLocal(.processing(key), key.municipality, in: catalogue)
        guard let activity = catalogue.processing[key] else { return }
        for system in activity.fields.systems ?? [] {
            let systemKey = system.key(from: key.municipality)
            addLocal(.system(systemKey), systemKey.municipality, in: catalogue)
        }
        for processor in activity.fields.processors ?? [] {
            records.insert(.vendor(processor.vendor.id))
            if let dpa = processor.dpa { records.insert(.contract(LocalKey(key.municipality, dpa.id))) }
        }
    }

    private mutating func addContract(_ key: LocalKey, in catalogue: Catalogue) {
        addLocal(.contract(key), key.municipality, in: catalogue)
        if let contract = catalogue.contracts[key] { records.insert(.vendor(contract.fields.vendor.id)) }
        for system in catalogue.systemsForContract(key) {
            records.insert(.system(system))
            // The product page shows when each municipality's contract ends.
            if let product = catalogue.systems[system]?.fields.product?.id { records.insert(.product(product)) }
        }
        for activity in catalogue.processingByMunicipality[key.municipality] ?? [] {
            let processors = catalogue.processing[activity]?.fields.processors ?? []
            if processors.contains(where: { $0.dpa?.id == key.id }) { records.insert(.processing(activity)) }
        }
    }

    private mutating func addInitiative(_ key: InitiativeKey, in catalogue: Catalogue) {
        addInitiativeOwner(key, in: catalogue)
        guard let initiative = catalogue.initiatives[key] else { return }
        for system in initiative.affectedSystems(owner: key.owner) { addLocal(.system(system), system.municipality, in: catalogue) }
        for target in initiative.fields.systems?.adds ?? [] {
            if case .product(let id) = target.kind { records.insert(.product(id)) }
        }
    }

    /// An initiative's page and its owner's pages (a region's: the region's and its members').
    private mutating func addInitiativeOwner(_ key: InitiativeKey, in catalogue: Catalogue) {
        records.insert(.initiative(key))
        switch key.owner {
        case .municipality(let number):
            addMunicipality(number, in: catalogue)
        case .region(let slug):
            regions.insert(slug)
            for member in catalogue.regions[slug]?.members ?? [] { addMunicipality(member, in: catalogue) }
        case .site:
            break
        }
    }
}
