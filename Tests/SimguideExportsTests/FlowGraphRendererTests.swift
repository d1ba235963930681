import Testing
import SimguideCore
import SimguideExports

/// The question graph for reviewing a flow.
@Suite struct FlowGraphRendererTests {
    private func bundled() throws -> Flow {
        try FlowLoader.load(path: GoldenPlanTests.repository.appendingPathComponent("Resources/flow/simguide.yaml").path)
    }

    @Test func dotHasEveryQuestionAndConditionalEdge() throws {
        let dot = FlowGraphRenderer(flow: try bundled(), language: .en).render(.dot)
        #expect(dot.hasPrefix("digraph simguide {"))
        #expect(dot.contains("\"action\" -> \"region\";"))
        #expect(dot.contains("\"abroad\" -> \"fr_commitment\" [label=\"action=cancel region=fr card_type=postpaid carrier!=free\"];"))
        #expect(dot.contains("\"fr_commitment\" -> \"(end)\";"))
    }

    @Test func mermaidUsesSafeNodeIds() throws {
        let mermaid = FlowGraphRenderer(flow: try bundled(), language: .zh).render(.mermaid)
        #expect(mermaid.hasPrefix("flowchart TD\n"))
        #expect(mermaid.contains("q3[\"card_type: 这是哪种卡？\"]"))
        #expect(mermaid.contains("q4 --> done") || mermaid.contains("--> done"))
    }

    /// Ids that differ only in punctuation, and a question called `end`, stay separate nodes.
    @Test func similarIdsAndAQuestionCalledEndStayApart() throws {
        let flow = try FlowLoader.load(yaml: """
            format: 1
            version: "t"
            title: {zh: 图, en: Graph}
            start: a-b
            questions:
              - {id: a-b, prompt: {zh: 一, en: "One <b>#1</b>"}, options: [{value: x, label: {zh: x, en: x}}], next: a_b}
              - {id: a_b, prompt: {zh: 二, en: Two}, options: [{value: x, label: {zh: x, en: x}}], next: a.b}
              - {id: a.b, prompt: {zh: 三, en: Three}, options: [{value: x, label: {zh: x, en: x}}], next: end}
            """, name: "graph.yaml")
        let mermaid = FlowGraphRenderer(flow: flow, language: .en).render(.mermaid)
        #expect(mermaid.contains("q0[\"a-b: One #lt;b#gt;#35;1#lt;/b#gt;\"]"))
        #expect(mermaid.contains("q0 --> q1") && mermaid.contains("q1 --> q2") && mermaid.contains("q2 --> done"))
        let dot = FlowGraphRenderer(flow: flow, language: .en).render(.dot)
        #expect(dot.contains("\"a-b\" -> \"a_b\";") && dot.contains("\"a_b\" -> \"a.b\";") && dot.contains("\"a.b\" -> \"(end)\";"))
    }
}
