import Basics

// How values are written back out (the JSON of every record): each as the editor wrote it in
// front matter, so the JSON has the same shape as the YAML. Where a value was written is not
// part of it.

extension Reference: Encodable {
    package func encode(to encoder: any Encoder) throws { try encodeText(id, to: encoder) }
}

extension SystemReference: Encodable {
    /// `arkiv` or `9902/barnevern`, as written.
    package var text: String { municipality.map { "\($0)/\(id)" } ?? id }
    package func encode(to encoder: any Encoder) throws { try encodeText(text, to: encoder) }
}

extension IntegrationTarget: Encodable {
    /// `arkiv`, `3803/arkiv` or `product:fiks-arkiv`, as written.
    package var text: String {
        switch kind {
        case .localSystem(let id): id
        case .municipalSystem(let number, let id): "\(number)/\(id)"
        case .product(let id): "product:\(id)"
        }
    }
    package func encode(to encoder: any Encoder) throws { try encodeText(text, to: encoder) }
}

extension Day: Encodable {
    package func encode(to encoder: any Encoder) throws { try encodeText(description, to: encoder) }
}

extension OrganisationNumber: Encodable {
    /// Nine digits without spaces, as Enhetsregisteret's API gives it.
    package func encode(to encoder: any Encoder) throws { try encodeText(digits, to: encoder) }
}

extension MunicipalityNumber: Encodable {
    package func encode(to encoder: any Encoder) throws { try encodeText(digits, to: encoder) }
}

extension WebLink: Encodable {
    package func encode(to encoder: any Encoder) throws { try encodeText(url, to: encoder) }
}

extension EmailAddress: Encodable {
    package func encode(to encoder: any Encoder) throws { try encodeText(address, to: encoder) }
}

extension LegalArticle: Encodable {
    /// The compact form, e.g. `6(1)(e)`.
    package func encode(to encoder: any Encoder) throws { try encodeText(text, to: encoder) }
}

extension CountryCode: Encodable {
    package func encode(to encoder: any Encoder) throws { try encodeText(code, to: encoder) }
}

extension Score: Encodable {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

extension Count: Encodable {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

extension Year: Encodable {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

extension Money: Encodable {
    /// Whole kroner as an integer (no `100000.0`), anything else rounded to øre, so that the
    /// number is written the same way on every platform.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        let ore = (kroner * 100).rounded()
        if ore.truncatingRemainder(dividingBy: 100) == 0, abs(ore) < 1e15 {
            try container.encode(Int64(ore / 100))
        } else {
            try container.encode(ore / 100)
        }
    }
}

private func encodeText(_ text: String, to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(text)
}

extension InternalField: Encodable {
    package func encode(to encoder: any Encoder) throws { try encodeText(description, to: encoder) }
}

extension Place: Encodable {
    /// As written: the keyword, the address or the name alone, or both as a group.
    package func encode(to encoder: any Encoder) throws {
        if isMunicipality { return try encodeText(Self.municipalityKeyword, to: encoder) }
        switch (name, uri) {
        case (let name?, let uri?):
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(name, forKey: .name)
            try container.encode(uri, forKey: .uri)
        case (let name?, nil): try encodeText(name, to: encoder)
        case (nil, let uri?): try encodeText(uri.url, to: encoder)
        case (nil, nil): try encodeText("", to: encoder)
        }
    }

    private enum Keys: String, CodingKey { case name, uri }
}

extension Spatial: Encodable {
    /// One place as one value, several as a list.
    package func encode(to encoder: any Encoder) throws {
        if places.count == 1 { return try places[0].encode(to: encoder) }
        var container = encoder.singleValueContainer()
        try container.encode(places)
    }
}
