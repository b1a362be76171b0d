import Basics
import FrontMatter
import OrdenModel
import OrdenSource

/// The validate stage: rules that need more than one field or more than one record, run over
/// every parsed record (published or not). Reference checks happen while resolving.
package enum Validator {
    package static func validate(_ content: ParsedContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for record in content.municipalities { diagnostics += validate(record) }
        for record in content.products { diagnostics += validate(record) }
        let products = Dictionary(content.products.map { ($0.id, $0.fields) }, uniquingKeysWith: { first, _ in first })
        for record in content.systems { diagnostics += validate(record, product: record.fields.product.flatMap { products[$0.id] }) }
        for record in content.datasets { diagnostics += validate(record) }
        diagnostics += sharedDatasetIRIs(content.datasets)
        for record in content.contracts { diagnostics += validate(record) }
        for record in content.processing { diagnostics += validate(record) }
        for record in content.initiatives { diagnostics += validate(record) }
        return diagnostics
    }

    package static func validate(_ record: Record<Municipality>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let fields = record.fields
        let number = fields.number.digits
        let at = record.location(of: "number")
        if let folderNumber = record.municipality, folderNumber != number, number != MunicipalityNumber.placeholder.digits {
            diagnostics.append(.error(
                "the number \(number) does not match the folder's number \(folderNumber)", at: at,
                hint: "the folder is named <number>-<name>; make the two agree"))
        }
        if fields.fictional == true {
            if !number.hasPrefix(OfficialMunicipalities.fictionalCountyPrefix) {
                diagnostics.append(.error(
                    "a fictional municipality must have a number in the non-existent county 99, not \(number)", at: at,
                    hint: "use 9901 to 9999 for demo and test municipalities, so they can never be taken for real ones"))
            }
        } else if number != MunicipalityNumber.placeholder.digits, OfficialMunicipalities.byNumber[number] == nil {
            var hint = "see Statistics Norway's list of municipality numbers (valid from 2024)"
            if number.hasPrefix(OfficialMunicipalities.fictionalCountyPrefix) {
                hint = "for a demo or test municipality, add \"fictional: true\""
            }
            diagnostics.append(.error("\(number) is not a municipality number in the official list", at: at, hint: hint))
        }
        // Art. 37(7): the DPO's contact details are published; a name alone is not a contact, and
        // the name is not published by default.
        if let dpo = fields.dpo, dpo.email == nil, dpo.phone == nil, dpo.url == nil {
            diagnostics.append(.warning(
                "the data protection officer has no e-mail, phone or contact page", at: record.location(of: "dpo"),
                hint: "\(LegalRule.dpoContact.source) requires the contact details to be published; add e.g. email: personvernombud@kommune.no (a functional address is enough)"))
        }
        // Populations are added up for regions and the country and divided into costs; a number
        // beyond any municipality's is a slip (an extra digit), not a fact to add up.
        if let population = fields.population?.value, population > maximumPopulation {
            diagnostics.append(.error(
                "population \(population) is more than any municipality has", at: record.location(of: "population"),
                hint: "give the number of inhabitants (Norway's largest municipality has under a million), e.g. population: 27500"))
        }
        return diagnostics
    }

    /// More people than live in Norway: no municipality has that many.
    static let maximumPopulation = 10_000_000
    /// Ten years: a longer notice period is a slip (days or weeks written as months).
    static let maximumNoticeMonths = 120

    package static func validate(_ record: Record<Product>) -> [Diagnostic] {
        guard let category = record.fields.category, !PubliccodeCategories.all.contains(category) else { return [] }
        var hint = "use a category from the publiccode.yml standard"
        if let suggestion = Suggestion.closest(to: category, in: PubliccodeCategories.all.sorted()) {
            hint = "did you mean \"\(suggestion)\"? " + hint
        }
        return [.warning("\"\(category)\" is not a publiccode.yml software category", at: record.location(of: "category"), hint: hint)]
    }

    /// A system, with the product it names (for what it inherits), when there is one.
    package static func validate(_ record: Record<System>, product: Product? = nil) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let fields = record.fields
        if fields.name == nil && fields.product == nil {
            diagnostics.append(.error(
                "the system has neither a name nor a product", at: SourceLocation(path: record.path, line: 1, column: 1),
                hint: "name the product it uses (product: …) so it inherits from the catalogue, or give it a name"))
        }
        if fields.owner?.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
            diagnostics.append(.warning(
                "the system has no owner", at: record.location(of: fields.owner == nil ? "lifecycle" : "owner"),
                hint: "add owner: with the unit or role that owns it (systemeier); until then it is listed in the data quality report"))
        }
        let lifecycle = fields.lifecycle
        if let since = lifecycle.since, let end = lifecycle.endOfLife, end < since {
            diagnostics.append(.error(
                "lifecycle.end_of_life (\(end)) is before lifecycle.since (\(since))", at: record.location(of: "lifecycle.end_of_life")))
        }
        if lifecycle.status == .phaseOut && lifecycle.endOfLife == nil {
            diagnostics.append(.warning(
                "the system is being phased out but has no end_of_life", at: record.location(of: "lifecycle.status"),
                hint: "add lifecycle.end_of_life with the planned date"))
        }
        // The dokumentasjonsplan (arkivlova § 8): archive records need a preservation decision,
        // and a retired system's archive is transferred or deposited.
        if let archive = fields.archive {
            if archive.lacksPreservation {
                diagnostics.append(.warning(
                    "the system holds archive records but no decision on preservation (archive.preservation)", at: record.location(of: "archive"),
                    hint: "\(LegalRule.archivePreservation.source): give preserve, dispose or partial, with the disposal_rule that applies"))
            }
            if archive.awaitsTransfer(lifecycle.status) {
                diagnostics.append(.warning(
                    "the system is retired, its archive records are to be kept, and they are neither transferred nor deposited", at: record.location(of: "archive"),
                    hint: "\(LegalRule.archiveTransfer.source): give archive.transferred (avlevert) or archive.deposited with the date, and archive.institution"))
            }
        }
        return diagnostics + validate(record, inheriting: product)
    }

    /// The rules of a system that read what it inherits from its product, so that the preview
    /// checks them again for every system of a product that was edited.
    package static func validate(_ record: Record<System>, inheriting product: Product?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let fields = record.fields
        let lifecycle = fields.lifecycle
        // Art. 28(3): personal data in a system others run (its own hosting or its product's), and
        // no agreement; the same rule as the GDPR report's (Figures.personalDataWithoutAgreement).
        let hosting = fields.hosting ?? product?.hosting
        func holds(_ data: PersonalDataSummary?) -> Bool {
            !(data?.categories ?? []).isEmpty || !(data?.specialCategories ?? []).isEmpty
        }
        let holdsPersonalData = holds(fields.personalData) || holds(product?.personalData) || !(fields.personalData?.dataSubjects ?? []).isEmpty
        if let hosting, hosting.usesProcessor, holdsPersonalData, fields.dpa == nil, lifecycle.status.isInUse {
            let inherited = fields.hosting == nil ? " (from the product)" : ""
            diagnostics.append(.warning(
                "the system holds personal data and is run by others (hosting: \(hosting.rawValue)\(inherited)), but names no data processing agreement",
                at: record.location(of: fields.hosting == nil ? "lifecycle" : "hosting"),
                hint: "\(LegalRule.processorAgreement.source): name the databehandleravtale with dpa: (a contract in contracts/); a system the municipality runs itself is hosting: on-premises"))
        }
        return diagnostics
    }

    /// Two datasets with the same `uri` would be one resource in the published catalogue, its
    /// titles and distributions mixed; the second and later are errors naming the first.
    static func sharedDatasetIRIs(_ records: [Record<Dataset>]) -> [Diagnostic] {
        var first: [String: Record<Dataset>] = [:]
        var diagnostics: [Diagnostic] = []
        for record in records.sorted(by: { $0.location(of: "uri").path < $1.location(of: "uri").path }) {
            guard let uri = record.fields.uri?.url else { continue }
            if let earlier = first[uri] {
                diagnostics.append(.error(
                    "uri \(uri) is also the uri of \(earlier.location(of: "uri").path); the published catalogue would describe both as one dataset",
                    at: record.location(of: "uri"),
                    hint: "each dataset keeps its own IRI: remove the uri of the copy, or merge the two records"))
            } else {
                first[uri] = record
            }
        }
        return diagnostics
    }

    package static func validate(_ record: Record<Dataset>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let fields = record.fields
        // Records of a public body are open unless a law says otherwise (offentleglova § 3);
        // DCAT-AP-NO names that law on the dataset (legal basis for restriction).
        if fields.accessRights != .public, fields.legalBasisForRestriction?.isEmpty ?? true {
            diagnostics.append(.warning(
                "access to the dataset is \(fields.accessRights.rawValue), but no legal basis for the restriction is given", at: record.location(of: "access_rights"),
                hint: "offentleglova § 3 makes records open unless a law says otherwise; name the law as in DCAT-AP-NO, e.g. legal_basis_for_restriction: [{law: Offentleglova § 13, url: https://lovdata.no/lov/2006-05-19-16/§13}]"))
        }
        if fields.accessRights == .public {
            if fields.licence == nil {
                diagnostics.append(.warning(
                    "the dataset is public but has no licence", at: record.location(of: "access_rights"),
                    hint: "add licence: NLOD-2.0 (or CC-BY-4.0, CC0-1.0) so others know how they may use it"))
            }
            if fields.distributions?.isEmpty ?? true {
                diagnostics.append(.warning(
                    "the dataset is public but has no distribution", at: record.location(of: "access_rights"),
                    hint: "add distributions with an access_url where the data can be fetched"))
            }
        }
        for place in fields.spatial?.places ?? [] {
            if place.uri == nil, !place.isMunicipality, let name = place.name {
                // DCAT-AP-NO 2.0 takes dct:spatial only as an IRI from a vocabulary of places, so a
                // place given by name reaches the page but not the published catalogue: say so.
                diagnostics.append(.warning(
                    "spatial \"\(name)\" is shown on the page but left out of the published DCAT catalogue, which takes places only by address",
                    at: record.location(of: "spatial"),
                    hint: "write spatial: municipality for the whole municipality, or {name: \(name), uri: …} with \(PlaceVocabulary.examples)"))
                continue
            }
            guard let uri = place.uri?.url, PlaceVocabulary.scheme(of: uri) == nil else { continue }
            // DCAT-AP-NO 2.0's shapes (SpatialRestriction) reject a dct:spatial without the
            // vocabulary it comes from; the published catalogue could not name one.
            diagnostics.append(.error(
                "spatial \(uri) is not from a vocabulary of places DCAT-AP-NO accepts, so the published catalogue would fail its shapes",
                at: record.location(of: "spatial"),
                hint: "use \(PlaceVocabulary.examples), or write the place as a name"))
        }
        if fields.themes.isEmpty {
            diagnostics.append(.error("themes is empty", at: record.location(of: "themes"), hint: "give at least one EU data theme, e.g. [GOVE]"))
        }
        if let start = fields.temporal?.start, let end = fields.temporal?.end, end < start {
            diagnostics.append(.error("temporal.end (\(end)) is before temporal.start (\(start))", at: record.location(of: "temporal.end")))
        }
        if let issued = fields.issued, let modified = fields.modified, modified < issued {
            diagnostics.append(.warning("modified (\(modified)) is before issued (\(issued))", at: record.location(of: "modified")))
        }
        return diagnostics
    }

    package static func validate(_ record: Record<Contract>) -> [Diagnostic] {
        let fields = record.fields
        var diagnostics: [Diagnostic] = []
        if let end = fields.end, end < fields.start {
            diagnostics.append(.error("the contract ends (\(end)) before it starts (\(fields.start))", at: record.location(of: "end")))
        }
        // The notice deadline is the end date less this many months, shown in reports and roadmaps.
        if let months = fields.noticeMonths?.value, months > maximumNoticeMonths {
            diagnostics.append(.error(
                "notice_months \(months) is more than \(maximumNoticeMonths) months (ten years)", at: record.location(of: "notice_months"),
                hint: "give the notice period in months, e.g. notice_months: 6 (SSA contracts commonly have 3 to 12)"))
        }
        return diagnostics
    }

    package static func validate(_ record: Record<ProcessingActivity>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let fields = record.fields
        if fields.dataCategories.isEmpty {
            diagnostics.append(.error("data_categories is empty", at: record.location(of: "data_categories"), hint: "Article 30 requires it; give at least one"))
        }
        // An inventory in progress may lack these; the GDPR report lists the gaps. Each rule's
        // source is in LegalRule (OrdenModel/DataProtection.swift). A field not written is
        // located at the file's first line.
        let at = record.location(of:)
        let gaps = [("legal_basis", fields.legalBasis?.isEmpty ?? true), ("data_subjects", fields.dataSubjects?.isEmpty ?? true),
                    ("retention", fields.retention?.trimmingCharacters(in: .whitespaces).isEmpty ?? true)]
        for (field, missing) in gaps where missing {
            diagnostics.append(.warning("\(field) is missing", at: at(field),
                                        hint: "\(LegalRule.recordContents.source) requires it in the record of processing activities; until it is filled in, the activity is listed in the GDPR report"))
        }
        // Art. 9(1): special categories only under a condition of Art. 9(2).
        if fields.lacksArticle9Condition {
            let names = fields.article9Categories.map(\.rawValue).joined(separator: ", ")
            diagnostics.append(.warning(
                "special categories (\(names)) without a condition of Article 9(2)", at: at("legal_basis"),
                hint: "\(LegalRule.specialCategoryCondition.source): an Article 6 basis is not enough for special categories; add the condition that applies, e.g. legal_basis: [{article: 9(2)(h), law: pasientjournalloven § 6}] or 9(2)(g), 9(2)(b)"))
        }
        // Art. 10: criminal-offence data only under official authority or as authorised by law.
        if fields.lacksArticle10Basis {
            diagnostics.append(.warning(
                "criminal-offence data (criminal-convictions) without an Article 10 basis in law", at: at("legal_basis"),
                hint: "\(LegalRule.criminalOffenceBasis.source): add legal_basis: [{article: \"10\", law: …}] naming the act that authorises it, e.g. barnevernsloven, or personopplysningsloven § 11"))
        }
        // Art. 35: an open DPIA, or sensitive data with no assessment of whether one is required.
        switch fields.impactAssessment {
        case .pending:
            diagnostics.append(.warning(
                "a DPIA is required (dpia.required: true) but has no date", at: at("dpia"),
                hint: "\(LegalRule.impactAssessmentPending.source): carry out the DPIA before the processing and give dpia.date; until then the DPIA is listed as open"))
        case .notAssessed:
            diagnostics.append(.warning(
                "special categories or criminal-offence data, and no assessment of whether a DPIA is required", at: at("special_categories"),
                hint: "\(LegalRule.impactAssessmentNotAssessed.source): record the assessment as dpia: {required: true, date: …} or dpia: {required: false}"))
        case .carriedOut, .notRequired, .notRecorded:
            break
        }
        // Art. 28(3): each processor under a data processing agreement.
        for processor in fields.processors ?? [] where processor.dpa == nil {
            diagnostics.append(.warning(
                "the processor \(processor.vendor.id) has no data processing agreement (dpa)", at: processor.vendor.location ?? at("processors"),
                hint: "\(LegalRule.processorAgreement.source): name the databehandleravtale, e.g. dpa: leverandor-dpa-2024 (a contract in contracts/)"))
        }
        if let transfers = fields.thirdCountryTransfers, !(transfers.countries ?? []).isEmpty, transfers.safeguard == nil {
            diagnostics.append(.warning(
                "third-country transfers without a safeguard", at: record.location(of: "third_country_transfers"),
                hint: "\(LegalRule.transferSafeguard.source): name the transfer mechanism, e.g. the EU standard contractual clauses"))
        }
        return diagnostics
    }

    package static func validate(_ record: Record<Initiative>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let fields = record.fields
        if let start = fields.start, let end = fields.end, end < start {
            diagnostics.append(.error("the initiative ends (\(end)) before it starts (\(start))", at: record.location(of: "end")))
        }
        var years: Set<Int> = []
        for (index, line) in (fields.budget ?? []).enumerated() {
            if !years.insert(line.year.value).inserted {
                diagnostics.append(.error("the budget has the year \(line.year) twice", at: record.location(of: "budget[\(index)].year"),
                                          hint: "give one line per year with both investment and running costs"))
            }
            if line.investment == nil && line.running == nil {
                diagnostics.append(.warning("the budget line for \(line.year) has no amount", at: record.location(of: "budget[\(index)]"),
                                            hint: "add investment: and/or running: in kroner"))
            }
        }
        if fields.status == .done, fields.end == nil {
            diagnostics.append(.warning("the initiative is done but has no end date", at: record.location(of: "status"),
                                        hint: "add end: with the date it was completed"))
        }
        return diagnostics
    }
}
