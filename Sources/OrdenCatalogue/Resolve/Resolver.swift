import Basics
import FrontMatter
import OrdenModel
import OrdenSource

/// The resolve stage: parsed records → a `Catalogue`. Finds duplicate ids and dangling
/// references (every one, with its position), applies inheritance from products to systems and
/// builds the reverse links. Records marked `visibility: internal` are left out of the public
/// catalogue, but references to them are not dangling; `PublicView` decides what the public
/// build shows of the records it keeps.
package struct Resolver: Sendable {
    package var diagnostics: [Diagnostic] = []
    private var content: ParsedContent
    private var view: PublicView

    // Every id that exists, published or not, for reference checks.
    private var vendorIds: Set<String> = []
    private var productIds: Set<String> = []
    private var serviceAreaIds: Set<String> = []
    private var standardIds: Set<String> = []
    private var municipalityNumbers: Set<String> = []
    private var localIds: [RecordKind: Set<LocalKey>] = [:]
    /// Region slugs named by any municipality's `cooperation`.
    private var regionSlugs: Set<String> = []
    private var internalVendors: Set<String> = []

    package static func resolve(_ content: ParsedContent, site: SiteConfig, audience: Audience = .public) -> (Catalogue, [Diagnostic]) {
        let (catalogue, resolver) = resolveKeeping(content, site: site, audience: audience)
        return (catalogue, resolver.diagnostics)
    }

    /// Also the resolver, which knows every id and what the audience sees, so that the preview
    /// engine can bring the catalogue up to date after a record changes (`patch`).
    package static func resolveKeeping(_ content: ParsedContent, site: SiteConfig, audience: Audience) -> (Catalogue, Resolver) {
        var view = PublicView(audience: audience, internalFields: InternalFields(site: site))
        view.publishesDPOName = site.publishesDPOName
        var resolver = Resolver(content: content, view: view)
        var catalogue = resolver.run(site: site)
        // The content is read once; keeping it would hold a second copy of every record.
        resolver.content = ParsedContent()
        catalogue.audience = audience
        catalogue.guide = content.guide
        catalogue.countDatasetFilters()
        return (catalogue, resolver)
    }

    init(content: ParsedContent, view: PublicView) {
        self.content = content
        self.view = view
    }

    private mutating func run(site: SiteConfig) -> Catalogue {
        var catalogue = Catalogue(site: site)
        catalogue.systems.reserveCapacity(content.systems.count)
        catalogue.datasets.reserveCapacity(content.datasets.count)
        catalogue.processing.reserveCapacity(content.processing.count)
        catalogue.contracts.reserveCapacity(content.contracts.count)
        catalogue.products.reserveCapacity(content.products.count)
        let unreadable = content.unreadable
        vendorIds = register(content.vendors, kind: .vendor).union(unreadable[.vendor] ?? [])
        productIds = register(content.products, kind: .product).union(unreadable[.product] ?? [])
        serviceAreaIds = register(content.serviceAreas, kind: .serviceArea).union(unreadable[.serviceArea] ?? [])
        standardIds = register(content.standards, kind: .standard).union(unreadable[.standard] ?? [])
        municipalityNumbers = register(content.municipalities, kind: .municipality).union(unreadable[.municipality] ?? [])
        localIds[.system] = registerLocal(content.systems, kind: .system).union(content.unreadableLocal[.system] ?? [])
        localIds[.dataset] = registerLocal(content.datasets, kind: .dataset).union(content.unreadableLocal[.dataset] ?? [])
        localIds[.processing] = registerLocal(content.processing, kind: .processing).union(content.unreadableLocal[.processing] ?? [])
        localIds[.contract] = registerLocal(content.contracts, kind: .contract).union(content.unreadableLocal[.contract] ?? [])

        for (folder, path) in content.municipalityFolders.sorted(by: { $0.key < $1.key }) {
            if let number = ContentLayout.splitMunicipalityFolder(folder)?.number, !municipalityNumbers.contains(number) {
                diagnostics.append(.error(
                    "the municipality folder \(folder) has no _index.md", at: SourceLocation(path: path),
                    hint: "add content/municipalities/\(folder)/_index.md with the municipality's name, number and orgnr"))
            }
        }

        registerInitiatives()
        registerPublished()
        catalogue.regions = regions(of: content.municipalities.filter { isPublished($0.fields.visibility) })
        regionSlugs = Set(regions(of: content.municipalities).keys)

        for record in content.vendors { resolve(vendor: record, into: &catalogue) }
        for record in content.products { resolve(product: record, into: &catalogue) }
        for record in content.serviceAreas {
            check(record.fields.parent, .serviceArea)
            if record.fields.parent?.id == record.id {
                diagnostics.append(.error("the service area is its own parent", at: record.fields.parent?.location ?? record.location))
            }
            guard isPublished(record.fields.visibility) else { continue }
            catalogue.serviceAreas[record.id] = view.serviceArea(record)
        }
        for record in content.standards where isPublished(record.fields.visibility) {
            catalogue.standards[record.id] = view.standard(record)
        }
        for record in content.municipalities where isPublished(record.fields.visibility) {
            guard case .record(let entry) = ContentLayout.classify(record.path),
                  let split = entry.municipalityFolder.flatMap(ContentLayout.splitMunicipalityFolder) else { continue }
            catalogue.municipalities[split.number] = MunicipalityEntry(number: split.number, slug: split.slug, record: view.municipality(record))
        }
        for record in content.contracts { resolve(contract: record, into: &catalogue) }
        for record in content.datasets { resolve(dataset: record, into: &catalogue) }
        for record in content.processing { resolve(processing: record, into: &catalogue) }
        for record in content.systems { resolve(system: record, into: &catalogue) }
        for record in content.initiatives { resolve(initiative: record, into: &catalogue) }
        // Members only count once their municipality is published.
        catalogue.regions = catalogue.regions.mapValues { region in
            var region = region
            region.members = region.members.filter { catalogue.municipalities[$0] != nil }
            return region
        }
        buildReverseLinks(&catalogue)
        return catalogue
    }

    // MARK: Each record

    // One record's reference checks, and its published view put in the catalogue. The preview
    // engine calls these for a record that changed (see `CataloguePatch`).

    mutating func resolve(vendor record: Record<Vendor>, into catalogue: inout Catalogue) {
        guard isPublished(record.fields.visibility) else { return }
        catalogue.vendors[record.id] = view.vendor(record)
    }

    mutating func resolve(product record: Record<Product>, into catalogue: inout Catalogue) {
        let fields = record.fields
        check(fields.vendor, .vendor)
        fields.serviceAreas?.forEach { check($0, .serviceArea) }
        fields.standards?.forEach { check($0, .standard) }
        for integration in fields.typicalIntegrations ?? [] {
            check(integration.to, .product)
            check(integration.via, .standard)
        }
        guard isPublished(fields.visibility) else { return }
        requirePublicVendor(fields.vendor, of: .product, visibility: fields.visibility)
        catalogue.products[record.id] = view.product(record)
    }

    mutating func resolve(contract record: Record<Contract>, into catalogue: inout Catalogue) {
        guard let number = record.municipality else { return }
        check(record.fields.vendor, .vendor)
        record.fields.systems?.forEach { checkLocal($0, .system, in: number) }
        if isPublished(record.fields.visibility) && catalogue.municipalities[number] != nil {
            requirePublicVendor(record.fields.vendor, of: .contract, visibility: record.fields.visibility)
            catalogue.contracts[LocalKey(number, record.id)] = view.contract(record, in: number)
        }
    }

    mutating func resolve(dataset record: Record<Dataset>, into catalogue: inout Catalogue) {
        guard let number = record.municipality else { return }
        record.fields.sourceSystems?.forEach { checkLocal($0, .system, in: number) }
        if isPublished(record.fields.visibility) && catalogue.municipalities[number] != nil {
            catalogue.datasets[LocalKey(number, record.id)] = view.dataset(record, in: number)
        }
    }

    mutating func resolve(processing record: Record<ProcessingActivity>, into catalogue: inout Catalogue) {
        guard let number = record.municipality else { return }
        record.fields.systems?.forEach { checkSystem(in: $0.municipality, $0.id, at: $0.location, from: number) }
        for processor in record.fields.processors ?? [] {
            check(processor.vendor, .vendor)
            if let dpa = processor.dpa { checkLocal(dpa, .contract, in: number) }
        }
        record.fields.datasets?.forEach { checkLocal($0, .dataset, in: number) }
        if isPublished(record.fields.visibility) && catalogue.municipalities[number] != nil {
            catalogue.processing[LocalKey(number, record.id)] = view.processing(record, in: number)
        }
    }

    mutating func resolve(system record: Record<System>, into catalogue: inout Catalogue) {
        guard let number = record.municipality else { return }
        checkSystemReferences(record, in: number)
        if isPublished(record.fields.visibility) && catalogue.municipalities[number] != nil {
            let key = LocalKey(number, record.id)
            catalogue.systems[key] = inherit(view.system(record, in: number), key: key, products: catalogue.products)
        }
    }

    mutating func resolve(initiative record: Record<Initiative>, into catalogue: inout Catalogue) {
        guard let owner = owner(of: record) else { return }
        checkInitiativeReferences(record, owner: owner)
        let ownerExists: Bool
        switch owner {
        case .municipality(let number): ownerExists = catalogue.municipalities[number] != nil
        case .region(let slug): ownerExists = catalogue.regions[slug] != nil
        case .site: ownerExists = false
        }
        if isPublished(record.fields.visibility) && ownerExists {
            catalogue.initiatives[InitiativeKey(owner, record.id)] = view.initiative(record, owner: owner)
        }
    }

    /// A published system with its product's facts inherited again, after the product changed.
    func reinherit(_ system: ResolvedSystem, products: Table<String, Record<Product>>) -> ResolvedSystem {
        inherit(system.record, key: system.key, products: products)
    }

    /// Regions by slug, from the municipalities' `cooperation`; the name as the lowest-numbered member writes it.
    private func regions(of municipalities: [Record<Municipality>]) -> [String: Region] {
        var regions: [String: Region] = [:]
        for record in municipalities.sorted(by: { $0.id < $1.id }) {
            guard let name = record.fields.cooperation?.trimmingCharacters(in: .whitespaces), !name.isEmpty,
                  let number = record.municipality else { continue }
            let slug = Region.slug(for: name)
            regions[slug, default: Region(slug: slug, name: name, members: [])].members.append(number)
        }
        return regions
    }

    private func owner(of record: Record<Initiative>) -> Scope? {
        if let number = record.municipality { return .municipality(number) }
        if let region = record.region { return .region(region) }
        return nil
    }

    private mutating func registerInitiatives() {
        var seen: [InitiativeKey: String] = [:]
        for record in content.initiatives.sorted(by: { $0.path < $1.path }) {
            guard let owner = owner(of: record) else { continue }
            let key = InitiativeKey(owner, record.id)
            if let first = seen[key] {
                diagnostics.append(duplicate(.initiative, key.description, at: record.path, first: first))
            } else {
                seen[key] = record.path
            }
        }
    }

    private mutating func checkInitiativeReferences(_ record: Record<Initiative>, owner: Scope) {
        let fields = record.fields
        fields.serviceAreas?.forEach { check($0, .serviceArea) }
        let home: String?
        switch owner {
        case .municipality(let number): home = number
        case .region(let slug):
            home = nil
            if !regionSlugs.contains(slug) {
                var hint = "the folder content/regions/<region>/ is named after a municipality's cooperation:, made lowercase"
                if let suggestion = Suggestion.closest(to: slug, in: regionSlugs.sorted()) { hint = "did you mean \"\(suggestion)\"? " + hint }
                diagnostics.append(.error("no municipality belongs to the region \"\(slug)\"", at: SourceLocation(path: record.path), hint: hint))
            }
        case .site: return
        }
        let localHint = "a region's initiative names systems with their municipality: 9901/sak-arkiv"
        func checkSystem(_ reference: SystemReference) {
            if reference.municipality == nil && home == nil {
                if let location = reference.location {
                    diagnostics.append(.error("\"\(reference.id)\" does not say which municipality's system it is", at: location, hint: localHint))
                }
                return
            }
            self.checkSystem(in: reference.municipality, reference.id, at: reference.location, from: home ?? "")
        }
        for target in fields.systems?.adds ?? [] {
            switch target.kind {
            case .localSystem(let id):
                var reference = SystemReference(id: id, location: target.location)
                reference.municipality = nil
                checkSystem(reference)
            case .municipalSystem(let municipality, let id):
                checkSystem(SystemReference(municipality: municipality, id: id, location: target.location))
            case .product(let id):
                check(Reference(id, at: target.location), .product)
            }
        }
        fields.systems?.replaces?.forEach(checkSystem)
        fields.systems?.retires?.forEach(checkSystem)
    }

    private func isPublished(_ visibility: Visibility?) -> Bool { !view.isPublic || visibility != .internal }

    /// The ids and keys the build publishes, so that `view` can drop references to the others.
    private mutating func registerPublished() {
        func ids<F>(_ records: [Record<F>], _ visibility: (F) -> Visibility?) -> Set<String> {
            Set(records.filter { isPublished(visibility($0.fields)) }.map(\.id))
        }
        view.vendors = ids(content.vendors) { $0.visibility }
        internalVendors = Set(content.vendors.filter { $0.fields.visibility == .internal }.map(\.id))
        view.products = ids(content.products) { $0.visibility }
        view.serviceAreas = ids(content.serviceAreas) { $0.visibility }
        view.standards = ids(content.standards) { $0.visibility }
        view.municipalities = Set(content.municipalities.filter { isPublished($0.fields.visibility) }.compactMap(\.municipality))
        func keys<F>(_ records: [Record<F>], _ visibility: (F) -> Visibility?) -> Set<LocalKey> {
            Set(records.compactMap { record in
                guard let number = record.municipality, view.municipalities.contains(number), isPublished(visibility(record.fields)) else { return nil }
                return LocalKey(number, record.id)
            })
        }
        view.local[.system] = keys(content.systems) { $0.visibility }
        view.local[.dataset] = keys(content.datasets) { $0.visibility }
        view.local[.processing] = keys(content.processing) { $0.visibility }
        view.local[.contract] = keys(content.contracts) { $0.visibility }
    }

    /// A public record cannot stand on an internal one it needs (a product's vendor): the public
    /// page would have to name it. Reported for both audiences, so that check says the same.
    private mutating func requirePublicVendor(_ reference: Reference, of kind: RecordKind, visibility: Visibility?) {
        guard visibility != .internal, internalVendors.contains(reference.id) else { return }
        diagnostics.append(.error(
            "this \(kind.noun) is public, but its vendor \"\(reference.id)\" is marked visibility: internal",
            at: reference.location ?? SourceLocation(path: ""),
            hint: "the public site would have to name the vendor: make the vendor public, or mark this \(kind.noun) visibility: internal too"))
    }

    // MARK: Registration and duplicates

    private mutating func register<F>(_ records: [Record<F>], kind: RecordKind) -> Set<String> {
        registerUnique(records.lazy.map { ($0.id, $0.path) }, count: records.count, kind: kind) { $0 }
    }

    private mutating func registerLocal<F>(_ records: [Record<F>], kind: RecordKind) -> Set<LocalKey> {
        registerUnique(records.lazy.compactMap { record in record.municipality.map { (LocalKey($0, record.id), record.path) } },
                       count: records.count, kind: kind) { $0.description }
    }

    /// The keys of `entries`, each reported when a second file uses it; the first file is the
    /// one whose path sorts first. Only the files of a repeated key are sorted.
    private mutating func registerUnique<Key: Hashable, Entries: Sequence>(_ entries: Entries, count: Int, kind: RecordKind,
                                                                          name: (Key) -> String) -> Set<Key> where Entries.Element == (Key, String) {
        var first: [Key: String] = [:]
        first.reserveCapacity(count)
        var repeated: [Key: [String]] = [:]
        for (key, path) in entries {
            if let earlier = first[key] {
                repeated[key, default: [earlier]].append(path)
            } else {
                first[key] = path
            }
        }
        for (key, paths) in repeated {
            let sorted = paths.sorted()
            guard let owner = sorted.first else { continue }
            for path in sorted.dropFirst() { diagnostics.append(duplicate(kind, name(key), at: path, first: owner)) }
        }
        return Set(first.keys)
    }

    private func duplicate(_ kind: RecordKind, _ id: String, at path: String, first: String) -> Diagnostic {
        let what = kind == .municipality ? "municipality number \(id)" : "\(kind.noun) id \"\(id)\""
        return .error("the \(what) is already used by \(first)", at: SourceLocation(path: path),
                      hint: "ids must be unique; rename one of the files")
    }

    // MARK: Reference checks

    private mutating func check(_ reference: Reference?, _ kind: RecordKind) {
        guard let reference, !reference.id.isEmpty else { return }
        let known: Set<String>
        switch kind {
        case .vendor: known = vendorIds
        case .product: known = productIds
        case .serviceArea: known = serviceAreaIds
        case .standard: known = standardIds
        default: return
        }
        if !known.contains(reference.id) {
            report(reference.id, kind: kind, at: reference.location, candidates: known,
                   expectedPath: "content/catalogue/\(kind.folder)/\(reference.id).md")
        }
    }

    private mutating func checkLocal(_ reference: Reference, _ kind: RecordKind, in municipality: String) {
        guard !reference.id.isEmpty else { return }
        let key = LocalKey(municipality, reference.id)
        let known = localIds[kind] ?? []
        if !known.contains(key) {
            let candidates = Set(known.filter { $0.municipality == municipality }.map(\.id))
            report(reference.id, kind: kind, at: reference.location, candidates: candidates,
                   expectedPath: "\(kind.folder)/\(reference.id).md in this municipality's folder")
        }
    }

    /// A system referred to from municipality `home`, in `municipality` when it is another one.
    private mutating func checkSystem(in municipality: String?, _ id: String, at location: SourceLocation?, from home: String) {
        let number = municipality ?? home
        guard municipalityNumbers.contains(number) else {
            if let location {
                diagnostics.append(.error("unknown municipality \"\(number)\"", at: location,
                                          hint: "there is no folder content/municipalities/\(number)-…/ with an _index.md"))
            }
            return
        }
        checkLocal(Reference(id, at: location), .system, in: number)
    }

    private mutating func report(_ id: String, kind: RecordKind, at location: SourceLocation?, candidates: Set<String>, expectedPath: String) {
        guard let location else { return }
        var hint = "there is no \(expectedPath)"
        if let suggestion = Suggestion.closest(to: id, in: candidates.sorted()) {
            hint = "did you mean \"\(suggestion)\"? " + hint
        }
        diagnostics.append(.error("unknown \(kind.noun) \"\(id)\"", at: location, hint: hint))
    }

    private mutating func checkSystemReferences(_ record: Record<System>, in number: String) {
        let fields = record.fields
        check(fields.product, .product)
        check(fields.vendor, .vendor)
        fields.serviceAreas?.forEach { check($0, .serviceArea) }
        fields.standards?.forEach { check($0, .standard) }
        if let contract = fields.contract { checkLocal(contract, .contract, in: number) }
        if let dpa = fields.dpa { checkLocal(dpa, .contract, in: number) }
        fields.datasets?.forEach { checkLocal($0, .dataset, in: number) }
        for integration in fields.integrations ?? [] {
            check(integration.via, .standard)
            let target = integration.to
            switch target.kind {
            case .localSystem(let id):
                checkLocal(Reference(id, at: target.location), .system, in: number)
                if id == record.id, let location = target.location {
                    diagnostics.append(.warning("the system integrates with itself", at: location))
                }
            case .municipalSystem(let municipality, let id):
                checkSystem(in: municipality, id, at: target.location, from: number)
            case .product(let id):
                check(Reference(id, at: target.location), .product)
            }
        }
    }

    // MARK: Inheritance

    /// A system inherits from its product every fact it does not state itself.
    private func inherit(_ record: Record<System>, key: LocalKey, products: Table<String, Record<Product>>) -> ResolvedSystem {
        let fields = record.fields
        let product = fields.product.flatMap { products[$0.id] }
        // A system field the site keeps internal shows neither the system's value nor the product's.
        func pick<T>(_ local: T?, _ inherited: T?, _ key: String = "") -> Sourced<T>? {
            if view.hides(.system, key) { return nil }
            if let local { return Sourced(value: local, origin: .local) }
            if let inherited { return Sourced(value: inherited, origin: .catalogue) }
            return nil
        }
        func nonEmpty<T>(_ list: [T]?) -> [T]? { list?.isEmpty == false ? list : nil }
        let name = pick(fields.name, product?.fields.name) ?? Sourced(value: record.id, origin: .local)
        let body = record.bodyHTML.isEmpty ? nil : record.bodyHTML
        let productBody = product.flatMap { $0.bodyHTML.isEmpty ? nil : $0.bodyHTML }
        let derived = fields.time == nil ? Self.derivedTime(fields.fit) : nil
        return ResolvedSystem(ResolvedSystem.Values(
            key: key,
            record: record,
            name: name,
            vendor: pick(fields.vendor?.id, product?.fields.vendor.id, "vendor"),
            descriptionHTML: pick(body, productBody),
            category: pick(fields.category, product?.fields.category, "category"),
            hosting: pick(fields.hosting, product?.fields.hosting, "hosting"),
            standards: pick(nonEmpty(fields.standards?.map(\.id)), nonEmpty(product?.fields.standards?.map(\.id)), "standards"),
            serviceAreas: pick(nonEmpty(fields.serviceAreas?.map(\.id)), nonEmpty(product?.fields.serviceAreas?.map(\.id)), "service_areas"),
            personalDataCategories: pick(nonEmpty(fields.personalData?.categories), nonEmpty(product?.fields.personalData?.categories), "personal_data"),
            specialCategories: pick(nonEmpty(fields.personalData?.specialCategories), nonEmpty(product?.fields.personalData?.specialCategories), "personal_data"),
            typicalIntegrations: pick(nil, nonEmpty(product?.fields.typicalIntegrations)),
            time: fields.time ?? derived,
            timeIsDerived: derived != nil
        ))
    }

    /// Gartner TIME from functional and technical fit (1–5, 3 and up counting as good).
    static func derivedTime(_ fit: Fit?) -> TimeCategory? {
        guard let functional = fit?.functional?.value, let technical = fit?.technical?.value else { return nil }
        switch (functional >= 3, technical >= 3) {
        case (true, true): return .invest
        case (true, false): return .migrate
        case (false, true): return .tolerate
        case (false, false): return .eliminate
        }
    }

    // MARK: Reverse links

    private func buildReverseLinks(_ catalogue: inout Catalogue) {
        for (id, product) in catalogue.products { catalogue.addLinks(product: id, product) }
        for (id, area) in catalogue.serviceAreas {
            if let parent = area.fields.parent?.id, catalogue.serviceAreas[parent] != nil { catalogue.childServiceAreas[parent, default: []].append(id) }
        }
        for (key, system) in catalogue.systems { catalogue.addLinks(system: key, system) }
        for (key, contract) in catalogue.contracts { catalogue.addLinks(contract: key, contract) }
        for (key, dataset) in catalogue.datasets { catalogue.addLinks(dataset: key, dataset) }
        for (key, activity) in catalogue.processing { catalogue.addLinks(processing: key, activity) }
        for (key, initiative) in catalogue.initiatives { catalogue.addLinks(initiative: key, initiative) }
        catalogue.initiativesByOwner = catalogue.initiativesByOwner.mapValues { $0.sorted() }
        // Only links between published records, each list sorted and without repeats.
        catalogue.incomingIntegrations = catalogue.incomingIntegrations.filter { catalogue.systems[$0.key] != nil }
            .mapValues { $0.sorted(by: IncomingIntegration.inOrder) }
        func tidy<K, V: Comparable>(_ index: inout Table<K, [V]>) {
            for key in index.storage.keys { index[key]?.sortAndRemoveDuplicates() }
        }
        tidy(&catalogue.productsByVendor); tidy(&catalogue.productsByServiceArea); tidy(&catalogue.productsByStandard)
        tidy(&catalogue.childServiceAreas)
        tidy(&catalogue.systemsByProduct); tidy(&catalogue.systemsByVendor); tidy(&catalogue.systemsByServiceArea)
        tidy(&catalogue.systemsByStandard); tidy(&catalogue.contractsBySystem); tidy(&catalogue.datasetsBySystem)
        tidy(&catalogue.processingBySystem); tidy(&catalogue.processingByVendor); tidy(&catalogue.contractsByVendor)
        tidy(&catalogue.systemsIntegratingProduct); tidy(&catalogue.systemsByMunicipality)
        tidy(&catalogue.datasetsByMunicipality); tidy(&catalogue.processingByMunicipality); tidy(&catalogue.contractsByMunicipality)
        tidy(&catalogue.initiativesBySystem)
    }
}

extension IncomingIntegration {
    static func inOrder(_ a: IncomingIntegration, _ b: IncomingIntegration) -> Bool { (a.from, a.index) < (b.from, b.index) }
}

/// What each published record adds to the catalogue's reverse links.
extension Catalogue {
    /// How `addLinks` adds to a reverse index: appended, to be sorted once every record's links
    /// are in (a build), or put in its place in a list already sorted (a patch, where sorting a
    /// national service area's list of systems for each of a product's systems took a second).
    enum Linking { case appending, inOrder }

    private static func add<K, V: Comparable>(_ index: inout Table<K, [V]>, _ key: K, _ value: V, _ linking: Linking) {
        switch linking {
        case .appending: index[key, default: []].append(value)
        case .inOrder: index[key, default: []].insertSorted(value)
        }
    }

    mutating func addLinks(product id: String, _ product: Record<Product>, _ linking: Linking = .appending) {
        if vendors[product.fields.vendor.id] != nil { Self.add(&productsByVendor, product.fields.vendor.id, id, linking) }
        for area in product.fields.serviceAreas ?? [] where serviceAreas[area.id] != nil {
            Self.add(&productsByServiceArea, area.id, id, linking)
        }
        for standard in product.fields.standards ?? [] where standards[standard.id] != nil {
            Self.add(&productsByStandard, standard.id, id, linking)
        }
    }

    /// A system's links. Its incoming integrations are appended either way: a patch sorts the
    /// short lists it touched (`replace(system:with:)`).
    mutating func addLinks(system key: LocalKey, _ system: ResolvedSystem, _ linking: Linking = .appending) {
        Self.add(&systemsByMunicipality, key.municipality, key, linking)
        let fields = system.fields
        if let product = fields.product?.id, products[product] != nil { Self.add(&systemsByProduct, product, key, linking) }
        if let vendor = system.vendor?.value, vendors[vendor] != nil { Self.add(&systemsByVendor, vendor, key, linking) }
        for area in system.serviceAreas?.value ?? [] where serviceAreas[area] != nil {
            Self.add(&systemsByServiceArea, area, key, linking)
        }
        for standard in system.standards?.value ?? [] where standards[standard] != nil {
            Self.add(&systemsByStandard, standard, key, linking)
        }
        for contract in [fields.contract, fields.dpa].compactMap({ $0 }) {
            let contractKey = LocalKey(key.municipality, contract.id)
            if contracts[contractKey] != nil { Self.add(&contractsBySystem, key, contractKey, linking) }
        }
        for dataset in fields.datasets ?? [] {
            let datasetKey = LocalKey(key.municipality, dataset.id)
            if datasets[datasetKey] != nil { Self.add(&datasetsBySystem, key, datasetKey, linking) }
        }
        for (index, integration) in (fields.integrations ?? []).enumerated() {
            switch integration.to.kind {
            case .localSystem(let id):
                incomingIntegrations[LocalKey(key.municipality, id), default: []].append(IncomingIntegration(from: key, index: index, integration: integration))
            case .municipalSystem(let municipality, let id):
                incomingIntegrations[LocalKey(municipality, id), default: []].append(IncomingIntegration(from: key, index: index, integration: integration))
            case .product(let id):
                if products[id] != nil { Self.add(&systemsIntegratingProduct, id, key, linking) }
            }
        }
    }

    mutating func addLinks(contract key: LocalKey, _ contract: Record<Contract>) {
        Self.add(&contractsByMunicipality, key.municipality, key, .appending)
        if vendors[contract.fields.vendor.id] != nil { Self.add(&contractsByVendor, contract.fields.vendor.id, key, .appending) }
        for system in contract.fields.systems ?? [] {
            let systemKey = LocalKey(key.municipality, system.id)
            if systems[systemKey] != nil { Self.add(&contractsBySystem, systemKey, key, .appending) }
        }
    }

    mutating func addLinks(dataset key: LocalKey, _ dataset: Record<Dataset>) {
        Self.add(&datasetsByMunicipality, key.municipality, key, .appending)
        for system in dataset.fields.sourceSystems ?? [] {
            let systemKey = LocalKey(key.municipality, system.id)
            if systems[systemKey] != nil { Self.add(&datasetsBySystem, systemKey, key, .appending) }
        }
    }

    mutating func addLinks(processing key: LocalKey, _ activity: Record<ProcessingActivity>) {
        Self.add(&processingByMunicipality, key.municipality, key, .appending)
        for system in activity.fields.systems ?? [] {
            let systemKey = system.key(from: key.municipality)
            if systems[systemKey] != nil { Self.add(&processingBySystem, systemKey, key, .appending) }
        }
        for processor in activity.fields.processors ?? [] where vendors[processor.vendor.id] != nil {
            Self.add(&processingByVendor, processor.vendor.id, key, .appending)
        }
    }

    mutating func addLinks(initiative key: InitiativeKey, _ initiative: Record<Initiative>) {
        initiativesByOwner[key.owner, default: []].append(key)
        for system in initiative.affectedSystems(owner: key.owner) where systems[system] != nil {
            Self.add(&initiativesBySystem, system, key, .appending)
        }
    }
}

extension Array where Element: Comparable {
    mutating func sortAndRemoveDuplicates() {
        sort()
        removeAdjacentDuplicates()
    }
}

extension Array where Element: Equatable {
    /// In a sorted array: each value once.
    mutating func removeAdjacentDuplicates() {
        guard count > 1 else { return }
        var kept = 1
        for index in 1..<count where self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }
}
