import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSource
import RDF

/// The guide (veileder) and the progress page: how far each municipality has come.
extension GuidePages {
    // MARK: The guide

    func guideIndexPage() -> GuideView {
        let guide = catalogue.guide
        let title = guide.index?.fields.title ?? text[.guidePages.title]
        let lead = guide.index?.fields.summary ?? text[.guidePages.lead]
        let contents = guide.pages.map { page in
            GuideEntry(title: page.fields.title, href: href(Paths.guidePage(page.id)),
                       stage: page.fields.phase.map { phaseLabel($0, of: page.fields.title, total: false) }, blurb: page.fields.summary)
        }
        return GuideView(
            layout: layout(title: title, description: lead), kindLabel: text[.guidePages.kind], heading: title, lead: lead,
            phaseLabel: nil, roles: [], bodyHTML: nonEmpty(guide.index?.bodyHTML), checklist: [], contents: contents,
            progressLink: Link(text: text[.guidePages.progress.heading], href: href(Paths.progress)),
            previous: nil, next: guide.pages.first.map { Link(text: $0.fields.title, href: href(Paths.guidePage($0.id))) })
    }

    func guidePage(_ id: String) -> GuideView? {
        let pages = catalogue.guide.pages
        guard let position = pages.firstIndex(where: { $0.id == id }) else { return nil }
        let page = pages[position]
        let fields = page.fields
        let indexTitle = catalogue.guide.index?.fields.title ?? text[.guidePages.title]
        let previous = position == 0
            ? Link(text: indexTitle, href: href(Paths.guide))
            : Link(text: pages[position - 1].fields.title, href: href(Paths.guidePage(pages[position - 1].id)))
        let next = position + 1 < pages.count
            ? Link(text: pages[position + 1].fields.title, href: href(Paths.guidePage(pages[position + 1].id))) : nil
        return GuideView(
            layout: layout(title: fields.title, description: fields.summary, breadcrumbs: [Link(text: indexTitle, href: href(Paths.guide))]),
            kindLabel: text[.guidePages.kind], heading: fields.title, lead: fields.summary,
            phaseLabel: fields.phase.map { phaseLabel($0, of: fields.title, total: true) },
            roles: (fields.roles ?? []).map(format.role), bodyHTML: nonEmpty(page.bodyHTML), checklist: fields.checklist ?? [],
            contents: [], progressLink: nil, previous: previous, next: next)
    }

    /// "Fase 2 av 6", with the phase's name when the page's title does not already say it.
    private func phaseLabel(_ phase: GuidePhase, of title: String, total: Bool) -> String {
        let number = String(phase.number), count = String(GuidePhase.allCases.count), name = format.phase(phase)
        switch (total, title == name) {
        case (false, true): return text(.guidePages.phase.number, ["number": number])
        case (false, false): return text(.guidePages.phase.named, ["number": number, "name": name])
        case (true, true): return text(.guidePages.phase.of, ["number": number, "count": count])
        case (true, false): return text(.guidePages.phase.ofNamed, ["number": number, "count": count, "name": name])
        }
    }

    private func nonEmpty(_ html: String?) -> String? {
        html.flatMap { $0.isEmpty ? nil : $0 }
    }

    // MARK: Progress

    func progressPage() -> ReportPage {
        let progress = catalogue.sortedMunicipalities.map { Progress.of($0.number, in: catalogue) }
        let phaseRows = progress.map { [municipalityCell($0.municipality)] + progressCells($0) }
        let countRows = progress.map { item in
            [municipalityCell(item.municipality), countCell(item.systems), countCell(item.datasets), countCell(item.processing),
             countCell(item.contracts), countCell(item.initiatives)]
        }
        let ruleRows = GuidePhase.allCases.map { phase in
            [phaseCell(phase), Cell(phaseRule(phase)), countCell(progress.filter { $0.phase == phase }.count)]
        }
        let heading = text[.guidePages.progress.heading]
        return ReportPage(
            layout: layout(title: heading, description: text[.guidePages.progress.description],
                           breadcrumbs: [Link(text: catalogue.guide.index?.fields.title ?? text[.guidePages.title], href: href(Paths.guide))]),
            kindLabel: text[.guidePages.kind], heading: heading,
            intro: text[.guidePages.progress.intro],
            meta: [text(.guidePages.progress.reportDate, ["date": format.date(catalogue.reportDate)])], tabs: [],
            sections: [
                Section(id: "fase", heading: text[.guidePages.progress.phases.heading],
                        intro: text[.guidePages.progress.phases.intro],
                        exporting: "fremdrift",
                        table: Table(caption: text[.guidePages.progress.phases.caption],
                                     columns: [Column(text[.column.municipality])] + progressColumns, rows: phaseRows),
                        empty: text[.guidePages.progress.empty]),
                Section(id: "registreringer", heading: text[.guidePages.progress.records.heading],
                        intro: text[.guidePages.progress.records.intro],
                        exporting: "registreringer",
                        table: Table(caption: text[.guidePages.progress.records.caption], columns: [
                            Column(text[.column.municipality]), Column(text[.column.systems], numeric: true),
                            Column(text[.column.datasets], numeric: true), Column(text[.guidePages.progress.column.processing], numeric: true),
                            Column(text[.column.contracts], numeric: true), Column(text[.guidePages.progress.column.initiatives], numeric: true)],
                                     rows: countRows),
                        empty: text[.guidePages.progress.empty]),
                Section(id: "regler", heading: text[.guidePages.progress.rules.heading],
                        table: Table(caption: text[.guidePages.progress.rules.caption],
                                     columns: [Column(text[.guidePages.progress.column.phase]), Column(text[.guidePages.progress.column.rule]),
                                               Column(text[.guidePages.progress.column.inPhase], numeric: true)], rows: ruleRows),
                        empty: ""),
            ])
    }

    /// What `Progress.meets` checks, in words.
    func phaseRule(_ phase: GuidePhase) -> String {
        switch phase {
        case .establish: text[.guidePages.rule.establish]
        case .collect: text[.guidePages.rule.collect]
        case .analyse: text[.guidePages.rule.analyse]
        case .strategy: text[.guidePages.rule.strategy]
        case .decisionSupport: text[.guidePages.rule.decisionSupport]
        case .operate: text[.guidePages.rule.operate]
        }
    }
}

extension PageFamily {
    /// The municipality's own progress, for its page.
    func progressSection(_ progress: Progress) -> Section {
        Section(id: "fremdrift", heading: text[.guidePages.municipal.heading],
                       intro: text[.guidePages.municipal.intro],
                       table: Table(caption: text[.guidePages.municipal.caption], columns: progressColumns, rows: [progressCells(progress)]),
                       empty: "")
    }

    /// The phase the municipality has reached, linked to the progress of every municipality.
    func progressFact(_ progress: Progress) -> Cell {
        let phase = progress.phase
        return Cell(text(.guidePages.phase.named, ["number": String(phase.number), "name": format.phase(phase)]), href: href(Paths.progress))
    }

    var progressColumns: [Column] {
        [
            Column(text[.guidePages.progress.column.phase]), Column(text[.guidePages.progress.column.completeness], numeric: true),
            Column(text[.guidePages.progress.column.withFit], numeric: true), Column(text[.guidePages.progress.column.withCost], numeric: true),
            Column(text[.guidePages.progress.column.reviewed], numeric: true), Column(text[.guidePages.progress.column.nextStep]),
        ]
    }

    func progressCells(_ progress: Progress) -> [Cell] {
        func share(_ part: Int, of whole: Int) -> Cell {
            guard whole > 0 else { return Cell("–", numeric: true) }
            let percent = part * 100 / whole
            return Cell(format.percent(percent), note: text(.guidePages.progress.share, ["part": String(part), "whole": String(whole)]), number: Double(percent))
        }
        return [
            phaseCell(progress.phase),
            progress.systemCompleteness.map { Cell(format.percent($0), number: Double($0)) } ?? Cell("–", numeric: true),
            share(progress.systemsWithFit, of: progress.systemsInUse),
            share(progress.systemsWithCost, of: progress.systemsInUse),
            share(progress.reviewedRecords, of: progress.records),
            Cell(progress.next.map { nextStep($0) } ?? text[.guidePages.nextStep.none]),
        ]
    }

    /// The phase, linked to the guide's page about it when there is one.
    func phaseCell(_ phase: GuidePhase) -> Cell {
        let label = text(.guidePages.phase.numbered, ["number": String(phase.number), "name": format.phase(phase)])
        guard let page = catalogue.guide.page(for: phase) else { return Cell(label) }
        return Cell(label, href: href(Paths.guidePage(page.id)))
    }

    /// What to do to reach a phase that is not reached yet.
    func nextStep(_ phase: GuidePhase) -> String {
        switch phase {
        case .establish: text[.guidePages.nextStep.establish]
        case .collect: text[.guidePages.nextStep.collect]
        case .analyse: text[.guidePages.nextStep.analyse]
        case .strategy: text[.guidePages.nextStep.strategy]
        case .decisionSupport: text[.guidePages.nextStep.decisionSupport]
        case .operate: text[.guidePages.nextStep.operate]
        }
    }
}

extension Format {
    package func phase(_ value: GuidePhase) -> String { text[.name(of: value)] }
    package func role(_ value: GuideRole) -> String { text[.name(of: value)] }
}
