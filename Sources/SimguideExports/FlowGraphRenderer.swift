import SimguideCore

/// Draws a flow's questions and `next` rules as a Graphviz dot or Mermaid graph.
public struct FlowGraphRenderer {
    /// The graph languages supported.
    public enum Format: String, CaseIterable, Sendable {
        case dot, mermaid
    }

    public let flow: Flow
    public let language: Language

    public init(flow: Flow, language: Language) {
        self.flow = flow
        self.language = language
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .dot: return dot()
        case .mermaid: return mermaid()
        }
    }

    private var edges: [(from: String, to: String, label: String)] {
        flow.questions.flatMap { question in
            question.next.map { rule in
                let to: String
                switch rule.target {
                case .end: to = "end"
                case .question(let id): to = id
                }
                return (question.id, to, describe(rule.when))
            }
        }
    }

    private func dot() -> String {
        var lines = ["digraph simguide {", "  rankdir=TB;", "  node [shape=box];"]
        for question in flow.questions {
            lines.append("  \(quoted(question.id)) [label=\(quoted("\(question.id)\n\(question.prompt.text(language))"))];")
        }
        lines.append("  \"end\" [shape=doublecircle];")
        for edge in edges {
            let label = edge.label.isEmpty ? "" : " [label=\(quoted(edge.label))]"
            lines.append("  \(quoted(edge.from)) -> \(quoted(edge.to))\(label);")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private func mermaid() -> String {
        var lines = ["flowchart TD"]
        for question in flow.questions {
            lines.append("  \(mermaidID(question.id))[\"\(mermaidText(question.id + ": " + question.prompt.text(language)))\"]")
        }
        lines.append("  end_node((end))")
        for edge in edges {
            let to = edge.to == "end" ? "end_node" : mermaidID(edge.to)
            let label = edge.label.isEmpty ? "" : "|\"\(mermaidText(edge.label))\"|"
            lines.append("  \(mermaidID(edge.from)) -->\(label) \(to)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ condition: Condition) -> String {
        condition.clauses.map { clause in
            (clause.require.map { "\($0.question)=\($0.values.joined(separator: "|"))" }
                + clause.exclude.map { "\($0.question)!=\($0.values.joined(separator: "|"))" }).joined(separator: " ")
        }.joined(separator: " or ")
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    private func mermaidID(_ id: String) -> String {
        "q_" + id.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }

    private func mermaidText(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "#quot;")
    }
}
