import Basics
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import RDF

extension SheetSchema {
    static let visibility = SheetField("visibility", "Synlighet", ["Visibility"], .choice(SheetChoices.visibility))
    static let reviewed = SheetField("reviewed", "Sist gjennomgått", ["Gjennomgått", "Vurdert", "Sist vurdert", "Reviewed", "Last reviewed"])
    static let body = SheetField("body", "Beskrivelse", ["Description", "Notater", "Notat", "Notes", "Merknad", "Merknader", "Kommentar", "Kommentarer",
                                                       "Comment", "Comments", "Remarks"])

    static let systems = SheetSchema(.system, fields: [
        SheetField("name", "Navn", ["Systemnavn", "System", "Name", "System name"]),
        SheetField("product", "Produkt", ["Produktnavn", "Product", "Product name"]),
        SheetField("vendor", "Leverandør", ["Leverandørnavn", "Vendor", "Supplier"]),
        SheetField("category", "Kategori", ["Category"], .choice(SheetChoices.category)),
        SheetField("owner", "Systemeier", ["Eier", "Owner", "System owner"]),
        SheetField("manager", "Systemforvalter", ["Forvalter", "Systemansvarlig", "Manager", "System manager"]),
        SheetField("service_areas", "Tjenesteområder", ["Tjenesteområde", "Fagområde", "Fagområder", "Sektor", "Service area", "Service areas"]),
        SheetField("lifecycle.status", "Status", ["Livsløp", "Livsløpsstatus", "Livssyklus", "Lifecycle", "Lifecycle status"], .choice(SheetChoices.lifecycle)),
        SheetField("lifecycle.since", "I bruk fra", ["Tatt i bruk", "I drift fra", "Innført", "Since"]),
        SheetField("lifecycle.end_of_life", "Levetid slutt", ["Avvikles dato", "Utfasingsdato", "End of life"]),
        SheetField("fit.functional", "Funksjonell egnethet", ["Funksjonell", "Functional fit"]),
        SheetField("fit.technical", "Teknisk egnethet", ["Teknisk", "Technical fit"]),
        SheetField("time", "TIME", ["TIME-kategori", "Gartner TIME"], .choice(SheetChoices.time)),
        SheetField("criticality", "Kritikalitet", ["Kritikalitetsnivå", "Criticality"], .choice(SheetChoices.criticality)),
        SheetField("hosting", "Drift", ["Driftsform", "Driftsmodell", "Hosting"], .choice(SheetChoices.hosting)),
        SheetField("users", "Brukere", ["Antall brukere", "Users", "Number of users"]),
        SheetField("cost.licence", "Lisenskostnad", ["Lisens", "Lisenskostnader", "Licence cost", "License cost"]),
        SheetField("cost.operations", "Driftskostnad", ["Driftskostnader", "Operations cost", "Operating cost"]),
        // A sheet's one cost column does not say what kind of cost it is: read as "other", so that the
        // system's total is right without claiming it is licence or operations.
        SheetField("cost.other", "Andre kostnader", ["Annen kostnad", "Other cost", "Other costs", "Kostnad per år", "Årlig kostnad", "Årskostnad",
                                                     "Kostnad", "Kostnader", "Kostnad pr år", "Totalkostnad", "Annual cost", "Cost"]),
        SheetField("contract", "Avtale", ["Kontrakt", "Contract"]),
        SheetField("dpa", "Databehandleravtale", ["DBA", "DPA"]),
        SheetField("standards", "Standarder", ["Standard", "Standards"]),
        SheetField("datasets", "Datasett", ["Datasets"]),
        SheetField("personal_data.categories", "Personopplysninger", ["Kategorier personopplysninger", "Inneholder personopplysninger", "Behandler personopplysninger",
                                                                     "Personopplysninger (ja/nei)", "Persondata", "Personal data"], .personalData(.list)),
        SheetField("personal_data.special_categories", "Særlige kategorier", ["Sensitive personopplysninger", "Særlige kategorier personopplysninger",
                                                                              "Sensitive opplysninger", "Special categories"], .personalData(.choices(SheetChoices.specialCategory))),
        SheetField("personal_data.data_subjects", "Registrerte", ["Data subjects"]),
        SheetField("classification.confidentiality", "Konfidensialitet", ["Confidentiality"]),
        SheetField("classification.integrity", "Integritet", ["Integrity"]),
        SheetField("classification.availability", "Tilgjengelighet", ["Availability"]),
        SheetField("last_risk_assessment", "Siste risikovurdering", ["Risikovurdering", "ROS", "Last risk assessment"]),
        SheetField("infrastructure", "Infrastruktur", ["Infrastructure"]),
        visibility, reviewed, body,
    ], titleKey: "name")

    static let datasets = SheetSchema(.dataset, fields: [
        SheetField("title", "Tittel", ["Navn", "Datasett", "Datasettnavn", "Title", "Name"]),
        SheetField("description", "Beskrivelse", ["Description"]),
        SheetField("themes", "Tema", ["Temaer", "Theme", "Themes"], .choices(SheetChoices.theme)),
        SheetField("access_rights", "Tilgang", ["Tilgangsnivå", "Tilgangsrettigheter", "Access rights"], .choice(SheetChoices.accessRights)),
        SheetField("licence", "Lisens", ["Licence", "License"], .choice(SheetChoices.licence)),
        SheetField("keywords", "Emneord", ["Nøkkelord", "Stikkord", "Keywords"]),
        SheetField("distributions[].access_url", "Tilgangsadresse", ["Lenke", "URL", "Adresse", "Access URL"]),
        SheetField("distributions[].format", "Format", ["Filformat", "File format"], .choice(SheetChoices.format)),
        SheetField("contact.name", "Kontaktpunkt", ["Kontakt", "Kontaktperson", "Contact", "Contact point"]),
        SheetField("contact.email", "Kontakt e-post", ["E-post", "Epost", "Email", "Contact email"]),
        SheetField("spatial", "Geografisk område", ["Dekningsområde", "Spatial"]),
        SheetField("temporal.start", "Tidsrom fra", ["Periode fra", "Temporal start"]),
        SheetField("temporal.end", "Tidsrom til", ["Periode til", "Temporal end"]),
        SheetField("frequency", "Oppdateringsfrekvens", ["Frekvens", "Oppdatering", "Frequency"], .choice(SheetChoices.frequency)),
        SheetField("source_systems", "Kildesystemer", ["Kildesystem", "Source systems", "Source system"]),
        SheetField("personal_data", "Personopplysninger", ["Inneholder personopplysninger", "Personal data"]),
        SheetField("issued", "Utgitt", ["Publisert", "Issued"]),
        SheetField("modified", "Sist endret", ["Endret", "Oppdatert", "Modified"]),
        visibility, reviewed,
    ], titleKey: "title")

    static let contracts = SheetSchema(.contract, fields: [
        SheetField("title", "Tittel", ["Avtalenavn", "Navn", "Kontrakt", "Title", "Name"]),
        SheetField("vendor", "Leverandør", ["Leverandørnavn", "Vendor", "Supplier"]),
        SheetField("type", "Avtaletype", ["Type", "Kontraktstype", "Contract type"], .choice(SheetChoices.contractType)),
        SheetField("systems", "Systemer", ["System", "Systems"]),
        SheetField("start", "Startdato", ["Start", "Fra", "Inngått", "Gjelder fra", "Start date"]),
        SheetField("end", "Sluttdato", ["Slutt", "Utløp", "Utløper", "Til", "Gjelder til", "End", "End date"]),
        SheetField("notice_months", "Oppsigelsestid (måneder)", ["Oppsigelsestid", "Oppsigelse (mnd)", "Notice months", "Notice"]),
        SheetField("renewal_options", "Opsjoner", ["Opsjon", "Forlengelse", "Renewal options"]),
        SheetField("annual_cost", "Årlig kostnad", ["Kostnad per år", "Årskostnad", "Kostnad", "Annual cost"]),
        SheetField("procurement_ref", "Anskaffelsesreferanse", ["Anskaffelse", "Saksnummer", "Doffin", "Procurement ref"]),
        SheetField("owner", "Avtaleeier", ["Avtaleansvarlig", "Eier", "Owner"]),
        visibility, reviewed, body,
    ], titleKey: "title")

    static let processing = SheetSchema(.processing, fields: [
        SheetField("name", "Behandling", ["Behandlingsaktivitet", "Aktivitet", "Navn", "Name", "Processing activity"]),
        SheetField("purpose", "Formål", ["Hensikt", "Purpose"]),
        SheetField("legal_basis", "Behandlingsgrunnlag", ["Rettslig grunnlag", "Lovlig grunnlag", "Hjemmel", "Legal basis"], .legalBases),
        SheetField("data_subjects", "Registrerte", ["Kategorier registrerte", "Data subjects"]),
        SheetField("data_categories", "Personopplysninger", ["Kategorier personopplysninger", "Opplysningskategorier", "Data categories"], .personalData(.list)),
        SheetField("special_categories", "Særlige kategorier", ["Sensitive personopplysninger", "Special categories"], .personalData(.choices(SheetChoices.specialCategory))),
        SheetField("recipients", "Mottakere", ["Recipients"]),
        SheetField("third_country_transfers.countries", "Tredjeland", ["Overføring til tredjeland", "Third countries"], .countries),
        SheetField("third_country_transfers.safeguard", "Overføringsgrunnlag", ["Garantier", "Safeguard"]),
        SheetField("retention", "Lagringstid", ["Sletting", "Slettefrist", "Oppbevaring", "Retention"]),
        SheetField("security_measures", "Sikkerhetstiltak", ["Tiltak", "Security measures"]),
        SheetField("systems", "Systemer", ["System", "Systems"], .systemReferences),
        SheetField("processors", "Databehandlere", ["Databehandler", "Processors"], .processors),
        SheetField("dpia.required", "DPIA påkrevd", ["DPIA", "Personvernkonsekvensvurdering", "DPIA required"]),
        SheetField("dpia.date", "DPIA dato", ["Dato DPIA", "DPIA date"]),
        SheetField("joint_controllers", "Felles behandlingsansvarlige", ["Felles behandlingsansvar", "Joint controllers"]),
        visibility, reviewed, body,
    ], titleKey: "name")
}
