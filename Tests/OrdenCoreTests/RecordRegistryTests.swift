import Foundation
import Testing
@testable import OrdenAuthoring
@testable import OrdenModel
@testable import OrdenResources
@testable import OrdenSite

/// The registry of record kinds is the one description of the fields: these tests hold it to the
/// model types and hold the README to it.
@Suite struct RecordRegistryTests {
    /// The decoder reads every field a kind declares: one declared without a key path into its
    /// model type would be refused as an unknown field. (`FieldTableTests` holds the tables, and
    /// so the registry, to the model types' properties.)
    @Test func everyKindDeclaresExactlyTheFieldsItsDecoderReads() {
        func keys<G: FieldGroup>(_ type: G.Type) -> Set<String> { Set(G.fieldTable.keys) }
        let tables: [RecordKind: Set<String>] = [
            .vendor: keys(Vendor.self), .product: keys(Product.self), .serviceArea: keys(ServiceArea.self), .standard: keys(Standard.self),
            .municipality: keys(Municipality.self), .system: keys(System.self), .dataset: keys(Dataset.self),
            .processing: keys(ProcessingActivity.self), .contract: keys(Contract.self), .initiative: keys(Initiative.self),
        ]
        for kind in RecordKind.allCases {
            let declared = kind.spec.fields.map(\.key)
            #expect(Set(declared) == tables[kind], "\(kind): registry \(declared.sorted()), decoder \(tables[kind]?.sorted() ?? [])")
            #expect(Set(declared).count == declared.count, "\(kind) declares a key twice")
        }
    }

    /// The built-in internal fields are the registry's, and each can be cleared.
    @Test func theBuiltInInternalFieldsAreThoseTheRegistryMarks() {
        // The DPO's contact is published (GDPR art. 37(7)); only the name is internal (PublicView).
        #expect(Set(InternalFields.builtIn.map(\.description)) == ["system.classification", "system.last_risk_assessment", "system.infrastructure"])
    }

    /// `orden new` writes each kind's fields in its template order: the order names each field
    /// once and no other, and a group offered field by field has fields to offer.
    @Test func everyTemplateOrderIsAnOrderOfTheKindsFields() {
        for kind in RecordKind.allCases {
            let spec = kind.spec
            let order = spec.templateOrder ?? []
            #expect(order.allSatisfy { spec.field($0) != nil }, "\(kind): \(order.filter { spec.field($0) == nil }) are not fields")
            #expect(Set(order).count == order.count, "\(kind) names a field twice")
            #expect(Set(spec.templateFields.map(\.key)) == Set(spec.fields.map(\.key)))
            for field in spec.fields {
                switch field.template {
                case .fields?, .item?:
                    #expect(field.type.subFields?.contains { $0.template != nil } == true, "\(kind).\(field.key) offers no field")
                default:
                    break
                }
            }
        }
    }

    /// A field's label is a text of the built-in theme in every language, and no two fields of a
    /// kind share one.
    @Test func everyFieldsLabelIsTranslatedInEveryLanguage() {
        func labelled(_ fields: [FieldSpec]) -> [(String, TextKey)] {
            fields.flatMap { field in (field.label.map { [(field.key, $0)] } ?? []) + labelled(field.type.subFields ?? []) }
        }
        var count = 0
        for kind in RecordKind.allCases {
            let labels = labelled(kind.spec.fields)
            count += labels.count
            #expect(Set(labels.map(\.1)).count == labels.count, "\(kind) gives two fields one label")
            for language in UILanguage.allCases {
                let missing = labels.filter { !Translations.builtIn[language].has($0.1) }
                #expect(missing.isEmpty, "\(language.name) lacks the labels of \(kind): \(missing.map { "\($0.0): \($0.1.rawValue)" })")
            }
        }
        #expect(count > 80)
    }

    /// A spreadsheet column fills a field the registry declares, and takes its type (unless the
    /// sheet reads it its own way) and its internal mark from there.
    @Test func everySpreadsheetColumnIsAFieldOfTheRegistry() {
        for kind in SheetKind.allCases {
            for field in kind.schema.fields where field.key != "body" {
                #expect(kind.recordKind.spec.field(at: field.key) != nil, "\(kind): no field \(field.key) in the registry")
            }
        }
        #expect(SheetKind.systems.schema.fields.filter(\.isInternal).map(\.key) == [
            "classification.confidentiality", "classification.integrity", "classification.availability", "last_risk_assessment", "infrastructure",
        ])
        #expect(SheetKind.allCases.filter { $0 != .systems }.allSatisfy { !$0.schema.fields.contains(where: \.isInternal) })
        for kind in SheetKind.allCases {
            let keys = Set(kind.schema.fields.map(\.key))
            #expect(kind.schema.declaredReadings.subtracting(keys).isEmpty, "\(kind) reads columns it does not have: \(kind.schema.declaredReadings.subtracting(keys))")
        }
    }

    /// README.md's field tables are written from the registry. After changing a field, write them
    /// again and read the difference before committing it:
    ///
    ///     ORDEN_UPDATE_GOLDEN=1 swift test --skip-build --filter RecordRegistryTests
    @Test func theReadmesFieldTablesAreThoseOfTheRegistry() throws {
        let url = BuildTests.repository.appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        let updated = try #require(ContentReference.updating(readme), "README.md lacks the markers of a kind's field table")
        if Golden.updating {
            if updated != readme { try updated.write(to: url, atomically: true, encoding: .utf8) }
            return
        }
        if updated != readme {
            Issue.record("README.md's content reference differs from the registry: \(Golden.firstDifference(Data(readme.utf8), Data(updated.utf8))); write it again with ORDEN_UPDATE_GOLDEN=1")
        }
    }
}
