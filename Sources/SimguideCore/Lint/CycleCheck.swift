/// Questions that can lead back to themselves through `next`.
struct CycleCheck {
    let flow: Flow

    func findings() -> [Finding] {
        var state: [String: Bool] = [:]  // false: on the current walk, true: done
        var found: [Finding] = []
        var trail: [String] = []

        func visit(_ question: Question) {
            state[question.id] = false
            trail.append(question.id)
            for rule in question.next {
                guard case let .question(id) = rule.target, let next = flow.question(id) else { continue }
                switch state[id] {
                case false?:
                    let loop = trail[(trail.firstIndex(of: id) ?? 0)...] + [id]
                    found.append(Finding(.error, .cycle, at: rule.position,
                                         "this 'next' closes a loop \(loop.joined(separator: " -> ")); a flow must always move forward"))
                case nil:
                    visit(next)
                case true?:
                    break
                }
            }
            trail.removeLast()
            state[question.id] = true
        }
        for question in flow.questions where state[question.id] == nil { visit(question) }
        return found
    }
}
