import Foundation
import Testing
@testable import OrdenModel

/// A fictional municipal catalogue in the style data.norge.no publishes, written three times:
/// Turtle, RDF/XML and JSON-LD describe exactly the same triples.
enum DCATSampleCatalogue {
    static let turtle = #"""
        @prefix dcat: <http://www.w3.org/ns/dcat#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix eu-theme: <http://publications.europa.eu/resource/authority/data-theme/> .

        <https://data.testvik.example/katalog> a dcat:Catalog ;
            dct:title "Datakatalog for Testvik kommune"@nb ;
            dct:publisher <https://data.brreg.no/enhetsregisteret/api/enheter/999999999> ;
            dcat:dataset <https://data.testvik.example/datasett/badeplasser>, <https://data.testvik.example/datasett/postliste>,
                <https://data.testvik.example/datasett/kun-los>, <https://data.testvik.example/datasett/uten-tittel>,
                <https://data.testvik.example/datasett/eksternt> .

        <https://data.testvik.example/datasett/badeplasser> a dcat:Dataset ;
            dct:title "Bathing spots"@en, "Badeplasser"@nb ;
            dct:description "Offentlige badeplasser med målt vannkvalitet."@nb ;
            dcat:theme eu-theme:HEAL, eu-theme:ENVI, <https://psi.norge.no/los/tema/natur-klima-og-miljo> ;
            dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> ;
            dcat:keyword "bading"@nb, "vannkvalitet"@nb, "swimming"@en ;
            dct:spatial <https://data.geonorge.no/administrativeEnheter/kommune/id/9901> ;
            dct:temporal [ a dct:PeriodOfTime ; dcat:startDate "2019-06-01"^^xsd:date ; dcat:endDate "2025-08-31"^^xsd:date ] ;
            dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/WEEKLY> ;
            dct:issued "2019-05-15"^^xsd:date ;
            dct:modified "2026-06-01T08:30:00"^^xsd:dateTime ;
            dcat:contactPoint [ a vcard:Organization ; vcard:fn "Miljøavdelingen"@nb ; vcard:hasEmail <mailto:miljo@testvik.example> ] ;
            dcat:distribution [
                a dcat:Distribution ;
                dct:title "Badeplasser (CSV)"@nb ;
                dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> ;
                dcat:accessURL <https://data.testvik.example/bading/> ;
                dcat:downloadURL <https://data.testvik.example/bading/badeplasser.csv> ;
                dct:license <http://data.norge.no/nlod/no/2.0>
            ] .

        <https://data.testvik.example/datasett/postliste> a dcat:Dataset ;
            dct:title "Postliste"@nb ;
            dct:description """Offentlig journal for Testvik kommune.
        Dokumenter unntatt offentlighet er ikke med."""@nb ;
            dcat:theme eu-theme:GOVE ;
            dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> ;
            dct:license <https://creativecommons.org/licenses/by/4.0/> ;
            dcat:keyword "postliste"@nb, "journal"@nb ;
            dcat:contactPoint [ vcard:fn "Dokumentsenteret" ; vcard:hasEmail <mailto:post@testvik.example> ] ;
            dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/DAILY> ;
            dcat:distribution [
                dct:title "Søk i postlisten"@nb ;
                dcat:mediaType <https://www.iana.org/assignments/media-types/text/html> ;
                dcat:accessURL <https://testvik.example/postliste>
            ] .

        <https://data.testvik.example/datasett/kun-los> a dcat:Dataset ;
            dct:title "Skolekretser"@nb ;
            dct:description "Grenser for skolekretsene."@nb ;
            dcat:theme <https://psi.norge.no/los/tema/skole-og-utdanning> ;
            dct:accessRights <http://publications.europa.eu/resource/authority/access-right/RESTRICTED> ;
            dcat:distribution [ dcat:accessURL "ikke en adresse" ] .

        <https://data.testvik.example/datasett/uten-tittel> a dcat:Dataset ;
            dct:description "Dette datasettet mangler tittel."@nb .
        """#

    static let rdfXML = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns:dcat="http://www.w3.org/ns/dcat#"
                 xmlns:dct="http://purl.org/dc/terms/"
                 xmlns:vcard="http://www.w3.org/2006/vcard/ns#">
          <dcat:Catalog rdf:about="https://data.testvik.example/katalog">
            <dct:title xml:lang="nb">Datakatalog for Testvik kommune</dct:title>
            <dct:publisher rdf:resource="https://data.brreg.no/enhetsregisteret/api/enheter/999999999"/>
            <dcat:dataset>
              <dcat:Dataset rdf:about="https://data.testvik.example/datasett/badeplasser">
                <dct:title xml:lang="en">Bathing spots</dct:title>
                <dct:title xml:lang="nb">Badeplasser</dct:title>
                <dct:description xml:lang="nb">Offentlige badeplasser med målt vannkvalitet.</dct:description>
                <dcat:theme rdf:resource="http://publications.europa.eu/resource/authority/data-theme/HEAL"/>
                <dcat:theme rdf:resource="http://publications.europa.eu/resource/authority/data-theme/ENVI"/>
                <dcat:theme rdf:resource="https://psi.norge.no/los/tema/natur-klima-og-miljo"/>
                <dct:accessRights rdf:resource="http://publications.europa.eu/resource/authority/access-right/PUBLIC"/>
                <dcat:keyword xml:lang="nb">bading</dcat:keyword>
                <dcat:keyword xml:lang="nb">vannkvalitet</dcat:keyword>
                <dcat:keyword xml:lang="en">swimming</dcat:keyword>
                <dct:spatial rdf:resource="https://data.geonorge.no/administrativeEnheter/kommune/id/9901"/>
                <dct:temporal>
                  <dct:PeriodOfTime>
                    <dcat:startDate rdf:datatype="http://www.w3.org/2001/XMLSchema#date">2019-06-01</dcat:startDate>
                    <dcat:endDate rdf:datatype="http://www.w3.org/2001/XMLSchema#date">2025-08-31</dcat:endDate>
                  </dct:PeriodOfTime>
                </dct:temporal>
                <dct:accrualPeriodicity rdf:resource="http://publications.europa.eu/resource/authority/frequency/WEEKLY"/>
                <dct:issued rdf:datatype="http://www.w3.org/2001/XMLSchema#date">2019-05-15</dct:issued>
                <dct:modified rdf:datatype="http://www.w3.org/2001/XMLSchema#dateTime">2026-06-01T08:30:00</dct:modified>
                <dcat:contactPoint>
                  <vcard:Organization>
                    <vcard:fn xml:lang="nb">Miljøavdelingen</vcard:fn>
                    <vcard:hasEmail rdf:resource="mailto:miljo@testvik.example"/>
                  </vcard:Organization>
                </dcat:contactPoint>
                <dcat:distribution>
                  <dcat:Distribution>
                    <dct:title xml:lang="nb">Badeplasser (CSV)</dct:title>
                    <dct:format rdf:resource="http://publications.europa.eu/resource/authority/file-type/CSV"/>
                    <dcat:accessURL rdf:resource="https://data.testvik.example/bading/"/>
                    <dcat:downloadURL rdf:resource="https://data.testvik.example/bading/badeplasser.csv"/>
                    <dct:license rdf:resource="http://data.norge.no/nlod/no/2.0"/>
                  </dcat:Distribution>
                </dcat:distribution>
              </dcat:Dataset>
            </dcat:dataset>
            <dcat:dataset>
              <dcat:Dataset rdf:about="https://data.testvik.example/datasett/postliste" xml:lang="nb">
                <dct:title>Postliste</dct:title>
                <dct:description>Offentlig journal for Testvik kommune.
        Dokumenter unntatt offentlighet er ikke med.</dct:description>
                <dcat:theme rdf:resource="http://publications.europa.eu/resource/authority/data-theme/GOVE"/>
                <dct:accessRights rdf:resource="http://publications.europa.eu/resource/authority/access-right/PUBLIC"/>
                <dct:license rdf:resource="https://creativecommons.org/licenses/by/4.0/"/>
                <dcat:keyword>postliste</dcat:keyword>
                <dcat:keyword>journal</dcat:keyword>
                <dcat:contactPoint rdf:parseType="Resource">
                  <vcard:fn xml:lang="">Dokumentsenteret</vcard:fn>
                  <vcard:hasEmail rdf:resource="mailto:post@testvik.example"/>
                </dcat:contactPoint>
                <dct:accrualPeriodicity rdf:resource="http://publications.europa.eu/resource/authority/frequency/DAILY"/>
                <dcat:distribution rdf:parseType="Resource">
                  <dct:title>Søk i postlisten</dct:title>
                  <dcat:mediaType rdf:resource="https://www.iana.org/assignments/media-types/text/html"/>
                  <dcat:accessURL rdf:resource="https://testvik.example/postliste"/>
                </dcat:distribution>
              </dcat:Dataset>
            </dcat:dataset>
            <dcat:dataset>
              <dcat:Dataset rdf:about="https://data.testvik.example/datasett/kun-los">
                <dct:title xml:lang="nb">Skolekretser</dct:title>
                <dct:description xml:lang="nb">Grenser for skolekretsene.</dct:description>
                <dcat:theme rdf:resource="https://psi.norge.no/los/tema/skole-og-utdanning"/>
                <dct:accessRights rdf:resource="http://publications.europa.eu/resource/authority/access-right/RESTRICTED"/>
                <dcat:distribution rdf:parseType="Resource">
                  <dcat:accessURL>ikke en adresse</dcat:accessURL>
                </dcat:distribution>
              </dcat:Dataset>
            </dcat:dataset>
            <dcat:dataset>
              <dcat:Dataset rdf:about="https://data.testvik.example/datasett/uten-tittel">
                <dct:description xml:lang="nb">Dette datasettet mangler tittel.</dct:description>
              </dcat:Dataset>
            </dcat:dataset>
            <dcat:dataset rdf:resource="https://data.testvik.example/datasett/eksternt"/>
          </dcat:Catalog>
        </rdf:RDF>
        """#

    static let jsonLD = #"""
        {
          "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
            "eu-theme": "http://publications.europa.eu/resource/authority/data-theme/",
            "title": {"@id": "dct:title", "@language": "nb"},
            "description": {"@id": "dct:description", "@language": "nb"},
            "theme": {"@id": "dcat:theme", "@type": "@id"},
            "keyword": {"@id": "dcat:keyword", "@container": "@language"},
            "accessRights": {"@id": "dct:accessRights", "@type": "@id"},
            "license": {"@id": "dct:license", "@type": "@id"},
            "accessURL": {"@id": "dcat:accessURL", "@type": "@id"},
            "downloadURL": {"@id": "dcat:downloadURL", "@type": "@id"},
            "issued": {"@id": "dct:issued", "@type": "xsd:date"},
            "dataset": {"@id": "dcat:dataset", "@type": "@id"}
          },
          "@graph": [
            {
              "@id": "https://data.testvik.example/katalog",
              "@type": "dcat:Catalog",
              "title": "Datakatalog for Testvik kommune",
              "dct:publisher": {"@id": "https://data.brreg.no/enhetsregisteret/api/enheter/999999999"},
              "dataset": ["https://data.testvik.example/datasett/badeplasser", "https://data.testvik.example/datasett/postliste",
                          "https://data.testvik.example/datasett/kun-los", "https://data.testvik.example/datasett/uten-tittel",
                          "https://data.testvik.example/datasett/eksternt"]
            },
            {
              "@id": "https://data.testvik.example/datasett/badeplasser",
              "@type": "dcat:Dataset",
              "dct:title": [{"@value": "Bathing spots", "@language": "en"}, {"@value": "Badeplasser", "@language": "nb"}],
              "description": "Offentlige badeplasser med målt vannkvalitet.",
              "theme": ["eu-theme:HEAL", "eu-theme:ENVI", "https://psi.norge.no/los/tema/natur-klima-og-miljo"],
              "accessRights": "http://publications.europa.eu/resource/authority/access-right/PUBLIC",
              "keyword": {"nb": ["bading", "vannkvalitet"], "en": "swimming"},
              "dct:spatial": {"@id": "https://data.geonorge.no/administrativeEnheter/kommune/id/9901"},
              "dct:temporal": {
                "@type": "dct:PeriodOfTime",
                "dcat:startDate": {"@value": "2019-06-01", "@type": "xsd:date"},
                "dcat:endDate": {"@value": "2025-08-31", "@type": "xsd:date"}
              },
              "dct:accrualPeriodicity": {"@id": "http://publications.europa.eu/resource/authority/frequency/WEEKLY"},
              "issued": "2019-05-15",
              "dct:modified": {"@value": "2026-06-01T08:30:00", "@type": "xsd:dateTime"},
              "dcat:contactPoint": {
                "@type": "vcard:Organization",
                "vcard:fn": {"@value": "Miljøavdelingen", "@language": "nb"},
                "vcard:hasEmail": {"@id": "mailto:miljo@testvik.example"}
              },
              "dcat:distribution": [{
                "@type": "dcat:Distribution",
                "title": "Badeplasser (CSV)",
                "dct:format": {"@id": "http://publications.europa.eu/resource/authority/file-type/CSV"},
                "accessURL": "https://data.testvik.example/bading/",
                "downloadURL": "https://data.testvik.example/bading/badeplasser.csv",
                "license": "http://data.norge.no/nlod/no/2.0"
              }]
            },
            {
              "@id": "https://data.testvik.example/datasett/postliste",
              "@type": ["dcat:Dataset"],
              "title": "Postliste",
              "description": "Offentlig journal for Testvik kommune.\nDokumenter unntatt offentlighet er ikke med.",
              "theme": "eu-theme:GOVE",
              "accessRights": "http://publications.europa.eu/resource/authority/access-right/PUBLIC",
              "license": "https://creativecommons.org/licenses/by/4.0/",
              "keyword": {"nb": ["postliste", "journal"]},
              "dcat:contactPoint": {"vcard:fn": "Dokumentsenteret", "vcard:hasEmail": {"@id": "mailto:post@testvik.example"}},
              "dct:accrualPeriodicity": {"@id": "http://publications.europa.eu/resource/authority/frequency/DAILY"},
              "dcat:distribution": {
                "title": "Søk i postlisten",
                "dcat:mediaType": {"@id": "https://www.iana.org/assignments/media-types/text/html"},
                "accessURL": "https://testvik.example/postliste"
              }
            },
            {
              "@id": "https://data.testvik.example/datasett/kun-los",
              "@type": "dcat:Dataset",
              "title": "Skolekretser",
              "description": "Grenser for skolekretsene.",
              "theme": "https://psi.norge.no/los/tema/skole-og-utdanning",
              "accessRights": "http://publications.europa.eu/resource/authority/access-right/RESTRICTED",
              "dcat:distribution": {"dcat:accessURL": "ikke en adresse"}
            },
            {
              "@id": "https://data.testvik.example/datasett/uten-tittel",
              "@type": "dcat:Dataset",
              "description": "Dette datasettet mangler tittel."
            }
          ]
        }
        """#
}
