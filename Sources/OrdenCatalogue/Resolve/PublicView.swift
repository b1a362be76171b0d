import FrontMatter
import OrdenModel
import OrdenSource

/// What a build may show of each record it publishes. For the internal audience that is
/// everything. For the public one, internal fields are cleared and every reference to a record
/// the public build leaves out (visibility: internal, or in an internal municipality) is dropped,
/// so that not even the id of an internal record reaches a page, a table or a count.
struct PublicView: Sendable {
    var audience: Audience
    var internalFields: InternalFields
    var vendors: Set<String> = []
    var products: Set<String> = []
    var serviceAreas: Set<String> = []
    var standards: Set<String> = []
    var municipalities: Set<String> = []
    var local: [RecordKind: Set<LocalKey>] = [:]
    /// Whether orden.yml's `public_fields` publishes `municipality.dpo`, the DPO's name with the contact.
    var publishesDPOName = false

    var isPublic: Bool { audience == .public }

    func hides(_ kind: RecordKind, _ key: String) -> Bool { isPublic && internalFields.contains(kind, key) }

    private func cleared<F>(_ record: Record<F>, _ kind: RecordKind) -> Record<F> {
        guard isPublic else { return record }
        var record = record
        internalFields.clear(&record.fields, kind: kind)
        guard let fields = internalFields.fields[kind], !fields.isEmpty else { return record }
        // Most records write none of their internal fields, and a field within one has a position
        // only if the field itself has: look before copying the positions.
        if fields.contains(where: { record.positions[$0] != nil }) {
            record.positions = record.positions.filter { key in !fields.contains { Self.names(key, field: $0) } }
        }
        return record
    }

    /// Whether a position's key is the field or lies within it: `classification`,
    /// `classification.integrity`, `infrastructure[2]`.
    static func names(_ key: String, field: String) -> Bool {
        guard key.utf8.starts(with: field.utf8) else { return false }
        let rest = key.utf8.dropFirst(field.utf8.count)
        return rest.first == nil || rest.first == UInt8(ascii: ".") || rest.first == UInt8(ascii: "[")
    }

    private func has(_ kind: RecordKind, _ key: LocalKey) -> Bool { local[kind]?.contains(key) ?? false }

    private func kept(_ list: [Reference]?, in ids: Set<String>) -> [Reference]? {
        nonEmpty(list?.filter { ids.contains($0.id) })
    }

    private func kept(_ list: [Reference]?, _ kind: RecordKind, in number: String) -> [Reference]? {
        nonEmpty(list?.filter { has(kind, LocalKey(number, $0.id)) })
    }

    private func kept(_ list: [SystemReference]?, from number: String) -> [SystemReference]? {
        nonEmpty(list?.filter { has(.system, $0.key(from: number)) })
    }

    private func published(_ reference: SystemReference, home: String?) -> Bool {
        guard let number = reference.municipality ?? home else { return false }
        return has(.system, LocalKey(number, reference.id))
    }

    private func nonEmpty<T>(_ list: [T]?) -> [T]? { list?.isEmpty == false ? list : nil }

    private func target(_ target: IntegrationTarget, from number: String?) -> Bool {
        switch target.kind {
        case .localSystem(let id): number.map { has(.system, LocalKey($0, id)) } ?? false
        case .municipalSystem(let municipality, let id): has(.system, LocalKey(municipality, id))
        case .product(let id): products.contains(id)
        }
    }

    // MARK: Each kind

    func vendor(_ record: Record<Vendor>) -> Record<Vendor> { cleared(record, .vendor) }
    func standard(_ record: Record<Standard>) -> Record<Standard> { cleared(record, .standard) }
    /// GDPR art. 37(7) has the DPO's contact details published; a functional address is enough,
    /// so the person's name stays internal unless `public_fields` publishes `municipality.dpo`.
    func municipality(_ record: Record<Municipality>) -> Record<Municipality> {
        var record = cleared(record, .municipality)
        if isPublic && !publishesDPOName && record.fields.dpo?.name != nil {
            record.fields.dpo?.name = nil
            record.positions["dpo.name"] = nil
        }
        return record
    }

    func product(_ record: Record<Product>) -> Record<Product> {
        var record = cleared(record, .product)
        guard isPublic else { return record }
        record.fields.serviceAreas = kept(record.fields.serviceAreas, in: serviceAreas)
        record.fields.standards = kept(record.fields.standards, in: standards)
        record.fields.typicalIntegrations = nonEmpty(record.fields.typicalIntegrations?.compactMap { integration in
            guard products.contains(integration.to.id) else { return nil }
            var integration = integration
            if let via = integration.via, !standards.contains(via.id) { integration.via = nil }
            return integration
        })
        return record
    }

    func serviceArea(_ record: Record<ServiceArea>) -> Record<ServiceArea> {
        var record = cleared(record, .serviceArea)
        if isPublic, let parent = record.fields.parent, !serviceAreas.contains(parent.id) { record.fields.parent = nil }
        return record
    }

    /// A data processing agreement the public build may not show: the contract is internal, or
    /// the field is. The reference is kept as `Reference.withheld`, so that the public reports do
    /// not list the system or processor as without an agreement (GDPR art. 28(3)) when one is
    /// registered; a report may be incomplete but must not be wrong. No id reaches the output.
    private func agreement(_ dpa: Reference?, original: Reference?, in number: String) -> Reference? {
        guard original != nil else { return nil }
        guard let dpa, has(.contract, LocalKey(number, dpa.id)) else { return .withheld }
        return dpa
    }

    func system(_ record: Record<System>, in number: String) -> Record<System> {
        let original = record.fields.dpa
        var record = cleared(record, .system)
        guard isPublic else { return record }
        var fields = record.fields
        if let product = fields.product, !products.contains(product.id) { fields.product = nil }
        if let vendor = fields.vendor, !vendors.contains(vendor.id) { fields.vendor = nil }
        fields.serviceAreas = kept(fields.serviceAreas, in: serviceAreas)
        fields.standards = kept(fields.standards, in: standards)
        if let contract = fields.contract, !has(.contract, LocalKey(number, contract.id)) { fields.contract = nil }
        fields.dpa = agreement(fields.dpa, original: original, in: number)
        fields.datasets = kept(fields.datasets, .dataset, in: number)
        fields.integrations = nonEmpty(fields.integrations?.compactMap { integration in
            guard target(integration.to, from: number) else { return nil }
            var integration = integration
            if let via = integration.via, !standards.contains(via.id) { integration.via = nil }
            return integration
        })
        record.fields = fields
        return record
    }

    func dataset(_ record: Record<Dataset>, in number: String) -> Record<Dataset> {
        var record = cleared(record, .dataset)
        if isPublic { record.fields.sourceSystems = kept(record.fields.sourceSystems, .system, in: number) }
        return record
    }

    func processing(_ record: Record<ProcessingActivity>, in number: String) -> Record<ProcessingActivity> {
        let agreements = (record.fields.processors ?? []).map(\.dpa)
        var record = cleared(record, .processing)
        guard isPublic else { return record }
        record.fields.systems = kept(record.fields.systems, from: number)
        record.fields.datasets = kept(record.fields.datasets, .dataset, in: number)
        record.fields.processors = nonEmpty(record.fields.processors?.enumerated().compactMap { index, processor in
            guard vendors.contains(processor.vendor.id) else { return nil }
            var processor = processor
            processor.dpa = agreement(processor.dpa, original: agreements.indices.contains(index) ? agreements[index] : nil, in: number)
            return processor
        })
        return record
    }

    func contract(_ record: Record<Contract>, in number: String) -> Record<Contract> {
        var record = cleared(record, .contract)
        if isPublic { record.fields.systems = kept(record.fields.systems, .system, in: number) }
        return record
    }

    func initiative(_ record: Record<Initiative>, owner: Scope) -> Record<Initiative> {
        var record = cleared(record, .initiative)
        guard isPublic else { return record }
        let home: String? = if case .municipality(let number) = owner { number } else { nil }
        record.fields.serviceAreas = kept(record.fields.serviceAreas, in: serviceAreas)
        if var systems = record.fields.systems {
            systems.adds = nonEmpty(systems.adds?.filter { target($0, from: home) })
            systems.replaces = nonEmpty(systems.replaces?.filter { published($0, home: home) })
            systems.retires = nonEmpty(systems.retires?.filter { published($0, home: home) })
            record.fields.systems = systems.adds == nil && systems.replaces == nil && systems.retires == nil ? nil : systems
        }
        return record
    }
}
