import Basics
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSource

extension Charts {
    /// Which way data moves along an edge: `out` from `from` to `to`, `in` the other way.
    package enum EdgeDirection: Sendable, Hashable {
        case out, `in`, both
    }

    package struct Node: Sendable {
        package var id: String
        package var label: String
        /// Nodes of a group sit together on the circle, e.g. a service area's systems.
        package var group: String
        /// Another municipality's system or a catalogue product, drawn as a square.
        package var external: Bool

        package init(id: String, label: String, group: String = "", external: Bool = false) {
            self.id = id
            self.label = label
            self.group = group
            self.external = external
        }
    }

    package struct Edge: Sendable {
        package var from: String
        package var to: String
        package var direction: EdgeDirection
        package var personalData: Bool
        package var label: String

        package init(from: String, to: String, direction: EdgeDirection = .out, personalData: Bool = false, label: String = "") {
            self.from = from
            self.to = to
            self.direction = direction
            self.personalData = personalData
            self.label = label
        }
    }

    /// Systems on a circle, ordered by group and name, with integrations as curves through the middle.
    /// Edges to unknown nodes and edges from a node to itself are left out; of nodes sharing an id the
    /// first counts.
    package static func network(id: String, title: String, description: String, nodes: [Node], edges: [Edge]) -> String {
        let id = SVG.identifier(id)
        guard !nodes.isEmpty else { return SVG.empty(id: id, title: title, description: description) }
        let layout = NetworkLayout(nodes)
        // Personal-data flows last, so they are drawn on top of the others.
        let ordered = edges.filter { !$0.personalData } + edges.filter(\.personalData)
        var body = layout.groupArcs()
        body += ordered.compactMap { layout.edge($0, chart: id) }
        body += layout.nodes.map { layout.node($0) }
        let legend = Legend.layout(NetworkLayout.legendItems(chart: id), x: NetworkLayout.margin, y: layout.diameter + 12,
                                   width: layout.width - 2 * NetworkLayout.margin)
        body.append(legend.svg)
        return SVG.document(id: id, title: title, description: description, width: layout.width,
                            height: layout.diameter + 6 + legend.height, defs: NetworkLayout.markers(chart: id), body: body)
    }
}
