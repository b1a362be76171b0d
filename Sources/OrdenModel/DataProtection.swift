import Basics

// The rules of data protection law Orden applies to the inventory. `orden check` gives each as a
// warning citing its source, and the GDPR report and the data protection officer's page list the
// same records, through the same predicates, so that the check and the reports never disagree.
// Articles are those of the GDPR (personvernforordningen, Regulation (EU) 2016/679), which
// personopplysningsloven § 1 makes Norwegian law.

/// A rule of data protection law, with the source a hint or a report cites.
package enum LegalRule: String, CaseIterable, Sendable {
    /// Art. 30(1)(b)–(g): what each entry of the record of processing activities (protokoll) holds.
    case recordContents
    /// Art. 9(1)–(2): special categories may be processed only under one of the conditions of 9(2).
    case specialCategoryCondition
    /// Art. 10, with personopplysningsloven § 11: criminal-offence data needs authority in law.
    case criminalOffenceBasis
    /// Art. 35(1): a DPIA found required is carried out before the processing.
    case impactAssessmentPending
    /// Art. 35(1), (3)(b) and (4): whether a DPIA is required must be assessed where special
    /// categories or criminal-offence data are processed (Datatilsynet's list under (4)).
    case impactAssessmentNotAssessed
    /// Art. 28(3): processing by a processor is governed by a contract (databehandleravtale).
    case processorAgreement
    /// Art. 44–46: a transfer to a third country rests on a transfer mechanism.
    case transferSafeguard
    /// Art. 37(7): the controller publishes the data protection officer's contact details.
    case dpoContact
    /// Art. 30(1)(a): the record holds the controller's and the DPO's name and contact details.
    case controllerContact
    /// Arkivlova (LOV-2025-06-20-96) §§ 12–13: what is to be preserved and what disposed of is decided.
    case archivePreservation
    /// Arkivlova § 14: an archive no longer in use is transferred (avlevert) or deposited for
    /// long-term preservation.
    case archiveTransfer

    /// The source as a hint cites it.
    package var source: String {
        switch self {
        case .recordContents: "GDPR art. 30(1)"
        case .specialCategoryCondition: "GDPR art. 9(1) and 9(2)"
        case .criminalOffenceBasis: "GDPR art. 10 and personopplysningsloven § 11"
        case .impactAssessmentPending: "GDPR art. 35(1)"
        case .impactAssessmentNotAssessed: "GDPR art. 35(1) and 35(3)(b), and Datatilsynet's list under art. 35(4)"
        case .processorAgreement: "GDPR art. 28(3)"
        case .transferSafeguard: "GDPR art. 44 to 46"
        case .dpoContact: "GDPR art. 37(7)"
        case .controllerContact: "GDPR art. 30(1)(a)"
        case .archivePreservation: "arkivlova §§ 12 and 13"
        case .archiveTransfer: "arkivlova § 14"
        }
    }
}

extension SpecialCategory {
    /// Whether the category is one of Article 9(1)'s. Personal data relating to criminal
    /// convictions and offences is Article 10's, not a special category: it is reported apart.
    package var isArticle9: Bool { self != .criminalConvictions }
}

extension Sequence<SpecialCategory> {
    /// The special categories of Article 9(1) among these.
    package var article9: [SpecialCategory] { filter(\.isArticle9) }
    /// Whether these include personal data relating to criminal convictions and offences (Art. 10).
    package var includesCriminalOffences: Bool { contains(.criminalConvictions) }
}

extension LegalArticle {
    /// One of the conditions of Article 9(2), under which special categories may be processed.
    package var isArticle9Condition: Bool { text.hasPrefix("9(2)") }
    /// Article 10, processing of criminal-offence data.
    package var isArticle10: Bool { text == "10" }
    /// One of the lawful bases of Article 6(1).
    package var isArticle6: Bool { text.hasPrefix("6(1)") }
}

/// Where a processing activity stands with its data protection impact assessment (Art. 35).
package enum ImpactAssessmentStatus: Sendable, Equatable {
    /// Carried out on this date.
    case carriedOut(Day)
    /// Assessed as not required (`required: false`): a documented decision, not a gap.
    case notRequired
    /// Found required and not yet carried out: an open DPIA (Art. 35(1)).
    case pending
    /// Special categories or criminal-offence data, and no record of whether a DPIA is required.
    case notAssessed
    /// Nothing recorded, and nothing in the record that calls for an assessment.
    case notRecorded

    /// Whether the status is a gap the GDPR report and the DPO's page list.
    package var isOpen: Bool { self == .pending || self == .notAssessed }

    /// The rule a gap breaks.
    package var rule: LegalRule? {
        switch self {
        case .pending: .impactAssessmentPending
        case .notAssessed: .impactAssessmentNotAssessed
        default: nil
        }
    }
}

extension ProcessingActivity {
    /// The special categories of Article 9(1) the activity processes.
    package var article9Categories: [SpecialCategory] { (specialCategories ?? []).article9 }

    /// The Art. 9 categories, then criminal-offence data (Art. 10) when processed: what a page lists
    /// as "special categories and criminal offences".
    package var sensitiveCategories: [SpecialCategory] {
        article9Categories + (processesCriminalOffenceData ? [.criminalConvictions] : [])
    }

    /// Whether the activity processes personal data relating to criminal convictions and offences.
    package var processesCriminalOffenceData: Bool { (specialCategories ?? []).includesCriminalOffences }

    /// Special categories without a condition of Article 9(2) among the legal bases: processing
    /// them is prohibited by Art. 9(1) unless one applies. An Art. 6 basis alone is not enough.
    package var lacksArticle9Condition: Bool {
        !article9Categories.isEmpty && !(legalBasis ?? []).contains { $0.article.isArticle9Condition }
    }

    /// Criminal-offence data without an Article 10 basis naming the law that authorises it: Art. 10
    /// allows it only under official authority or where law authorises it (for Norway,
    /// personopplysningsloven § 11 or a special act).
    package var lacksArticle10Basis: Bool {
        processesCriminalOffenceData && !(legalBasis ?? []).contains { basis in
            basis.article.isArticle10 && !(basis.law ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        }
    }

    /// The DPIA as recorded. `required: false` is a decision that none is needed and is respected;
    /// `required: true` without a date is an open DPIA. With no decision recorded, an activity with
    /// special categories or criminal-offence data is not assessed: Art. 35(3)(b) requires a DPIA
    /// for such data on a large scale, and Datatilsynet's list names more cases, neither of which
    /// Orden can judge from the record, so it asks for the assessment rather than for a DPIA.
    package var impactAssessment: ImpactAssessmentStatus {
        if let date = dpia?.date { return .carriedOut(date) }
        switch dpia?.required {
        case false?: return .notRequired
        case true?: return .pending
        case nil: return article9Categories.isEmpty && !processesCriminalOffenceData ? .notRecorded : .notAssessed
        }
    }

    /// The processors named without a data processing agreement (Art. 28(3)).
    package var processorsWithoutAgreement: [Processor] { (processors ?? []).filter { $0.dpa == nil } }
}

extension ArchiveFacts {
    /// Archive records with no decision on preservation and disposal (arkivlova §§ 12–13).
    package var lacksPreservation: Bool { records == true && preservation == nil }

    /// Archive records of a retired system, not all to be disposed of, neither transferred nor
    /// deposited (arkivlova § 14).
    package func awaitsTransfer(_ status: LifecycleStatus) -> Bool {
        records == true && status == .retired && preservation != .dispose && transferred == nil && deposited == nil
    }
}

extension Hosting {
    /// Whether someone other than the municipality runs the system, and so processes the personal
    /// data in it on the municipality's behalf: a processor (Art. 4(8)), who needs an agreement
    /// (Art. 28(3)). A system the municipality runs itself (`on-premises`) uses no processor for
    /// its hosting; a vendor with support access may still be one, which the record cannot tell.
    package var usesProcessor: Bool { self != .onPremises }
}
