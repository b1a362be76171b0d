/// Writes a graph as Turtle. Every IRI and literal goes through the escaping below, so no text
/// from content can end a string or an IRI early.
public enum TurtleWriter {
    public static func write(_ graph: RDFGraph) -> String {
        var out = ""
        for (prefix, namespace) in RDFVocabulary.prefixes {
            out += "@prefix \(prefix): \(iriRef(namespace)) .\n"
        }
        for subject in RDFLayout(graph).subjects {
            out += "\n" + term(subject.term)
            var statements: [String] = []
            if !subject.types.isEmpty {
                statements.append("a " + subject.types.map(name).joined(separator: ", "))
            }
            for (predicate, objects) in subject.properties {
                let values = objects.map(term)
                let joiner = values.count > 2 || values.contains(where: { $0.count > 60 }) ? ",\n        " : ", "
                statements.append(name(predicate) + " " + values.joined(separator: joiner))
            }
            out += "\n    " + statements.joined(separator: " ;\n    ") + " .\n"
        }
        return out
    }

    static func term(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri): name(iri)
        case .blank(let label): "_:" + blankLabel(label)
        case .literal(let literal): self.literal(literal)
        }
    }

    /// A prefixed name where one is safe, else `<…>`.
    static func name(_ iri: String) -> String {
        if let (prefix, local) = RDFVocabulary.split(iri) { return "\(prefix):\(local)" }
        return iriRef(iri)
    }

    /// `<iri>` with every character Turtle does not allow inside IRIREF written as `\uXXXX`.
    static func iriRef(_ iri: String) -> String {
        var out = "<"
        for scalar in iri.unicodeScalars {
            if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                out += unicodeEscape(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + ">"
    }

    static func literal(_ literal: RDFLiteral) -> String {
        var out = "\"" + escape(literal.value) + "\""
        if let language = literal.language {
            out += "@" + language
        } else if literal.datatype != RDFVocabulary.xsd + "string" {
            out += "^^" + name(literal.datatype)
        }
        return out
    }

    /// The inside of a quoted string: quotes, backslashes and control characters escaped
    /// (valid in Turtle and N-Triples alike).
    static func escape(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += unicodeEscape(scalar) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Blank node labels are made by Orden, but are kept to the safe characters all the same.
    static func blankLabel(_ label: String) -> String {
        let safe = label.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }
        let text = String(String.UnicodeScalarView(safe))
        return text.first.map { $0.isLetter || $0 == "_" } == true ? text : "b" + text
    }

    static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return scalar.value > 0xFFFF ? "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                                     : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
