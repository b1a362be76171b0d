// TEMPORARY stand-in until the chart module lands; replaced on merge.
public enum Charts {
    public struct Bar: Sendable { public var label: String; public var value: Double; public var valueText: String; public var note: String?
        public init(label: String, value: Double, valueText: String, note: String? = nil) { self.label = label; self.value = value; self.valueText = valueText; self.note = note } }
    public static func bars(id: String, title: String, description: String, bars: [Bar]) -> String { "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>" }
    public struct Point: Sendable { public var label: String; public var functional: Int; public var technical: Int
        public init(label: String, functional: Int, technical: Int) { self.label = label; self.functional = functional; self.technical = technical } }
    public static func timeQuadrants(id: String, title: String, description: String, points: [Point]) -> String { "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>" }
    public enum EventKind: Sendable { case endOfLife, phaseOut, contractEnd, noticeDeadline, milestone }
    public struct TimelineEvent: Sendable { public var date: Day; public var kind: EventKind; public var text: String
        public init(date: Day, kind: EventKind, text: String) { self.date = date; self.kind = kind; self.text = text } }
    public struct Span: Sendable { public var start: Day; public var end: Day; public var label: String; public var tone: Int
        public init(start: Day, end: Day, label: String, tone: Int) { self.start = start; self.end = end; self.label = label; self.tone = tone } }
    public struct TimelineRow: Sendable { public var label: String; public var events: [TimelineEvent]; public var spans: [Span]
        public init(label: String, events: [TimelineEvent], spans: [Span]) { self.label = label; self.events = events; self.spans = spans } }
    public static func timeline(id: String, title: String, description: String, start: Day, months: Int, rows: [TimelineRow]) -> String { "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>" }
    public enum EdgeDirection: Sendable { case out, `in`, both }
    public struct Node: Sendable { public var id: String; public var label: String; public var group: String; public var external: Bool
        public init(id: String, label: String, group: String, external: Bool) { self.id = id; self.label = label; self.group = group; self.external = external } }
    public struct Edge: Sendable { public var from: String; public var to: String; public var direction: EdgeDirection; public var personalData: Bool; public var label: String
        public init(from: String, to: String, direction: EdgeDirection, personalData: Bool, label: String) { self.from = from; self.to = to; self.direction = direction; self.personalData = personalData; self.label = label } }
    public static func network(id: String, title: String, description: String, nodes: [Node], edges: [Edge]) -> String { "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>" }
}
