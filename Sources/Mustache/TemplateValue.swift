import Basics

/// What a template sees of a value. The renderer switches on this: no lookup casts or reflects.
package enum TemplateValue {
    /// Not a name of the object, or an optional without a value: the lookup goes on down the
    /// context stack, and a name found nowhere renders as nothing.
    case missing
    case text(String)
    case bool(Bool)
    case number(Int)
    case object(any TemplateObject)
    case list(any TemplateList)

    package static func text(_ value: String?) -> TemplateValue { value.map { .text($0) } ?? .missing }
    package static func object(_ value: (any TemplateObject)?) -> TemplateValue { value.map { .object($0) } ?? .missing }
}

/// A view model as its templates see it. Each one answers for exactly the names its templates
/// use; any other name is `.missing`.
package protocol TemplateObject: TemplateElement {
    func value(named name: String) -> TemplateValue
}

/// What a section over a list walks through.
package protocol TemplateList {
    var count: Int { get }
    func element(at index: Int) -> TemplateValue
}

/// A value that can stand in a list: a view model or a string.
package protocol TemplateElement {
    var templateValue: TemplateValue { get }
}

extension TemplateObject {
    package var templateValue: TemplateValue { .object(self) }
}

extension String: TemplateElement {
    package var templateValue: TemplateValue { .text(self) }
}

extension Array: TemplateList where Element: TemplateElement {
    package func element(at index: Int) -> TemplateValue { self[index].templateValue }
}
