import Basics
import FrontMatter
import OrdenModel
import OrdenResources
import OrdenSource

/// The two dataset listings: every dataset (/datasett/) and open data (/apne-data/).
package enum DatasetListing: String, Sendable, Hashable, CaseIterable {
    case catalogue, openData

    /// Open data: public datasets with a licence and a distribution.
    package func includes(_ dataset: Dataset) -> Bool {
        self == .catalogue || (dataset.accessRights == .public && dataset.licence != nil && !(dataset.distributions ?? []).isEmpty)
    }
}

/// One value to filter a listing by; each has its own generated page, so filtering works
/// without JavaScript.
package enum DatasetFilter: Sendable, Hashable {
    case municipality(String)
    case theme(DataTheme)
    case licence(DatasetLicence)
    case format(FileFormat)

    package enum Dimension: String, CaseIterable, Sendable {
        case municipality = "kommune", theme = "tema", licence = "lisens", format = "format"

        /// The key of the dimension's name in the translation files (`lists.datasets.filter.*`).
        package var labelKey: TextKey {
            switch self {
            case .municipality: .lists.datasets.filter.municipality
            case .theme: .lists.datasets.filter.theme
            case .licence: .lists.datasets.filter.licence
            case .format: .lists.datasets.filter.format
            }
        }
    }

    package var dimension: Dimension {
        switch self {
        case .municipality: .municipality
        case .theme: .theme
        case .licence: .licence
        case .format: .format
        }
    }

    /// The value as it appears in the page's address and in the rows' data attributes.
    package var code: String {
        switch self {
        case .municipality(let number): number
        case .theme(let theme): theme.rawValue
        case .licence(let licence): licence.rawValue
        case .format(let format): format.rawValue
        }
    }

    /// The values of one dataset in every dimension.
    package static func values(of key: LocalKey, _ dataset: Dataset) -> [DatasetFilter] {
        var values: [DatasetFilter] = [.municipality(key.municipality)]
        values += dataset.themes.map(DatasetFilter.theme)
        let distributions = dataset.distributions ?? []
        let licences = Set([dataset.licence].compactMap { $0 } + distributions.compactMap(\.licence))
        values += licences.sorted { $0.rawValue < $1.rawValue }.map(DatasetFilter.licence)
        values += Set(distributions.compactMap(\.format)).sorted { $0.rawValue < $1.rawValue }.map(DatasetFilter.format)
        return values
    }

    /// Every filter with at least one dataset in the listing, each with its datasets, in a stable order.
    static func all(in listing: DatasetListing, catalogue: Catalogue) -> [(filter: DatasetFilter, datasets: [LocalKey])] {
        var found: [DatasetFilter: [LocalKey]] = [:]
        for (key, record) in catalogue.datasets where listing.includes(record.fields) {
            for value in values(of: key, record.fields) { found[value, default: []].append(key) }
        }
        return found.map { (filter: $0.key, datasets: $0.value.sorted()) }
            .sorted { ($0.filter.dimension.sortIndex, $0.filter.code) < ($1.filter.dimension.sortIndex, $1.filter.code) }
    }
}

extension DatasetFilter.Dimension {
    var sortIndex: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

extension DatasetListing: DependencyKeyConvertible {
    package var dependencyKey: DependencyKey { .id(rawValue) }
}
