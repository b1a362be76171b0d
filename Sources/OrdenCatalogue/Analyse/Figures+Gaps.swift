import Basics
import FrontMatter
import OrdenModel
import OrdenSource

// Gaps a leader or a data protection officer must act on: GDPR, security and data quality.

extension Figures {
    package var processing: [LocalKey] {
        members.flatMap { catalogue.processingByMunicipality[$0] ?? [] }.filter { catalogue.processing[$0] != nil }
    }

    // MARK: GDPR

    /// Processing activities missing a field Article 30 requires, with the fields missing.
    package var processingMissingFields: [(key: LocalKey, missing: [String])] {
        processing.compactMap { key in
            guard let fields = catalogue.processing[key]?.fields else { return nil }
            var missing: [String] = []
            if fields.legalBasis?.isEmpty ?? true { missing.append("legal_basis") }
            if fields.retention?.trimmingCharacters(in: .whitespaces).isEmpty ?? true { missing.append("retention") }
            if fields.dataSubjects?.isEmpty ?? true { missing.append("data_subjects") }
            return missing.isEmpty ? nil : (key, missing)
        }
    }

    /// Processing activities with special categories (Art. 9(1)) and no condition of Art. 9(2)
    /// among their legal bases.
    package var specialCategoriesWithoutCondition: [LocalKey] {
        processing.filter { catalogue.processing[$0]?.fields.lacksArticle9Condition == true }
    }

    /// Processing activities with criminal-offence data and no Art. 10 basis naming a law.
    package var criminalOffencesWithoutBasis: [LocalKey] {
        processing.filter { catalogue.processing[$0]?.fields.lacksArticle10Basis == true }
    }

    /// Processing activities whose DPIA is open: required and not carried out, or special
    /// categories or criminal-offence data with no assessment of whether one is required (Art. 35).
    package var openImpactAssessments: [LocalKey] {
        processing.filter { catalogue.processing[$0]?.fields.impactAssessment.isOpen == true }
    }

    /// Processors named in processing activities without a data processing agreement (Art. 28(3)).
    package var processorsWithoutAgreement: [(key: LocalKey, vendor: String)] {
        processing.flatMap { key in
            (catalogue.processing[key]?.fields.processorsWithoutAgreement ?? []).map { (key: key, vendor: $0.vendor.id) }
        }
    }

    /// Whether a system holds personal data: its own or its product's categories, or its data subjects.
    package static func holdsPersonalData(_ system: ResolvedSystem) -> Bool {
        !(system.personalDataCategories?.value ?? []).isEmpty || !(system.specialCategories?.value ?? []).isEmpty
            || !(system.fields.personalData?.dataSubjects ?? []).isEmpty
    }

    /// Systems in use that hold personal data, are run by others (a processor, by their own or
    /// their product's hosting) and name no data processing agreement (Art. 28(3)). A system the
    /// municipality runs itself is not listed; one whose hosting is not given is not judged.
    package var personalDataWithoutAgreement: [LocalKey] {
        systemsInUse.filter { system in
            Self.holdsPersonalData(system) && system.hosting?.value.usesProcessor == true && system.fields.dpa == nil
        }.map(\.key)
    }

    /// Systems in use that hold personal data and whose hosting is not given: whether they use a
    /// processor, and so need an agreement, cannot be told.
    package var personalDataHostingUnknown: [LocalKey] {
        systemsInUse.filter { Self.holdsPersonalData($0) && $0.hosting == nil && $0.fields.dpa == nil }.map(\.key)
    }

    /// Processing activities that transfer personal data to countries outside the EEA.
    package var thirdCountryTransfers: [LocalKey] {
        processing.filter { !(catalogue.processing[$0]?.fields.thirdCountryTransfers?.countries ?? []).isEmpty }
    }

    // MARK: Security (internal audience only)

    /// Systems in use with confidentiality or integrity 3 or 4 and no risk assessment in the 12
    /// months before the report date. Reads internal fields: only for the internal build.
    package var securityGaps: [LocalKey] {
        let limit = reportDate.adding(months: -12)
        return systemsInUse.filter { system in
            let level = max(system.fields.classification?.confidentiality?.value ?? 0, system.fields.classification?.integrity?.value ?? 0)
            guard level >= 3 else { return false }
            guard let assessed = system.fields.lastRiskAssessment else { return true }
            return assessed < limit
        }.map(\.key)
    }

    // MARK: Data quality

    /// Records of the scope not reviewed in the review interval (orden.yml's review_interval, 12
    /// months by default) before the report date, or never.
    package var staleRecords: [(kind: RecordKind, key: LocalKey, reviewed: Day?)] {
        let limit = reportDate.adding(months: -catalogue.site.reviewMonths)
        var result: [(RecordKind, LocalKey, Day?)] = []
        func visit(_ kind: RecordKind, _ keys: [LocalKey], _ reviewed: (LocalKey) -> Day?) {
            for key in keys {
                let day = reviewed(key)
                if day.map({ $0 < limit }) ?? true { result.append((kind, key, day)) }
            }
        }
        visit(.system, allSystems.map(\.key)) { catalogue.systems[$0]?.fields.reviewed }
        visit(.dataset, members.flatMap { catalogue.datasetsByMunicipality[$0] ?? [] }) { catalogue.datasets[$0]?.fields.reviewed }
        visit(.processing, processing) { catalogue.processing[$0]?.fields.reviewed }
        visit(.contract, contracts) { catalogue.contracts[$0]?.fields.reviewed }
        return result.map { (kind: $0.0, key: $0.1, reviewed: $0.2) }
    }

    /// Systems in use with no owner (systemeier).
    package var systemsWithoutOwner: [LocalKey] {
        currentSystems.filter { $0.fields.owner?.trimmingCharacters(in: .whitespaces).isEmpty ?? true }.map(\.key)
    }
}

/// How complete a record is: which of the fields that matter are filled in.
package struct Completeness: Sendable, Equatable {
    package var filled: Int
    package var total: Int
    /// The YAML names of the fields not filled in.
    package var missing: [String]

    /// 0–100, rounded down, so that 100 means really complete.
    package var percent: Int { total == 0 ? 100 : filled * 100 / total }

    init(_ checks: [(String, Bool)]) {
        filled = checks.filter(\.1).count
        total = checks.count
        missing = checks.filter { !$0.1 }.map(\.0)
    }

    /// Fields of a system counted for completeness: the required and the recommended ones.
    /// Inherited values count. Internal fields only count for the internal audience.
    package static func of(_ system: ResolvedSystem, audience: Audience) -> Completeness {
        let fields = system.fields
        var checks: [(String, Bool)] = [
            ("owner", !(fields.owner?.isEmpty ?? true)),
            ("product", fields.product != nil),
            ("manager", fields.manager != nil),
            ("service_areas", !(system.serviceAreas?.value ?? []).isEmpty),
            ("lifecycle.since", fields.lifecycle.since != nil),
            ("fit", fields.fit?.functional != nil && fields.fit?.technical != nil),
            ("criticality", fields.criticality != nil),
            ("hosting", system.hosting != nil),
            ("users", fields.users != nil),
            ("cost", fields.cost?.total != nil),
            ("contract", fields.contract != nil),
            ("description", system.hasDescription),
            ("reviewed", fields.reviewed != nil),
        ]
        if audience == .internal {
            checks += [("classification", fields.classification != nil), ("last_risk_assessment", fields.lastRiskAssessment != nil)]
        }
        return Completeness(checks)
    }

    package static func of(_ record: Record<Dataset>) -> Completeness {
        let fields = record.fields
        return Completeness([
            ("licence", fields.licence != nil || fields.accessRights != .public),
            ("distributions", !(fields.distributions ?? []).isEmpty),
            ("contact", fields.contact != nil),
            ("keywords", !(fields.keywords ?? []).isEmpty),
            ("frequency", fields.frequency != nil),
            ("source_systems", !(fields.sourceSystems ?? []).isEmpty),
            ("issued", fields.issued != nil),
            ("modified", fields.modified != nil),
            ("reviewed", fields.reviewed != nil),
        ])
    }

    package static func of(_ record: Record<ProcessingActivity>) -> Completeness {
        let fields = record.fields
        var checks: [(String, Bool)] = [
            ("legal_basis", !(fields.legalBasis ?? []).isEmpty),
            ("data_subjects", !(fields.dataSubjects ?? []).isEmpty),
            ("retention", !(fields.retention ?? "").isEmpty),
            ("recipients", fields.recipients != nil),
            ("security_measures", fields.securityMeasures != nil),
            ("systems", !(fields.systems ?? []).isEmpty),
            ("reviewed", fields.reviewed != nil),
        ]
        // A DPIA decision counts where the activity calls for one (Art. 35): carried out, or assessed as not required.
        switch fields.impactAssessment {
        case .carriedOut, .notRequired: checks.append(("dpia", true))
        case .pending, .notAssessed: checks.append(("dpia", false))
        case .notRecorded: break
        }
        return Completeness(checks)
    }

    package static func of(_ record: Record<Contract>) -> Completeness {
        let fields = record.fields
        return Completeness([
            ("type", fields.type != nil),
            ("end", fields.end != nil),
            ("notice_months", fields.noticeMonths != nil),
            ("annual_cost", fields.annualCost != nil || fields.type == .dpa),
            ("systems", !(fields.systems ?? []).isEmpty),
            ("owner", fields.owner != nil),
            ("reviewed", fields.reviewed != nil),
        ])
    }
}
