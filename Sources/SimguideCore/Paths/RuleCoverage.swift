/// How many paths each plan rule adds to, for `simguide paths --coverage`: a rule no path matches is dead
/// content, and a rule only one path matches is worth a flow test.
public struct RuleCoverage: Sendable {
    /// One rule, the number of paths it matches, and the first of them.
    public struct Entry: Sendable {
        public let rule: PlanRule
        public let paths: Int
        public let example: [(question: String, value: String)]?
    }

    public let entries: [Entry]

    public init(flow: Flow) {
        let index = RuleIndex(rules: flow.rules)
        var counts: [String: Int] = [:]
        var examples: [String: [(question: String, value: String)]] = [:]
        PathEnumerator(flow: flow).walk(onPath: { path in
            for rule in index.matching(path.answers) {
                counts[rule.id, default: 0] += 1
                if examples[rule.id] == nil { examples[rule.id] = path.steps }
            }
        })
        entries = flow.rules.map { Entry(rule: $0, paths: counts[$0.id] ?? 0, example: examples[$0.id]) }
    }
}
