import Basics
import OrdenModel
import OrdenResources
import OrdenSite

/// The names the site gives the values of a closed set, for the editor's menus: `phase-out` is
/// shown as "Under utfasing". A field's type knows only the values, so the set is recognised by
/// them; a value without a name is shown as written.
enum ChoiceLabels {
    private struct Table: Sendable {
        var values: [String]
        var key: @Sendable (String) -> TextKey?
    }

    private static func table<T: ClosedValue>(_ type: T.Type, _ key: @escaping @Sendable (T) -> TextKey) -> Table {
        Table(values: T.allowedValues) { raw in T(rawValue: raw).map(key) }
    }

    private static let tables: [Table] = [
        table(Hosting.self, TextKey.name(of:)), table(LifecycleStatus.self, TextKey.name(of:)),
        table(TimeCategory.self, TextKey.name(of:)), table(Criticality.self, TextKey.name(of:)),
        table(InitiativeStatus.self, TextKey.name(of:)), table(ProductStatus.self, TextKey.name(of:)),
        table(StandardKind.self, TextKey.name(of:)), table(Direction.self, TextKey.name(of:)),
        table(IntegrationFrequency.self, TextKey.name(of:)), table(UpdateFrequency.self, TextKey.name(of:)),
        table(AccessRights.self, TextKey.name(of:)), table(DataTheme.self, TextKey.name(of:)),
        table(LOSTheme.self, TextKey.name(of:)), table(Noark5Status.self, TextKey.name(of:)),
        table(Preservation.self, TextKey.name(of:)), table(DatasetLicence.self, TextKey.name(of:)),
        table(ContractType.self, TextKey.name(of:)), table(SpecialCategory.self, TextKey.name(of:)),
        table(ProcessingStatus.self, TextKey.name(of:)), table(Language.self, TextKey.name(of:)),
        table(FileFormat.self, TextKey.name(of:)),
    ]

    /// The name of `value` among the closed set `values`, in the interface's language.
    static func label(_ value: String, among values: [String], text: UIText) -> String {
        guard let table = tables.first(where: { $0.values == values }), let key = table.key(value), text.has(key) else { return value }
        let name = text[key]
        return name == value ? value : "\(name) (\(value))"
    }
}
