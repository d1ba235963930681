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

    /// The node for the end of the flow: quoted ids cannot clash with it, as no question id has a
    /// parenthesis (a question may well be called `end`).
    private static let dotEnd = "\"(end)\""

    /// The question graph's edges; `to` is `nil` for the end of the flow.
    private var edges: [(from: String, to: String?, label: String)] {
        flow.questions.flatMap { question in
            question.next.map { rule in
                let to: String?
                switch rule.target {
                case .end: to = nil
                case .question(let id): to = id
                }
                return (question.id, to, rule.when.summary)
            }
        }
    }

    private func dot() -> String {
        var lines = ["digraph simguide {", "  rankdir=TB;", "  node [shape=box];"]
        for question in flow.questions {
            lines.append("  \(quoted(question.id)) [label=\(quoted("\(question.id)\n\(question.prompt.text(language))"))];")
        }
        lines.append("  \(Self.dotEnd) [label=\"end\", shape=doublecircle];")
        for edge in edges {
            let label = edge.label.isEmpty ? "" : " [label=\(quoted(edge.label))]"
            lines.append("  \(quoted(edge.from)) -> \(edge.to == nil ? Self.dotEnd : quoted(edge.to ?? ""))\(label);")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private func mermaid() -> String {
        // Mermaid ids allow few characters, so `a-b`, `a_b` and `a.b` would merge if spelled out: each
        // question is `q` and its place in the file, the end `done`; the real id is in the label.
        let ids = Dictionary(flow.questions.enumerated().map { ($1.id, "q\($0)") }, uniquingKeysWith: { first, _ in first })
        var lines = ["flowchart TD"]
        for question in flow.questions {
            lines.append("  \(ids[question.id] ?? "")[\"\(mermaidText(question.id + ": " + question.prompt.text(language)))\"]")
        }
        lines.append("  done((end))")
        for edge in edges {
            let to = edge.to.map { ids[$0] ?? "" } ?? "done"
            let label = edge.label.isEmpty ? "" : "|\"\(mermaidText(edge.label))\"|"
            lines.append("  \(ids[edge.from] ?? "") -->\(label) \(to)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
            .replacing("\n", with: "\\n") + "\""
    }

    /// Label text with Mermaid's entity codes for the characters that end a label or start markup.
    private func mermaidText(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "#": out += "#35;"
            case "\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
