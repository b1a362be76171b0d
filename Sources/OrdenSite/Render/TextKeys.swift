import OrdenModel
import OrdenCatalogue
import OrdenResources

/// The keys named by a value rather than written out: a closed value's name, a month, a report's
/// title. Each is a function of a typed value, and TranslationTests checks that every case of
/// every such type has its key in the built-in theme, so these too cannot miss.
extension TextKey {
    /// `values.yml` has a group per closed set, keyed by each value's name in the code.
    private init(_ group: String, _ value: some Sendable) {
        self.init(rawValue: group + "." + String(describing: value))
    }

    package static func name(of value: Hosting) -> TextKey { TextKey("hosting", value) }
    package static func name(of value: LifecycleStatus) -> TextKey { TextKey("lifecycle", value) }
    package static func name(of value: TimeCategory) -> TextKey { TextKey("time", value) }
    package static func name(of value: Criticality) -> TextKey { TextKey("criticality", value) }
    package static func name(of value: InitiativeStatus) -> TextKey { TextKey("initiative_status", value) }
    package static func name(of value: Record<Initiative>.Change) -> TextKey { TextKey("change", value) }
    package static func name(of value: ProductStatus) -> TextKey { TextKey("product_status", value) }
    package static func name(of value: StandardKind) -> TextKey { TextKey("standard_kind", value) }
    package static func name(of value: Direction) -> TextKey { TextKey("direction", value) }
    /// The direction as seen from the other end of the integration.
    package static func reversedName(of value: Direction) -> TextKey { TextKey("direction_reversed", value) }
    package static func name(of value: IntegrationFrequency) -> TextKey { TextKey("frequency", value) }
    package static func name(of value: UpdateFrequency) -> TextKey { TextKey("update_frequency", value) }
    package static func name(of value: AccessRights) -> TextKey { TextKey("access_rights", value) }
    package static func name(of value: DataTheme) -> TextKey { TextKey("theme", value) }
    package static func name(of value: LOSTheme) -> TextKey { TextKey("los_theme", value) }
    package static func name(of value: Noark5Status) -> TextKey { TextKey("noark5", value) }
    package static func name(of value: Preservation) -> TextKey { TextKey("preservation", value) }
    package static func name(of value: DatasetLicence) -> TextKey { TextKey("licence", value) }
    package static func name(of value: ContractType) -> TextKey { TextKey("contract_type", value) }
    package static func name(of value: SpecialCategory) -> TextKey { TextKey("special_category", value) }
    package static func name(of value: ProcessingStatus) -> TextKey { TextKey("processing_status", value) }
    package static func name(of value: Language) -> TextKey { TextKey("language", value) }
    package static func name(of value: GuidePhase) -> TextKey { TextKey("guide_phase", value) }
    package static func name(of value: GuideRole) -> TextKey { TextKey("guide_role", value) }
    /// Not every format has a name; one without is shown by its code (see `Format.fileFormat`).
    package static func name(of value: FileFormat) -> TextKey { TextKey("file_format", value) }
    /// A publiccode.yml category; one added to the standard after the theme was written has no name.
    package static func category(named value: String) -> TextKey { TextKey("category", value) }

    /// A month's name, 1 for January.
    package static func monthName(_ month: Int) -> TextKey { TextKey("month", month) }
    /// A month's short name in charts, 1 for January.
    package static func chartMonth(_ month: Int) -> TextKey { TextKey("chart.month", month) }

    package static func name(of kind: DueItem.Kind) -> TextKey { TextKey("reports.follow_up.kind", kind) }
    /// The form editor's heading of a kind's records (a municipality's folder is not one).
    package static func editorHeading(of kind: RecordKind) -> TextKey { TextKey("editor.kinds", kind.rawValue) }
    /// The form editor's label of a field the pages have no word for (not every key has one).
    package static func editorField(_ key: String) -> TextKey { TextKey("editor.field", key) }
    package static func title(of kind: ReportKind) -> TextKey { TextKey(rawValue: "report_kind.\(String(describing: kind)).title") }
    package static func summary(of kind: ReportKind) -> TextKey { TextKey(rawValue: "report_kind.\(String(describing: kind)).summary") }
    package static func title(of kind: ComparisonKind) -> TextKey { TextKey(rawValue: "comparison_kind.\(String(describing: kind)).title") }
    package static func summary(of kind: ComparisonKind) -> TextKey { TextKey(rawValue: "comparison_kind.\(String(describing: kind)).summary") }
}
