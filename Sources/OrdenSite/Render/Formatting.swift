import Foundation
import Basics
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenResources
import RDF

/// Numbers, dates and names of values the way a reader of the page's language expects them:
/// "1 234 567 kr" and "26. november 2026" in Norwegian. The words come from the theme's
/// translation files (`format.*`, `month.*` and the value names in `values.yml`).
package struct Format: Sendable {
    package let text: UIText
    /// Read once: every number on a page is grouped with it.
    private let thousandsSeparator: String

    package init(text: UIText) {
        self.text = text
        thousandsSeparator = text.has(.format.thousandsSeparator) ? text[.format.thousandsSeparator] : "\u{00A0}"
    }

    /// Bokmål from the built-in theme: for output that has no page language (DCAT labels, spreadsheets).
    package static let bokmål = Format(text: Translations.builtIn[.nb])

    /// 1234567 → "1 234 567", groups of three split by the language's separator (a non-breaking space in Norwegian).
    package func integer(_ value: Int) -> String {
        let separator = thousandsSeparator
        let digits = String(abs(value))
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += separator }
            grouped.append(character)
        }
        return value < 0 ? "−" + grouped : grouped
    }

    /// Whole kroner: "1 234 567 kr".
    package func kroner(_ money: Money) -> String {
        text(.format.kroner, ["amount": integer(Int(money.kroner.rounded()))])
    }

    /// Kroner with at most two decimals where they matter: "12,50 kr", "1 234 kr".
    package func kroner(_ value: Double) -> String {
        if abs(value) >= 100 || value == value.rounded() { return kroner(Money(value)) }
        let cents = Int((value * 100).rounded())
        let amount = integer(cents / 100) + text[.format.decimalSeparator] + String(format: "%02d", abs(cents % 100))
        return text(.format.kroner, ["amount": amount])
    }

    /// "42 %".
    package func percent(_ value: Int) -> String { text(.format.percent, ["n": String(value)]) }

    /// "26. november 2026".
    package func date(_ day: Day) -> String {
        text(.format.date, ["day": String(day.day), "month": text[.monthName(day.month)], "year": String(day.year)])
    }

    /// "november 2026".
    package func month(_ month: Int, _ year: Int) -> String {
        text(.format.month, ["month": text[.monthName(month)], "year": String(year)])
    }

    /// The name of a closed value in the page's language.

    package func hosting(_ value: Hosting) -> String { text[.name(of: value)] }
    package func processingStatus(_ value: ProcessingStatus) -> String { text[.name(of: value)] }
    package func losTheme(_ value: LOSTheme) -> String { text[.name(of: value)] }
    package func noark5(_ value: Noark5Status) -> String { text[.name(of: value)] }
    package func preservation(_ value: Preservation) -> String { text[.name(of: value)] }
    /// A GDPR article as a legal basis: "GDPR art. 9(2)(h)".
    package func legalArticle(_ article: LegalArticle) -> String { text(.processing.gdprArticle, ["article": article.description]) }
    package func lifecycle(_ value: LifecycleStatus) -> String { text[.name(of: value)] }
    package func time(_ value: TimeCategory) -> String { text[.name(of: value)] }
    package func criticality(_ value: Criticality) -> String { text[.name(of: value)] }
    package func initiativeStatus(_ value: InitiativeStatus) -> String { text[.name(of: value)] }
    package func change(_ value: Record<Initiative>.Change) -> String { text[.name(of: value)] }
    package func productStatus(_ value: ProductStatus) -> String { text[.name(of: value)] }
    package func standardKind(_ value: StandardKind) -> String { text[.name(of: value)] }
    package func direction(_ value: Direction) -> String { text[.name(of: value)] }
    /// The direction as seen from the other end of the integration.
    package func reversedDirection(_ value: Direction) -> String { text[.reversedName(of: value)] }
    package func frequency(_ value: IntegrationFrequency) -> String { text[.name(of: value)] }
    package func updateFrequency(_ value: UpdateFrequency) -> String { text[.name(of: value)] }
    package func accessRights(_ value: AccessRights) -> String { text[.name(of: value)] }
    package func theme(_ value: DataTheme) -> String { text[.name(of: value)] }
    package func licence(_ value: DatasetLicence) -> String { text[.name(of: value)] }
    package func contractType(_ value: ContractType) -> String { text[.name(of: value)] }
    package func specialCategory(_ value: SpecialCategory) -> String { text[.name(of: value)] }
    package func language(_ value: Language) -> String { text[.name(of: value)] }

    /// A file format by its name where it has one ("WMS-tjeneste"), else its code ("CSV").
    package func fileFormat(_ value: FileFormat) -> String {
        let key = TextKey.name(of: value)
        return text.has(key) ? text[key] : value.rawValue
    }

    /// A publiccode.yml category by its name in the page's language; an unknown one as written.
    package func category(_ value: String) -> String {
        text.has(.category(named: value)) ? text[.category(named: value)] : value
    }

    /// "1 system", "3 systemer": a counted text of `count.*`.
    package func count(_ n: Int, _ key: TextKey) -> String {
        text.count(key, n)
    }
}
