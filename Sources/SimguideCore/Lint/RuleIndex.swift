/// Finds the rules that match a set of answers without testing every rule: each rule is filed under one
/// answer that each of its clauses requires, so only rules filed under the path's own answers (and the
/// few with a clause that requires nothing) are tested. Keeps path checks linear in large flows.
struct RuleIndex {
    private var byAnswer: [String: [Int]] = [:]
    private var unanchored: [Int] = []
    private let rules: [PlanRule]

    init(rules: [PlanRule]) {
        self.rules = rules
        for (index, rule) in rules.enumerated() {
            let anchors = rule.when.clauses.map(\.require.first)
            if anchors.isEmpty || anchors.contains(where: { $0 == nil }) {
                unanchored.append(index)
                continue
            }
            var keys: Set<String> = []
            for case let entry? in anchors {
                for value in entry.values { keys.insert("\(entry.question)=\(value)") }
            }
            for key in keys { byAnswer[key, default: []].append(index) }
        }
    }

    /// The rules matching `answers`, in flow order.
    func matching(_ answers: [String: String]) -> [PlanRule] {
        var candidates = Set(unanchored)
        for (question, value) in answers { candidates.formUnion(byAnswer["\(question)=\(value)"] ?? []) }
        return candidates.sorted().map { rules[$0] }.filter { $0.when.matches(answers) }
    }
}
