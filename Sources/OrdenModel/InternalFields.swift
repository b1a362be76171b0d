import FrontMatter

/// The internal fields of a build: those PRODUCT.md marks internal, and those a site adds.
package struct InternalFields: Sendable {
    /// Security classification, risk assessment dates, infrastructure details and personal
    /// contact data are internal on every site: the registry marks them.
    package static let builtIn: [InternalField] = RecordKind.allCases.flatMap { kind in
        kind.spec.fields.filter(\.isInternal).compactMap { InternalField(kind: kind, key: $0.key) }
    }

    package private(set) var fields: [RecordKind: Set<String>] = [:]
    /// How to clear each kind's fields, looked up once rather than for every record cleared.
    private var clearings: [RecordKind: [any FieldClearing]] = [:]

    /// `site`: orden.yml's `internal_fields`; `published`: its `public_fields`, built-in internal
    /// fields a site chooses to publish (the DPO's contact, which GDPR art. 37(7) has published).
    package init(site: [InternalField], published: [InternalField] = []) {
        for field in Self.builtIn + site { fields[field.kind, default: []].insert(field.key) }
        for field in published where !site.contains(field) { fields[field.kind]?.remove(field.key) }
        for (kind, keys) in fields {
            let spec = kind.spec
            clearings[kind] = keys.sorted().compactMap { spec.field($0)?.clearing }
        }
    }

    /// The internal fields of a site's orden.yml.
    package init(site: SiteConfig) {
        self.init(site: site.internalFields ?? [], published: (site.publicFields ?? []).map(\.field))
    }

    package func contains(_ kind: RecordKind, _ key: String) -> Bool { fields[kind]?.contains(key) ?? false }

    /// Every internal field, sorted, for messages and the README's list.
    package var all: [String] {
        fields.flatMap { kind, keys in keys.map { "\(kind.configName).\($0)" } }.sorted()
    }

    // MARK: Clearing a field

    /// Clears the named fields of a record's front matter.
    package func clear<F>(_ fields: inout F, kind: RecordKind) {
        for clearing in clearings[kind] ?? [] { clearing.clear(&fields) }
    }

    /// The fields a site can make internal: the optional ones the registry can clear. The name,
    /// and the references a page is built around, cannot be.
    static func clearable(_ kind: RecordKind) -> Set<String> {
        Set(kind.spec.fields.filter { $0.clearing != nil }.map(\.key))
    }
}
