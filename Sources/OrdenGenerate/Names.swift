import Basics
import OrdenBuild
import OrdenCatalogue
import OrdenModel
import OrdenSite
import RDF

/// Invented names for vendors and products, composed from syllables so that they read as
/// Norwegian-ish brands but are clearly made up, and never the name of a real vendor.
enum Names {
    static let onsets = ["ka", "ve", "lo", "mi", "tra", "so", "ny", "fe", "ri", "do", "bry", "sa", "ty", "ge", "hal", "vo", "ni",
                         "ske", "bo", "le", "ar", "el", "ul", "in", "kvi", "sto", "fja", "gro", "tin", "mo", "re", "va", "dri", "o", "e"]
    static let codas = ["rik", "vel", "nor", "lund", "tek", "sa", "mo", "vik", "ra", "on", "dal", "ix", "ent", "ano", "era", "ia",
                        "heim", "stad", "rud", "ven", "kor", "lin", "mar", "sund", "tun", "vang", "ode", "ilo", "nes", "ber"]
    static let vendorWords = ["Data", "Systemer", "Software", "Teknologi", "Digital", "IT", "Solutions", "Konsult", "Informatikk",
                              "Innovasjon", "Programvare", "Analyse", "Nett", "Partner", "Kommunesystemer", "Helseteknologi", "Geodata"]
    static let productTiers = ["Pro", "Flyt", "Pluss", "Sky", "Go", "Nett", "Max", "Lett", "Nova", "Kompakt", "Mobil", "Neo", "Prime", "Basis"]
    static let cities = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Kristiansand", "Tromsø", "Drammen", "Fredrikstad", "Bodø", "Ålesund",
                         "Hamar", "Lillehammer", "Gjøvik", "Skien", "Tønsberg", "Molde", "Steinkjer", "Harstad", "Alta", "Førde", "Arendal", "Haugesund"]
    static let foreignCities: [String: [String]] = ["SE": ["Stockholm", "Göteborg", "Malmö"], "DK": ["København", "Aarhus"], "FI": ["Helsinki", "Tampere"],
                                                    "DE": ["Berlin", "Hamburg"], "GB": ["London", "Manchester"], "US": ["Seattle", "Boston"]]
    static let legalForms: [String: String] = ["NO": "AS", "SE": "AB", "DK": "A/S", "FI": "Oy", "DE": "GmbH", "GB": "Ltd", "US": "Inc."]
    static let countries: [(String, Double)] = [("NO", 0.82), ("SE", 0.07), ("DK", 0.04), ("FI", 0.02), ("DE", 0.02), ("GB", 0.015), ("US", 0.015)]

    /// Real vendors of municipal software and IT services, and other well-known names, that a
    /// composed brand must never equal (short names) or contain (longer ones).
    static let realNames: Set<String> = [
        "visma", "tieto", "evry", "acos", "sikri", "gerica", "profil", "infodoc", "cosdoc", "norkart", "geomatikk", "vitec", "unit4",
        "agresso", "xledger", "framsikt", "conexus", "extens", "vigilo", "transponder", "documaster", "arkitektum", "hypatia",
        "microsoft", "google", "atea", "crayon", "sopra", "steria", "capgemini", "accenture", "bouvet", "itera", "netcompany", "knowit",
        "sweco", "dips", "pridok", "tellu", "kompas", "safemate", "nextio", "imatis", "vendanor", "multiconsult", "norconsult",
        "ephorte", "websak", "elements", "kommuneforlaget", "tripletex", "fiken", "unimicro", "sikt", "kartverket", "altinn", "difi",
        "digdir", "ist", "cgm", "ks", "nav", "dnb", "telia", "telenor", "ice", "sol", "lyse", "tibber", "vipps", "bankid", "buypass",
        "commfides", "sesam", "ibx", "mercell", "eu-supply", "kgv", "simployer", "sympa", "cordel", "tidsbanken", "gat", "medarbeideren",
        "ephorte", "idporten", "skolearena", "itslearning", "showbie", "conexus", "vigilo", "tieto", "ultimo", "lydia", "fronter",
        "mikromarc", "bibliofil", "quria", "tidemann", "bokhylla", "fagsystem", "moava", "kodeworks",
    ]

    static func isReal(_ brand: String) -> Bool {
        let lowered = brand.lowercased()
        if realNames.contains(lowered) { return true }
        return realNames.contains { $0.count >= 5 && lowered.contains($0) }
    }

    /// A capitalised brand of two or three syllables: "Tranor", "Kvivelsa".
    static func brand(_ random: inout SeededRandom) -> String {
        while true {
            var word = random.pick(onsets) ?? "ka"
            if random.chance(0.3) { word += random.pick(onsets) ?? "" }
            word += random.pick(codas) ?? "rik"
            guard word.count >= 4, word.count <= 10, !isReal(word) else { continue }
            return capitalised(word)
        }
    }

    static func capitalised(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// The label with its first letter in lower case for use inside a sentence, unless the
    /// label starts with an abbreviation ("SFO-administrasjon", "IT-eiendeler").
    static func inSentence(_ label: String) -> String {
        let letters = Array(label.prefix(2))
        guard letters.count == 2, letters[0].isUppercase, !letters[1].isUppercase else { return label }
        return letters[0].lowercased() + label.dropFirst()
    }

    static let firstNames = ["Kari", "Ola", "Ingrid", "Lars", "Anne", "Per", "Marit", "Jon", "Hilde", "Knut", "Silje", "Erik", "Nina", "Tor",
                             "Guro", "Arne", "Sigrid", "Magnus", "Liv", "Håkon", "Randi", "Geir", "Turid", "Øystein", "Solveig", "Trond"]
    static let lastNames = ["Nordmann", "Berg", "Dahl", "Haugen", "Lie", "Moen", "Bakke", "Strand", "Lunde", "Solberg", "Eide", "Hagen",
                            "Aas", "Myhre", "Vik", "Brekke", "Sæther", "Rønning", "Holm", "Aasen"]

    static func person(_ random: inout SeededRandom) -> String {
        (random.pick(firstNames) ?? "Kari") + " " + (random.pick(lastNames) ?? "Nordmann")
    }

    /// A synthetic organisation number with a valid mod-11 check digit, starting with 8 or 9 as
    /// Enhetsregisteret's numbers do, and not in `used`.
    static func organisationNumber(_ random: inout SeededRandom, used: inout Set<String>) -> String {
        let weights = [3, 2, 7, 6, 5, 4, 3, 2]
        while true {
            var digits = [random.chance(0.5) ? 8 : 9]
            for _ in 1..<8 { digits.append(random.below(10)) }
            let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
            let remainder = sum % 11
            let check = remainder == 0 ? 0 : 11 - remainder
            guard check != 10 else { continue }
            let text = (digits + [check]).map(String.init).joined()
            if used.insert(text).inserted { return text }
        }
    }
}
