import Basics
import FrontMatter

extension RecordKinds {
    static let system = RecordKindSpec(kind: .system, fields: [
        // A system page is built around its name and product: neither can be internal.
        FieldSpec("name", "Name", "The system's name; when absent, the product's.", .text()),
        FieldSpec("product", "Product", "The catalogue product (id) the system is an installation of; it inherits what it does not state.", .reference(.product)),
        FieldSpec("vendor", \System.vendor, "Vendor", "The vendor (id), when not the product's.", .reference(.vendor)),
        FieldSpec("category", \System.category, "Category", "A publiccode.yml software category, when not the product's.", .text()),
        FieldSpec("owner", \System.owner, "System owner", "The unit or role that owns the system (systemeier).", .text(), .recommended),
        FieldSpec("manager", \System.manager, "System manager", "The unit or role that manages the system (systemforvalter).", .text()),
        FieldSpec("service_areas", \System.serviceAreas, "Service areas", "The service areas (ids) the system serves.", .references(.serviceArea)),
        FieldSpec("lifecycle", "Lifecycle", "Where the system is in its life.", .object([
            FieldSpec("status", "Status", "The lifecycle stage.", .closed(LifecycleStatus.self), .required),
            FieldSpec("since", "Since", "When the system entered this stage.", .date),
            FieldSpec("end_of_life", "End of life", "When the system is to be retired.", .date),
        ]), .required),
        FieldSpec("fit", \System.fit, "Fit", "How well the system fits, 1 (poor) to 5 (good).", .object([
            FieldSpec("functional", "Functional fit", "How well it serves the users' needs, 1–5.", .integer(minimum: 1, maximum: 5)),
            FieldSpec("technical", "Technical fit", "How sound it is technically, 1–5.", .integer(minimum: 1, maximum: 5)),
        ])),
        FieldSpec("time", \System.time, "TIME", "Gartner TIME: what to do with the system.", .closed(TimeCategory.self)),
        FieldSpec("criticality", \System.criticality, "Criticality", "How critical the system is to the municipality's services.", .closed(Criticality.self)),
        FieldSpec("classification", \System.classification, "Classification", "Internal: confidentiality, integrity and availability levels 1–4 (only in the internal site).", .object([
            FieldSpec("confidentiality", "Confidentiality", "Level 1–4.", .integer(minimum: 1, maximum: 4)),
            FieldSpec("integrity", "Integrity", "Level 1–4.", .integer(minimum: 1, maximum: 4)),
            FieldSpec("availability", "Availability", "Level 1–4.", .integer(minimum: 1, maximum: 4)),
        ]), internal: true),
        FieldSpec("last_risk_assessment", \System.lastRiskAssessment, "Last risk assessment", "Internal: the date of the last risk assessment (only in the internal site).", .date, internal: true),
        FieldSpec("hosting", \System.hosting, "Hosting", "How the system is hosted.", .closed(Hosting.self)),
        FieldSpec("users", \System.users, "Users", "The number of users.", .count),
        FieldSpec("cost", \System.cost, "Cost", "What the system costs a year, in NOK.", .object([
            FieldSpec("licence", "Licence", "Licence cost per year, NOK.", .money),
            FieldSpec("operations", "Operations", "Operating cost per year, NOK.", .money),
            FieldSpec("other", "Other", "Other costs per year, NOK.", .money),
        ])),
        FieldSpec("contract", \System.contract, "Contract", "The contract (id) that covers the system.", .reference(.contract)),
        FieldSpec("standards", \System.standards, "Standards", "The standards (ids) the system supports.", .references(.standard)),
        FieldSpec("personal_data", \System.personalData, "Personal data", "The personal data the system holds.", personalData),
        FieldSpec("dpa", \System.dpa, "Data processing agreement", "The data processing agreement (contract id).", .reference(.contract)),
        FieldSpec("integrations", \System.integrations, "Integrations", "The system's integrations with other systems and products.", .list(.object([
            FieldSpec("to", "To", "A system of the same municipality (id), another municipality's system (number/id) or a product (product:id).", .integrationTarget, .required),
            FieldSpec("via", "Via", "The standard (id) the integration uses.", .reference(.standard)),
            FieldSpec("direction", "Direction", "Which way data flows, seen from this system.", .closed(Direction.self)),
            FieldSpec("data", "Data", "What data the integration carries.", .text()),
            FieldSpec("personal_data", "Personal data", "Whether the integration carries personal data.", .boolean),
            FieldSpec("frequency", "Frequency", "How often data is exchanged.", .closed(IntegrationFrequency.self)),
        ]))),
        FieldSpec("datasets", \System.datasets, "Datasets", "Datasets (ids) made from the system.", .references(.dataset)),
        FieldSpec("api", \System.api, "API", "An API the system offers; published as a DCAT-AP-NO data service.", .object([
            FieldSpec("endpoint_url", "Endpoint URL", "Where the API is served.", .uri, .required),
            FieldSpec("endpoint_description", "Endpoint description", "An OpenAPI document or documentation page.", .uri),
            FieldSpec("description", "Description", "What the API offers.", .text()),
            FieldSpec("access_rights", "Access rights", "Who may use the API.", .closed(AccessRights.self)),
            FieldSpec("licence", "Licence", "The licence of the data the API serves.", .closed(DatasetLicence.self)),
        ])),
        FieldSpec("infrastructure", \System.infrastructure, "Infrastructure", "Internal: servers and infrastructure (only in the internal site).", .text(), internal: true),
        visibility, reviewed(\System.reviewed),
    ])

    static let distribution = FieldType.object([
        FieldSpec("title", "Title", "The distribution's title.", .text()),
        FieldSpec("format", "Format", "The file type, a code of the EU file-type vocabulary.", .closed(FileFormat.self)),
        FieldSpec("access_url", "Access URL", "Where the data can be reached.", .uri, .required),
        FieldSpec("download_url", "Download URL", "Where the file can be downloaded directly.", .uri),
        FieldSpec("licence", "Licence", "The distribution's licence, when not the dataset's.", .closed(DatasetLicence.self)),
    ])

    static let dataset = RecordKindSpec(kind: .dataset, fields: [
        // The published catalogue names the dataset by it: it cannot be internal.
        FieldSpec("uri", "IRI", "The dataset's own IRI in another catalogue; the published catalogue describes the dataset under it.", .uri),
        FieldSpec("title", "Title", "The dataset's title.", .text(), .required),
        FieldSpec("description", "Description", "A short description of the dataset.", .text(), .required),
        FieldSpec("themes", "Themes", "Codes of the EU data-theme vocabulary.", .list(.closed(DataTheme.self)), .required),
        FieldSpec("access_rights", "Access rights", "Who may access the data.", .closed(AccessRights.self), .required),
        FieldSpec("licence", \Dataset.licence, "Licence", "The licence the data is published under.", .closed(DatasetLicence.self)),
        FieldSpec("keywords", \Dataset.keywords, "Keywords", "Words to find the dataset by.", .list(.text())),
        FieldSpec("distributions", \Dataset.distributions, "Distributions", "The forms the data is available in.", .list(distribution)),
        FieldSpec("contact", \Dataset.contact, "Contact", "Who to ask about the dataset.", contact),
        FieldSpec("spatial", \Dataset.spatial, "Spatial coverage", "The places the data covers: one or a list, each a name, a web address (IRI) of the place, `municipality` (the municipality's own area), or a name with its uri.", .anyOf([place, .list(place)])),
        FieldSpec("temporal", \Dataset.temporal, "Temporal coverage", "The period the data covers.", .object([
            FieldSpec("start", "Start", "The first day covered.", .date),
            FieldSpec("end", "End", "The last day covered.", .date),
        ])),
        FieldSpec("frequency", \Dataset.frequency, "Update frequency", "How often the data is updated (EU frequency vocabulary).", .closed(UpdateFrequency.self)),
        FieldSpec("source_systems", \Dataset.sourceSystems, "Source systems", "The systems (ids) the data comes from.", .references(.system)),
        FieldSpec("personal_data", \Dataset.personalData, "Personal data", "Whether the dataset holds personal data.", .boolean),
        FieldSpec("issued", \Dataset.issued, "Issued", "When the dataset was first published.", .date),
        FieldSpec("modified", \Dataset.modified, "Modified", "When the dataset was last changed.", .date),
        visibility, reviewed(\Dataset.reviewed),
    ])

    static let processing = RecordKindSpec(kind: .processing, fields: [
        FieldSpec("name", "Name", "The processing activity's name.", .text(), .required),
        FieldSpec("purpose", "Purpose", "Why the personal data is processed (GDPR art. 30(1)(b)).", .text(), .required),
        FieldSpec("legal_basis", \ProcessingActivity.legalBasis, "Legal basis", "The GDPR articles and national laws the processing rests on.", .list(.object([
            FieldSpec("article", "Article", "A GDPR article giving a legal basis: 6(1)(a)–(f), 9(2)(a)–(j) or 10.", .text(pattern: "^(6\\(1\\)\\([a-f]\\)|9\\(2\\)\\([a-j]\\)|10)$"), .required),
            FieldSpec("law", "Law", "The national law and section, e.g. Arkivlova § 6.", .text()),
        ])), .recommended),
        FieldSpec("data_subjects", \ProcessingActivity.dataSubjects, "Data subjects", "Whose personal data is processed.", .list(.text()), .recommended),
        FieldSpec("data_categories", "Data categories", "The kinds of personal data processed.", .list(.text()), .required),
        FieldSpec("special_categories", \ProcessingActivity.specialCategories, "Special categories", "Special categories of personal data (GDPR articles 9 and 10).", .list(.closed(SpecialCategory.self))),
        FieldSpec("recipients", \ProcessingActivity.recipients, "Recipients", "Who the data is disclosed to.", .list(.text())),
        FieldSpec("third_country_transfers", \ProcessingActivity.thirdCountryTransfers, "Third-country transfers", "Transfers outside the EEA.", .object([
            FieldSpec("countries", "Countries", "The countries, ISO 3166-1 alpha-2.", .list(.country)),
            FieldSpec("safeguard", "Safeguard", "The safeguard the transfer rests on (e.g. standard contractual clauses).", .text()),
        ])),
        FieldSpec("retention", \ProcessingActivity.retention, "Retention", "How long the data is kept.", .text(), .recommended),
        FieldSpec("security_measures", \ProcessingActivity.securityMeasures, "Security measures", "A general description of the technical and organisational security measures.", .text()),
        FieldSpec("systems", \ProcessingActivity.systems, "Systems", "The systems used: ids of this municipality's systems, or number/id of another's.", .list(.systemReference)),
        FieldSpec("processors", \ProcessingActivity.processors, "Processors", "Data processors and their agreements.", .list(.object([
            FieldSpec("vendor", "Vendor", "The processor (vendor id).", .reference(.vendor), .required),
            FieldSpec("dpa", "Data processing agreement", "The agreement (contract id).", .reference(.contract)),
        ]))),
        FieldSpec("dpia", \ProcessingActivity.dpia, "DPIA", "Data protection impact assessment.", .object([
            FieldSpec("required", "Required", "Whether a DPIA is required.", .boolean),
            FieldSpec("date", "Date", "When the DPIA was made.", .date),
        ])),
        FieldSpec("joint_controllers", \ProcessingActivity.jointControllers, "Joint controllers", "Other controllers the processing is shared with.", .list(.text())),
        visibility, reviewed(\ProcessingActivity.reviewed),
    ])

    static let contract = RecordKindSpec(kind: .contract, fields: [
        FieldSpec("title", "Title", "The contract's title.", .text(), .required),
        FieldSpec("vendor", "Vendor", "The other party (vendor id).", .reference(.vendor), .required),
        FieldSpec("type", \Contract.type, "Type", "The kind of contract (Norwegian standard contracts SSA-*, DPA, framework, other).", .closed(ContractType.self)),
        FieldSpec("systems", \Contract.systems, "Systems", "The systems (ids) the contract covers.", .references(.system)),
        FieldSpec("start", "Start", "When the contract started.", .date, .required),
        FieldSpec("end", \Contract.end, "End", "When the contract ends, options not counted.", .date),
        FieldSpec("notice_months", \Contract.noticeMonths, "Notice", "The notice period in months.", .count),
        FieldSpec("renewal_options", \Contract.renewalOptions, "Renewal options", "Options to extend the contract.", .text()),
        FieldSpec("annual_cost", \Contract.annualCost, "Annual cost", "What the contract costs a year, NOK.", .money),
        FieldSpec("procurement_ref", \Contract.procurementRef, "Procurement reference", "The procurement's reference (e.g. a Doffin number).", .text()),
        FieldSpec("owner", \Contract.owner, "Owner", "The unit or role that owns the contract.", .text()),
        visibility, reviewed(\Contract.reviewed),
    ])

    static let initiative = RecordKindSpec(kind: .initiative, fields: [
        FieldSpec("title", "Title", "The initiative's title.", .text(), .required),
        FieldSpec("goal", \Initiative.goal, "Goal", "What the initiative is to achieve.", .text()),
        FieldSpec("status", "Status", "Where the initiative stands in the action plan.", .closed(InitiativeStatus.self), .required),
        FieldSpec("owner", \Initiative.owner, "Owner", "The unit or role responsible.", .text()),
        FieldSpec("start", \Initiative.start, "Start", "When work starts.", .date),
        FieldSpec("end", \Initiative.end, "End", "When work is to be done.", .date),
        FieldSpec("budget", \Initiative.budget, "Budget", "The budget by year, NOK.", .list(.object([
            FieldSpec("year", "Year", "The budget year.", .integer(minimum: 1900, maximum: 2200), .required),
            FieldSpec("investment", "Investment", "One-off investment that year, NOK.", .money),
            FieldSpec("running", "Running cost", "Running cost that year, NOK.", .money),
        ]))),
        FieldSpec("benefits", \Initiative.benefits, "Benefits", "The expected benefits (gevinster).", .list(.object([
            FieldSpec("what", "What", "The benefit.", .text(), .required),
            FieldSpec("measure", "Measure", "How the benefit is measured.", .text()),
            FieldSpec("by", "By", "When the benefit is to be realised.", .date),
        ]))),
        FieldSpec("systems", \Initiative.systems, "Systems", "The systems the initiative changes.", .object([
            FieldSpec("adds", "Adds", "Systems or products (product:id) it adds.", .list(.integrationTarget)),
            FieldSpec("replaces", "Replaces", "Systems it replaces.", .list(.systemReference)),
            FieldSpec("retires", "Retires", "Systems it retires.", .list(.systemReference)),
        ])),
        FieldSpec("service_areas", \Initiative.serviceAreas, "Service areas", "The service areas (ids) concerned.", .references(.serviceArea)),
        visibility, reviewed(\Initiative.reviewed),
    ])
}
