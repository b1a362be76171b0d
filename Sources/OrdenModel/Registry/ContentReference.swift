import Basics

/// The field tables of the README's content reference, written from the registry. The README
/// holds each between markers; `ContentReferenceTests` fails when one differs from what the
/// registry says, and `ORDEN_UPDATE_GOLDEN=1` writes them again.
package enum ContentReference {
    /// Fields every record has, which the README describes once above the kinds' tables.
    static let common: Set<String> = ["visibility", "reviewed"]

    package static func beginMarker(_ kind: RecordKind) -> String {
        "<!-- fields of \(kind.configName): generated from Sources/OrdenModel/Registry, do not edit here -->"
    }
    package static let endMarker = "<!-- end of fields -->"

    /// The field table of one kind, in Markdown.
    package static func table(_ kind: RecordKind) -> String {
        var lines = ["| Field | Required | Type / allowed values | Meaning |", "|---|---|---|---|"]
        for field in kind.spec.fields where !common.contains(field.key) {
            rows(of: field, path: field.key, within: nil, into: &lines)
        }
        return lines.joined(separator: "\n")
    }

    /// The README with every kind's table written again between its markers; nil when a marker
    /// is missing, so that a table cannot silently stop being checked.
    package static func updating(_ readme: String) -> String? {
        var text = readme
        for kind in RecordKind.allCases {
            guard let begin = text.range(of: beginMarker(kind) + "\n"),
                  let end = text.range(of: "\n" + endMarker, range: begin.upperBound..<text.endIndex) else { return nil }
            text.replaceSubrange(begin.upperBound..<end.lowerBound, with: table(kind))
        }
        return text
    }

    /// The group a field is in, for its "Required" cell.
    private struct Parent {
        var path: String
        var requirement: Requirement
        var isList: Bool
    }

    private static func rows(of field: FieldSpec, path: String, within parent: Parent?, into lines: inout [String]) {
        // A group without a word of its own is a row per field; with one, a single row.
        if let subFields = field.type.subFields, field.guide == nil {
            let isList = if case .list = field.type { true } else { false }
            let group = Parent(path: path, requirement: field.requirement, isList: isList)
            for sub in subFields {
                var sub = sub
                if field.isInternal { sub.isInternal = true }
                rows(of: sub, path: path + (isList ? "[]." : ".") + sub.key, within: group, into: &lines)
            }
            return
        }
        var paths = ["`\(path)`"]
        var type = field.typeNote ?? typeName(field.type)
        if let subFields = field.type.subFields, field.typeNote == nil {
            paths = subFields.map { "`\(path).\($0.key)`" }
            let types = subFields.map { typeName($0.type) }
            type = Set(types).count == 1 ? types[0] : types.joined(separator: ", ")
        }
        var meaning = field.guide ?? field.description
        if field.isInternal { meaning += (meaning.isEmpty ? "" : " ") + "**Internal: never published.**" }
        lines.append("| \(paths.joined(separator: ", ")) | \(required(field.requirement, within: parent)) | \(type) | \(meaning) |")
    }

    private static func required(_ requirement: Requirement, within parent: Parent?) -> String {
        switch requirement {
        case .optional: return "–"
        case .recommended: return "yes*"
        case .required:
            guard let parent else { return "yes" }
            if parent.isList { return "yes (per item)" }
            return parent.requirement == .required ? "yes" : "yes (if `\(parent.path)`)"
        }
    }

    /// How the reference names a type: the words of its "Value formats" table.
    static func typeName(_ type: FieldType) -> String {
        switch type {
        case .text(let format, let pattern):
            switch (format, pattern) {
            case ("date", _): return "date"
            case ("uri", _): return "url"
            case ("email", _): return "e-mail"
            case (_, FieldType.idPattern): return "id"
            case (_, .some(let pattern)): return patternNames[pattern]?.one ?? "text"
            default: return "text"
            }
        case .integer(let minimum, let maximum):
            switch (minimum, maximum) {
            case (0, nil): return "count"
            case (1, 5): return "score 1–5"
            case (1, 4): return "level 1–4"
            case (1900, 2200): return "year"
            default: return "whole number"
            }
        case .number: return "NOK"
        case .boolean: return "bool"
        // A long closed list (LOS's 92 themes) is named by its size; the field's note says where it is.
        case .choice(let values) where values.count > 20: return "one of \(values.count) names"
        case .list(.choice(let values)) where values.count > 20: return "list of names (\(values.count) in all)"
        case .choice(let values): return values.map { "`\($0)`" }.joined(separator: " \\| ")
        case .reference(let kind): return "\(kind.configName) id" + (kind.isLocal ? " (local)" : "")
        case .list(.text(nil, .some(let pattern))) where patternNames[pattern]?.list != nil:
            return patternNames[pattern]?.list ?? ""
        case .list(.reference(let kind)): return "list of \(kind.configName) ids" + (kind.isLocal ? " (local)" : "")
        case .list(let item): return "list of " + typeName(item)
        case .object: return "group"
        case .anyOf(let types): return types.map(typeName).joined(separator: " or ")
        }
    }

    /// The names of the text types that have a pattern: one value, and a list where "list of"
    /// and the one name does not read well.
    private static let patternNames: [String: (one: String, list: String?)] = {
        var names: [String: (one: String, list: String?)] = [:]
        let named: [(FieldType, String, String?)] = [
            (.orgnr, "orgnr", nil), (.municipalityNumber, "kommunenummer", nil), (.country, "country", nil), (.legalArticle, "GDPR article", nil),
            (.systemReference, "system id: `id` or `9902/id`", "list of system ids: `id` (this municipality) or `9902/id` (another municipality's)"),
            (.integrationTarget, "integration target", "list of `id`, `9902/id` or `product:<id>`"),
        ]
        for (type, one, list) in named {
            if case .text(_, .some(let pattern)) = type { names[pattern] = (one, list) }
        }
        return names
    }()
}
