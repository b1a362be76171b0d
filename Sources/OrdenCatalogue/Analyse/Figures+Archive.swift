import Basics
import OrdenModel
import OrdenSource

// The dokumentasjonsplan's figures (formerly arkivplan; arkivlova § 8): the systems that hold
// archive records and what becomes of them, by the rules `orden check` applies (ArchiveFacts).

extension Figures {
    /// Systems of the scope (in use or not) that hold archive records.
    package var archiveSystems: [LocalKey] {
        allSystems.filter { $0.fields.archive?.records == true }.map(\.key)
    }

    /// Archive records without a preservation decision (§§ 12–13), and retired systems whose
    /// records are to be kept and are neither transferred nor deposited (§ 14).
    package var archiveGaps: [(key: LocalKey, rule: LegalRule)] {
        allSystems.flatMap { system -> [(key: LocalKey, rule: LegalRule)] in
            guard let archive = system.fields.archive else { return [] }
            var gaps: [(key: LocalKey, rule: LegalRule)] = []
            if archive.lacksPreservation { gaps.append((system.key, .archivePreservation)) }
            if archive.awaitsTransfer(system.fields.lifecycle.status) { gaps.append((system.key, .archiveTransfer)) }
            return gaps
        }
    }

    /// Systems in use that do not say whether they hold archive records.
    package var archiveNotAssessed: [LocalKey] {
        systemsInUse.filter { $0.fields.archive?.records == nil }.map(\.key)
    }
}
