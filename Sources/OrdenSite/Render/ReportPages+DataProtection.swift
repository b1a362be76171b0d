import Basics
import OrdenCatalogue
import OrdenModel
import OrdenResources

// The data protection officer's page of a municipality (personvernombud): where special
// categories are processed and under which condition, the legal bases in use, the processors
// with the status of their agreements, and the open DPIAs. The same predicates as the GDPR
// report and `orden check` (OrdenModel/DataProtection.swift), so that the three agree.

extension ReportPages {
    func dataProtectionOfficerSections(_ figures: Figures) -> [Section] {
        guard case .municipality(let number) = figures.scope, let entry = catalogue.municipalities[number] else { return [] }
        let activities = figures.processing.compactMap { key in catalogue.processing[key].map { (key: key, fields: $0.fields) } }
            .sorted { ($0.fields.name, $0.key) < ($1.fields.name, $1.key) }
        let missing = text[.reports.dpo.missing]

        // Art. 30(1)(a) and 37(7): who is responsible, and how to reach the DPO.
        let municipality = entry.record.fields
        var contacts: [[Cell]] = [[Cell(text[.reports.dpo.contact.controller]), Cell(municipality.name, note: municipality.orgnr.description),
                                   municipality.website.map(webCell) ?? Cell("–")]]
        if let dpo = municipality.dpo {
            var reach = dpo
            reach.name = nil
            let cells = contactCells(reach)
            contacts.append([Cell(text[.reports.dpo.contact.officer]), Cell(dpo.name ?? "–"), cells.first ?? Cell(missing)])
        } else {
            contacts.append([Cell(text[.reports.dpo.contact.officer]), Cell(text[.local.notRegistered]), Cell(missing)])
        }

        // Special categories (Art. 9) and criminal-offence data (Art. 10), each with the condition given.
        var sensitive: [[Cell]] = []
        for category in SpecialCategory.allCases {
            for activity in activities where (activity.fields.specialCategories ?? []).contains(category) {
                let bases = (activity.fields.legalBasis ?? []).filter { category.isArticle9 ? $0.article.isArticle9Condition : $0.article.isArticle10 }
                let condition = bases.isEmpty ? Cell(missing)
                    : Cell(bases.map { format.legalArticle($0.article) }.joined(separator: ", "), note: bases.contains { $0.law != nil } ? bases.compactMap(\.law).joined(separator: "; ") : nil)
                sensitive.append([Cell(format.specialCategory(category)), processingCell(activity.key), condition])
            }
        }

        // Every legal basis in use, with the activities resting on it.
        var byArticle: [LegalArticle: [(key: LocalKey, law: String?)]] = [:]
        for activity in activities {
            for basis in activity.fields.legalBasis ?? [] { byArticle[basis.article, default: []].append((activity.key, basis.law)) }
        }
        let bases = byArticle.keys.sorted { LegalArticle.ordered($0.text, $1.text) }.flatMap { article in
            (byArticle[article] ?? []).map { use in
                [Cell(format.legalArticle(article)), processingCell(use.key), Cell(use.law ?? "–")]
            }
        }

        // Processors: those the activities name, and the vendors that run systems holding personal data.
        struct Use { var activities: Set<LocalKey> = []; var systems: Set<LocalKey> = []; var agreements: Set<LocalKey> = []; var without = 0 }
        var processors: [String: Use] = [:]
        for activity in activities {
            for processor in activity.fields.processors ?? [] {
                processors[processor.vendor.id, default: Use()].activities.insert(activity.key)
                if let dpa = processor.dpa { processors[processor.vendor.id, default: Use()].agreements.insert(LocalKey(number, dpa.id)) }
                else { processors[processor.vendor.id, default: Use()].without += 1 }
            }
        }
        for system in figures.systemsInUse where Figures.holdsPersonalData(system) && system.hosting?.value.usesProcessor == true {
            guard let vendor = system.vendor?.value else { continue }
            processors[vendor, default: Use()].systems.insert(system.key)
            if let dpa = system.fields.dpa { processors[vendor, default: Use()].agreements.insert(LocalKey(number, dpa.id)) }
            else { processors[vendor, default: Use()].without += 1 }
        }
        let vendorName = { (id: String) in catalogue.vendors[id]?.fields.name ?? id }
        let processorRows = processors.keys.sorted { (vendorName($0), $0) < (vendorName($1), $1) }.map { vendor -> [Cell] in
            let use = processors[vendor] ?? Use()
            let agreements = published(use.agreements.sorted(), .contract)
            let agreementCell = agreements.isEmpty
                ? Cell(use.agreements.contains { $0.id.isEmpty } ? text[.local.agreementWithheld] : missing)
                : Cell(agreements.map { catalogue.contracts[$0]?.fields.title ?? $0.id }.joined(separator: ", "), href: agreements.count == 1 ? contractCell(agreements[0]).href : nil)
            let status = use.without == 0 ? text[.reports.dpo.processors.covered] : text.count(.reports.dpo.processors.uncovered, use.without)
            return [vendorCell(vendor), agreementCell, countCell(use.activities.count), countCell(use.systems.count), Cell(status)]
        }

        // Systems holding personal data that cannot delete it: the retention periods (art. 5(1)(e))
        // and the right to erasure (art. 17) cannot be honoured in them.
        let undeletable = byName(systems: figures.systemsInUse.filter { Figures.holdsPersonalData($0) && $0.fields.canDeletePersonalData == false }.map(\.key))
            .map { key in [systemCell(key), vendorCell(catalogue.systems[key]?.vendor?.value)] }

        // Open DPIAs (Art. 35).
        let openDPIAs = activities.filter { $0.fields.impactAssessment.isOpen }.map { activity in
            [processingCell(activity.key),
             Cell(activity.fields.sensitiveCategories.map(format.specialCategory).joined(separator: ", ")),
             Cell(activity.fields.impactAssessment == .pending ? text[.reports.gdpr.dpiaStatus.notDone] : text[.reports.gdpr.dpiaStatus.notAssessed])]
        }

        return [
            section("kontakt", texts: TextKey.reports.dpo.contact, intro: text[.reports.dpo.contact.intro],
                    columns: [Column(text[.reports.dpo.column.role]), Column(text[.reports.dpo.column.name]), Column(text[.reports.dpo.column.contact])], rows: contacts),
            section("saerlige-kategorier", texts: TextKey.reports.dpo.sensitive, intro: text[.reports.dpo.sensitive.intro], exporting: "saerlige-kategorier",
                    columns: [Column(text[.reports.dpo.column.category]), Column(text[.reports.gdpr.column.activity]), Column(text[.reports.dpo.column.condition])], rows: sensitive),
            section("behandlingsgrunnlag", texts: TextKey.reports.dpo.bases, intro: text[.reports.dpo.bases.intro], exporting: "behandlingsgrunnlag",
                    columns: [Column(text[.reports.dpo.column.basis]), Column(text[.reports.gdpr.column.activity]), Column(text[.reports.dpo.column.law])], rows: bases),
            section("databehandlere", texts: TextKey.reports.dpo.processors, intro: text[.reports.dpo.processors.intro], exporting: "databehandlere",
                    columns: [Column(text[.reports.gdpr.column.processor]), Column(text[.reports.dpo.column.agreements]),
                              Column(text[.reports.dpo.column.activities], numeric: true), Column(text[.column.systems], numeric: true),
                              Column(text[.reports.dpo.column.status])], rows: processorRows),
            section("uten-sletting", texts: TextKey.reports.dpo.undeletable, intro: text[.reports.dpo.undeletable.intro], exporting: "uten-sletting",
                    columns: [Column(text[.column.system]), Column(text[.column.vendor])], rows: undeletable),
            section("apne-dpia", texts: TextKey.reports.dpo.openDpia, intro: text[.reports.gdpr.dpia.intro], exporting: "apne-dpia",
                    columns: [Column(text[.reports.gdpr.column.activity]), Column(text[.reports.gdpr.column.sensitive]), Column(text[.reports.gdpr.column.dpia])], rows: openDPIAs),
        ]
    }
}

extension LegalArticle {
    /// Articles in the regulation's order: 6(1)(a)…(f), 9(2)(a)…(j), 10.
    static func ordered(_ a: String, _ b: String) -> Bool {
        func rank(_ text: String) -> (Int, String) { (text.hasPrefix("6") ? 0 : text.hasPrefix("9") ? 1 : 2, text) }
        return rank(a) < rank(b)
    }
}
