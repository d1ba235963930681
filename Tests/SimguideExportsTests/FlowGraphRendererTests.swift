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
        #expect(dot.contains("\"fr_commitment\" -> \"end\";"))
    }

    @Test func mermaidUsesSafeNodeIds() throws {
        let mermaid = FlowGraphRenderer(flow: try bundled(), language: .zh).render(.mermaid)
        #expect(mermaid.hasPrefix("flowchart TD\n"))
        #expect(mermaid.contains("q_card_type[\"card_type: 这是哪种卡？\"]"))
        #expect(mermaid.contains("q_abroad --> end_node"))
    }
}
