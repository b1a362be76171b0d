import Basics
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

/// Each record's cells by field key, as the export writes them: closed values by their
/// Norwegian label, catalogue references by name, local references by id, lists joined.
struct SheetValues {
    let catalogue: Catalogue

    func records(_ kind: SheetKind) -> [(key: LocalKey, cells: [String: SheetCell])] {
        switch kind {
        case .systems: catalogue.systems.keys.sorted().compactMap { key in catalogue.systems[key].map { (key, system($0)) } }
        case .datasets: catalogue.datasets.keys.sorted().compactMap { key in catalogue.datasets[key].map { (key, dataset($0.fields)) } }
        case .contracts: catalogue.contracts.keys.sorted().compactMap { key in catalogue.contracts[key].map { (key, contract($0.fields)) } }
        case .processing: catalogue.processing.keys.sorted().compactMap { key in catalogue.processing[key].map { (key, processing($0.fields)) } }
        }
    }

    // MARK: Kinds

    func system(_ system: ResolvedSystem) -> [String: SheetCell] {
        let f = system.fields
        var cells: [String: SheetCell] = [
            "name": text(system.name.value),
            "product": text(f.product.map { catalogue.products[$0.id]?.fields.name ?? $0.id }),
            "vendor": text(system.vendor.map { catalogue.vendors[$0.value]?.fields.name ?? $0.value }),
            "category": text(system.category.map { SheetChoices.category.label($0.value) }),
            "owner": text(f.owner), "manager": text(f.manager),
            "service_areas": list(system.serviceAreas?.value.map { catalogue.serviceAreas[$0]?.fields.name ?? $0 }),
            "lifecycle.status": text(SheetChoices.lifecycle.label(f.lifecycle.status.rawValue)),
            "lifecycle.since": date(f.lifecycle.since), "lifecycle.end_of_life": date(f.lifecycle.endOfLife),
            "fit.functional": number(f.fit?.functional?.value), "fit.technical": number(f.fit?.technical?.value),
            "time": text(f.time.map { SheetChoices.time.label($0.rawValue) }),
            "criticality": text(f.criticality.map { SheetChoices.criticality.label($0.rawValue) }),
            "hosting": text(system.hosting.map { SheetChoices.hosting.label($0.value.rawValue) }),
            "users": number(f.users?.value),
            "cost.licence": money(f.cost?.licence), "cost.operations": money(f.cost?.operations), "cost.other": money(f.cost?.other),
            "contract": text(f.contract?.id), "dpa": text(f.dpa.flatMap { $0.isWithheld ? nil : $0.id }),
            "standards": list(system.standards?.value.map { catalogue.standards[$0]?.fields.name ?? $0 }),
            "datasets": list(f.datasets?.map(\.id)),
            "personal_data.categories": list(system.personalDataCategories?.value),
            "personal_data.special_categories": list(system.specialCategories?.value.map { SheetChoices.specialCategory.label($0.rawValue) }),
            "personal_data.data_subjects": list(f.personalData?.dataSubjects),
            "can_delete_personal_data": yesNo(f.canDeletePersonalData),
            "archive.records": yesNo(f.archive?.records),
            "archive.noark5": text(f.archive?.noark5.map { SheetChoices.noark5.label($0.rawValue) }),
            "archive.preservation": text(f.archive?.preservation.map { SheetChoices.preservation.label($0.rawValue) }),
            "archive.disposal_rule": text(f.archive?.disposalRule),
            "archive.deposited": date(f.archive?.deposited), "archive.transferred": date(f.archive?.transferred),
            "archive.institution": text(f.archive?.institution),
            "visibility": text(f.visibility.map { SheetChoices.visibility.label($0.rawValue) }),
            "reviewed": date(f.reviewed),
        ]
        // Internal fields; the export leaves their columns out for the public.
        cells["classification.confidentiality"] = number(f.classification?.confidentiality?.value)
        cells["classification.integrity"] = number(f.classification?.integrity?.value)
        cells["classification.availability"] = number(f.classification?.availability?.value)
        cells["last_risk_assessment"] = date(f.lastRiskAssessment)
        cells["infrastructure"] = text(f.infrastructure)
        return cells
    }

    func dataset(_ f: Dataset) -> [String: SheetCell] {
        let distribution = f.distributions?.first
        return [
            "title": text(f.title), "description": text(f.description),
            "themes": list(f.themes.map { SheetChoices.theme.label($0.rawValue) }),
            "access_rights": text(SheetChoices.accessRights.label(f.accessRights.rawValue)),
            "licence": text(f.licence?.rawValue), "keywords": list(f.keywords),
            "distributions[].access_url": text(distribution?.accessUrl.url), "distributions[].format": text(distribution?.format?.rawValue),
            "contact.name": text(f.contact?.name), "contact.email": text(f.contact?.email?.address),
            "spatial": list(f.spatial?.labels(municipality: nil)), "temporal.start": date(f.temporal?.start), "temporal.end": date(f.temporal?.end),
            "frequency": text(f.frequency.map { SheetChoices.frequency.label($0.rawValue) }),
            "source_systems": list(f.sourceSystems?.map(\.id)), "personal_data": yesNo(f.personalData),
            "issued": date(f.issued), "modified": date(f.modified),
            "visibility": text(f.visibility.map { SheetChoices.visibility.label($0.rawValue) }), "reviewed": date(f.reviewed),
        ]
    }

    func contract(_ f: Contract) -> [String: SheetCell] {
        [
            "title": text(f.title), "vendor": text(catalogue.vendors[f.vendor.id]?.fields.name ?? f.vendor.id),
            "type": text(f.type?.rawValue), "systems": list(f.systems?.map(\.id)),
            "start": date(f.start), "end": date(f.end), "notice_months": number(f.noticeMonths?.value),
            "renewal_options": text(f.renewalOptions), "annual_cost": money(f.annualCost),
            "procurement_ref": text(f.procurementRef), "document_url": text(f.documentUrl?.url), "owner": text(f.owner),
            "visibility": text(f.visibility.map { SheetChoices.visibility.label($0.rawValue) }), "reviewed": date(f.reviewed),
        ]
    }

    func processing(_ f: ProcessingActivity) -> [String: SheetCell] {
        [
            "name": text(f.name), "status": text(f.status.map { SheetChoices.processingStatus.label($0.rawValue) }), "purpose": text(f.purpose),
            "legal_basis": list(f.legalBasis?.map { [$0.article.text, $0.law ?? ""].filter { !$0.isEmpty }.joined(separator: " ") }),
            "data_subjects": list(f.dataSubjects), "data_categories": list(f.dataCategories),
            "special_categories": list(f.specialCategories?.map { SheetChoices.specialCategory.label($0.rawValue) }),
            "recipients": list(f.recipients),
            "third_country_transfers.countries": list(f.thirdCountryTransfers?.countries?.map(\.code)),
            "third_country_transfers.safeguard": text(f.thirdCountryTransfers?.safeguard),
            "retention": text(f.retention), "security_measures": text(f.securityMeasures),
            "systems": list(f.systems?.map { reference in (reference.municipality.map { "\($0)/" } ?? "") + reference.id }),
            "processors": list(f.processors?.map { catalogue.vendors[$0.vendor.id]?.fields.name ?? $0.vendor.id }),
            "dpia.required": yesNo(f.dpia?.required), "dpia.date": date(f.dpia?.date), "dpia.report": text(f.dpia?.report?.url),
            "joint_controllers": list(f.jointControllers), "joint_arrangement": text(f.jointArrangement),
            "datasets": list(f.datasets?.map(\.id)), "access_requests": text(f.accessRequests),
            "visibility": text(f.visibility.map { SheetChoices.visibility.label($0.rawValue) }), "reviewed": date(f.reviewed),
        ]
    }

    /// The controller (the municipality, with its organisation number and website) and its data
    /// protection officer (name where this audience has it, e-mail, phone, contact page).
    func controllerAndOfficer(_ number: String) -> [SheetCell] {
        guard let municipality = catalogue.municipalities[number]?.record.fields else { return [.empty, .empty] }
        let controller = [municipality.name, "org.nr. \(municipality.orgnr.digits)", municipality.website?.url].compactMap { $0 }.joined(separator: ", ")
        let dpo = municipality.dpo.map { [$0.name, $0.email?.address, $0.phone, $0.url?.url].compactMap { $0 }.joined(separator: ", ") }
        return [text(controller), text(dpo)]
    }

    // MARK: Cells

    private func text(_ value: String?) -> SheetCell {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }

    private func list(_ values: [String]?) -> SheetCell {
        guard let values, !values.isEmpty else { return .empty }
        return .text(SheetText.join(values))
    }

    private func date(_ day: Day?) -> SheetCell { day.map(SheetCell.date) ?? .empty }
    private func number(_ value: Int?) -> SheetCell { value.map { .number(Double($0)) } ?? .empty }
    private func money(_ value: Money?) -> SheetCell { value.map { .number($0.kroner) } ?? .empty }
    private func yesNo(_ value: Bool?) -> SheetCell { value.map { .text($0 ? "Ja" : "Nei") } ?? .empty }
}
