import Basics
import OrdenCatalogue
import OrdenModel
import OrdenResources

// The archivist's page of a municipality: the systems as archives, for the dokumentasjonsplan
// (formerly arkivplan; arkivlova LOV-2025-06-20-96 § 8). The same rules as `orden check`
// (ArchiveFacts in OrdenModel/DataProtection.swift).

extension ReportPages {
    func documentationPlanSections(_ figures: Figures) -> [Section] {
        let notGiven = text[.reports.documentation.notGiven]
        let systems = byName(systems: figures.archiveSystems).compactMap { key -> [Cell]? in
            guard let system = catalogue.systems[key], let archive = system.fields.archive else { return nil }
            return [systemCell(key), Cell(format.lifecycle(system.fields.lifecycle.status)),
                    Cell(archive.noark5.map(format.noark5) ?? notGiven),
                    Cell(archive.preservation.map(format.preservation) ?? notGiven, note: archive.disposalRule),
                    dateCell(archive.deposited), dateCell(archive.transferred), Cell(archive.institution ?? notGiven)]
        }
        let gaps = figures.archiveGaps.sorted { ($0.key, $0.rule.rawValue) < ($1.key, $1.rule.rawValue) }.map { gap in
            [systemCell(gap.key), Cell(gap.rule == .archivePreservation ? text[.reports.documentation.gap.preservation] : text[.reports.documentation.gap.transfer])]
        }
        let notAssessed = figures.archiveNotAssessed.count
        let intro = text[.reports.documentation.systems.intro]
            + (notAssessed > 0 ? " " + text.count(.reports.documentation.systems.notAssessed, notAssessed) : "")
        return [
            section("arkivsystemer", texts: TextKey.reports.documentation.systems, intro: intro, exporting: "arkivsystemer",
                    columns: [Column(text[.column.system]), Column(text[.column.lifecycle]), Column(text[.reports.documentation.column.noark5]),
                              Column(text[.reports.documentation.column.preservation]), Column(text[.reports.documentation.column.deposited]),
                              Column(text[.reports.documentation.column.transferred]), Column(text[.reports.documentation.column.institution])], rows: systems),
            section("mangler", texts: TextKey.reports.documentation.gaps, intro: text[.reports.documentation.gaps.intro], exporting: "arkiv-mangler",
                    columns: [Column(text[.column.system]), Column(text[.column.missing])], rows: gaps),
        ]
    }
}
