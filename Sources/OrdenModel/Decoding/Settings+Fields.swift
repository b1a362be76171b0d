import Basics

// The field tables of orden.yml and the guide, from their declarations in SettingsFields.

extension SiteConfig: FieldGroup {
    package static let fieldTable = FieldTable<SiteConfig>({ SiteConfig(title: "", baseUrl: .blank) }, settings: SettingsFields.site)
}

extension Publisher: FieldGroup {
    package static let fieldTable = FieldTable<Publisher>({ Publisher(name: "", orgnr: .placeholder) },
                                                          settings: SettingsFields.publisher.subFields ?? [])
}

extension ContentSource: FieldGroup {
    package static let fieldTable = FieldTable<ContentSource>({ ContentSource(path: SourcePath("")) }, settings: SettingsFields.source.subFields ?? [])
}

extension EditLinks: FieldGroup {
    package static let fieldTable = FieldTable<EditLinks>({ EditLinks() }, settings: SettingsFields.editLinks.subFields ?? [])
}

extension GuideIndexFields: FieldGroup {
    package static let fieldTable = FieldTable<GuideIndexFields>({ GuideIndexFields(title: "") }, settings: SettingsFields.guideIndex)
}

extension GuidePageFields: FieldGroup {
    package static let fieldTable = FieldTable<GuidePageFields>({ GuidePageFields(title: "") }, settings: SettingsFields.guidePage)
}

extension InternalField: ScalarField {}
extension PublishableField: ScalarField {}
extension SourcePath: ScalarField {}
extension EditPageTemplate: ScalarField {}
extension NewFileTemplate: ScalarField {}
