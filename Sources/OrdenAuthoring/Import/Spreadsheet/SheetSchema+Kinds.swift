import Basics
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import RDF

// Which kinds a spreadsheet holds, and how the cells of some columns are read: a closed set in
// the words municipalities' sheets use, a yes/no for a list, two values in one cell. The columns
// themselves, their headers and their order are the registry's (`FieldSpec.column`).
extension SheetSchema {
    static let body = SheetField("body", "Beskrivelse", ["Description", "Notater", "Notat", "Notes", "Merknad", "Merknader", "Kommentar", "Kommentarer",
                                                       "Comment", "Comments", "Remarks"])

    static let systems = SheetSchema(.system, reading: [
        "category": .choice(SheetChoices.category),
        "lifecycle.status": .choice(SheetChoices.lifecycle),
        "time": .choice(SheetChoices.time),
        "criticality": .choice(SheetChoices.criticality),
        "hosting": .choice(SheetChoices.hosting),
        "personal_data.categories": .personalData(.list),
        "personal_data.special_categories": .personalData(.choices(SheetChoices.specialCategory)),
        "archive.noark5": .choice(SheetChoices.noark5),
        "archive.preservation": .choice(SheetChoices.preservation),
    ], titleKey: "name", body: true)

    static let datasets = SheetSchema(.dataset, reading: [
        "themes": .choices(SheetChoices.theme),
        "access_rights": .choice(SheetChoices.accessRights),
        "licence": .choice(SheetChoices.licence),
        "distributions[].format": .choice(SheetChoices.format),
        "frequency": .choice(SheetChoices.frequency),
    ], titleKey: "title", body: false)

    static let contracts = SheetSchema(.contract, reading: [
        "type": .choice(SheetChoices.contractType),
    ], titleKey: "title", body: true)

    static let processing = SheetSchema(.processing, reading: [
        "status": .choice(SheetChoices.processingStatus),
        "legal_basis": .legalBases,
        "data_categories": .personalData(.list),
        "special_categories": .personalData(.choices(SheetChoices.specialCategory)),
        "third_country_transfers.countries": .countries,
        "systems": .systemReferences,
        "processors": .processors,
    ], titleKey: "name", body: true)
}
