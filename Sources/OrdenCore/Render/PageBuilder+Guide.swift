/// The guide (veileder) and the progress page: how far each municipality has come.
extension PageBuilder {
    // MARK: The guide

    func guideIndexPage() -> GuideView {
        let guide = catalogue.guide
        let title = guide.index?.fields.title ?? "Veileder"
        let lead = guide.index?.fields.summary
            ?? "Slik går kommunen fra ingen oversikt til en komplett og vedlikeholdt oversikt over systemer, informasjon og avtaler."
        let contents = guide.pages.map { page in
            GuideEntry(title: page.fields.title, href: href(Paths.guidePage(page.id)),
                       stage: page.fields.phase.map { phaseLabel($0, of: page.fields.title, total: false) }, blurb: page.fields.summary)
        }
        return GuideView(
            layout: layout(title: title, description: lead), kindLabel: "Veileder", heading: title, lead: lead,
            phaseLabel: nil, roles: [], bodyHTML: nonEmpty(guide.index?.bodyHTML), checklist: [], contents: contents,
            progressLink: Link(text: "Fremdrift i kommunene", href: href(Paths.progress)),
            previous: nil, next: guide.pages.first.map { Link(text: $0.fields.title, href: href(Paths.guidePage($0.id))) })
    }

    func guidePage(_ id: String) -> GuideView? {
        let pages = catalogue.guide.pages
        guard let position = pages.firstIndex(where: { $0.id == id }) else { return nil }
        let page = pages[position]
        let fields = page.fields
        let indexTitle = catalogue.guide.index?.fields.title ?? "Veileder"
        let previous = position == 0
            ? Link(text: indexTitle, href: href(Paths.guide))
            : Link(text: pages[position - 1].fields.title, href: href(Paths.guidePage(pages[position - 1].id)))
        let next = position + 1 < pages.count
            ? Link(text: pages[position + 1].fields.title, href: href(Paths.guidePage(pages[position + 1].id))) : nil
        return GuideView(
            layout: layout(title: fields.title, description: fields.summary, breadcrumbs: [Link(text: indexTitle, href: href(Paths.guide))]),
            kindLabel: "Veileder", heading: fields.title, lead: fields.summary,
            phaseLabel: fields.phase.map { phaseLabel($0, of: fields.title, total: true) },
            roles: (fields.roles ?? []).map(format.role), bodyHTML: nonEmpty(page.bodyHTML), checklist: fields.checklist ?? [],
            contents: [], progressLink: nil, previous: previous, next: next)
    }

    /// "Fase 2 av 6", with the phase's name when the page's title does not already say it.
    private func phaseLabel(_ phase: GuidePhase, of title: String, total: Bool) -> String {
        let label = "Fase \(phase.number)" + (total ? " av \(GuidePhase.allCases.count)" : "")
        return title == format.phase(phase) ? label : "\(label): \(format.phase(phase))"
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
            [phaseCell(phase), Cell(Self.phaseRule(phase)), countCell(progress.filter { $0.phase == phase }.count)]
        }
        let heading = "Fremdrift i kommunene"
        return ReportPage(
            layout: layout(title: heading, description: "Hvor langt hver kommune har kommet med oversikten over systemer, datasett, behandlinger og avtaler.",
                           breadcrumbs: [Link(text: catalogue.guide.index?.fields.title ?? "Veileder", href: href(Paths.guide))]),
            kindLabel: "Veileder", heading: heading,
            intro: "Hvor langt hver kommune har kommet, målt mot fasene i veilederen: hva som er registrert, hvor komplett det er, og hva som er neste steg.",
            meta: ["Rapportdato: \(format.date(catalogue.reportDate))"], tabs: [],
            sections: [
                Section(id: "fase", heading: "Fase per kommune",
                        intro: "Kommunen har nådd en fase når regelen for fasen og for alle fasene før er oppfylt. Kompletthet, egnethet og kostnad gjelder systemer i bruk; gjennomgått er andelen registreringer som er gjennomgått de siste 12 månedene.",
                        exporting: "fremdrift",
                        table: Table(caption: "Fase og kompletthet per kommune", columns: [Column("Kommune")] + Self.progressColumns, rows: phaseRows),
                        empty: "Ingen kommuner er registrert."),
                Section(id: "registreringer", heading: "Registreringer per kommune",
                        intro: "Antall registreringer av hver type. Tiltak er kommunens egne, ikke regionens felles tiltak.",
                        exporting: "registreringer",
                        table: Table(caption: "Registreringer per kommune", columns: [
                            Column("Kommune"), Column("Systemer", numeric: true), Column("Datasett", numeric: true),
                            Column("Behandlinger", numeric: true), Column("Avtaler", numeric: true), Column("Tiltak", numeric: true)], rows: countRows),
                        empty: "Ingen kommuner er registrert."),
                Section(id: "regler", heading: "Slik plasseres kommunene",
                        table: Table(caption: "Regler for hver fase", columns: [Column("Fase"), Column("Regel"), Column("Kommuner i fasen", numeric: true)], rows: ruleRows),
                        empty: ""),
            ])
    }

    /// The municipality's own progress, for its page.
    func progressSection(_ progress: Progress) -> Section {
        Section(id: "fremdrift", heading: "Fremdrift",
                       intro: "Hvor langt kommunen har kommet med oversikten, målt mot fasene i veilederen. Andelene gjelder systemer i bruk.",
                       table: Table(caption: "Fremdrift", columns: Self.progressColumns, rows: [progressCells(progress)]),
                       empty: "")
    }

    /// The phase the municipality has reached, linked to the progress of every municipality.
    func progressFact(_ progress: Progress) -> Cell {
        let phase = progress.phase
        return Cell("Fase \(phase.number): \(format.phase(phase))", href: href(Paths.progress))
    }

    static let progressColumns = [
        Column("Fase"), Column("Kompletthet", numeric: true), Column("Med egnethet", numeric: true),
        Column("Med kostnad", numeric: true), Column("Gjennomgått", numeric: true), Column("Neste steg"),
    ]

    func progressCells(_ progress: Progress) -> [Cell] {
        func share(_ part: Int, of whole: Int) -> Cell {
            guard whole > 0 else { return Cell("–", numeric: true) }
            let percent = part * 100 / whole
            return Cell(format.percent(percent), note: "\(part) av \(whole)", number: Double(percent))
        }
        return [
            phaseCell(progress.phase),
            progress.systemCompleteness.map { Cell(format.percent($0), number: Double($0)) } ?? Cell("–", numeric: true),
            share(progress.systemsWithFit, of: progress.systemsInUse),
            share(progress.systemsWithCost, of: progress.systemsInUse),
            share(progress.reviewedRecords, of: progress.records),
            Cell(progress.next.map(Self.nextStep) ?? "Hold oversikten oppdatert: gjennomgå registreringene jevnlig."),
        ]
    }

    /// The phase, linked to the guide's page about it when there is one.
    func phaseCell(_ phase: GuidePhase) -> Cell {
        let text = "\(phase.number). \(format.phase(phase))"
        guard let page = catalogue.guide.page(for: phase) else { return Cell(text) }
        return Cell(text, href: href(Paths.guidePage(page.id)))
    }

    /// What `Progress.meets` checks, in words.
    static func phaseRule(_ phase: GuidePhase) -> String {
        switch phase {
        case .establish: "Kommunen er registrert med sin egen side."
        case .collect: "Minst ett system er registrert."
        case .analyse: "Minst halvparten av systemene i bruk har både funksjonell og teknisk egnethet (fit)."
        case .strategy: "Kommunen har minst ett eget tiltak som ikke er stoppet."
        case .decisionSupport: "Minst ett tiltak er vedtatt, pågår eller er gjennomført, minst én avtale er registrert, og minst halvparten av systemene i bruk har kostnad."
        case .operate: "Minst 80 % av systemene, datasettene, behandlingene og avtalene er gjennomgått (reviewed) de siste 12 månedene før rapportdatoen."
        }
    }

    /// What to do to reach a phase that is not reached yet.
    static func nextStep(_ phase: GuidePhase) -> String {
        switch phase {
        case .establish: "Registrer kommunen."
        case .collect: "Registrer systemene kommunen bruker."
        case .analyse: "Vurder funksjonell og teknisk egnethet for systemene i bruk."
        case .strategy: "Legg tiltak inn i handlingsplanen."
        case .decisionSupport: "Registrer kostnader og avtaler, og få tiltak vedtatt."
        case .operate: "Gjennomgå registreringene og oppdater datoen i reviewed."
        }
    }
}

extension Format {
    public func phase(_ value: GuidePhase) -> String { text["guide_phase.\(String(describing: value))"] }
    public func role(_ value: GuideRole) -> String { text["guide_role.\(String(describing: value))"] }
}
