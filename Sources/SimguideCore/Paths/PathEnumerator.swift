/// Walks every path a person can take through a flow: each visible option of each question reached.
///
/// Conditions are small and answers finite, so the walk is exhaustive. It reports complete paths and
/// dead ends (a question with no visible option, or no matching `next` rule) to the caller.
public struct PathEnumerator {
    /// One complete way through the flow.
    public struct Path: Sendable {
        /// (question id, answer value) in the order asked.
        public let steps: [(question: String, value: String)]
        public var answers: [String: String] {
            Dictionary(steps.map { ($0.question, $0.value) }, uniquingKeysWith: { $1 })
        }
    }

    /// A place where a path stops before its end.
    public struct DeadEnd: Sendable {
        /// What went wrong there.
        public enum Kind: Sendable { case noVisibleOption, noMatchingNext, missingQuestion }
        public let question: String
        public let steps: [(question: String, value: String)]
        public let kind: Kind
    }

    public let flow: Flow
    /// Stops the walk after this many paths, so a huge flow cannot hang a command.
    public let limit: Int

    public init(flow: Flow, limit: Int = 1_000_000) {
        self.flow = flow
        self.limit = limit
    }

    /// Calls `onPath` for every complete path and `onDeadEnd` for every dead end, depth first, options in
    /// file order. Returns false when the walk stopped at `limit`.
    @discardableResult
    public func walk(onPath: (Path) -> Void, onDeadEnd: (DeadEnd) -> Void = { _ in }) -> Bool {
        var count = 0
        var steps: [(question: String, value: String)] = []
        var answers: [String: String] = [:]
        var onStack: Set<String> = []

        func visit(_ id: String) -> Bool {
            guard let question = flow.question(id), !onStack.contains(id) else {
                onDeadEnd(DeadEnd(question: id, steps: steps, kind: .missingQuestion))
                return true
            }
            let options = question.visibleOptions(answers)
            if options.isEmpty {
                onDeadEnd(DeadEnd(question: id, steps: steps, kind: .noVisibleOption))
                return true
            }
            onStack.insert(id)
            defer { onStack.remove(id) }
            for option in options {
                answers[id] = option.value
                steps.append((id, option.value))
                defer { steps.removeLast(); answers[id] = nil }
                switch question.destination(answers) {
                case nil:
                    onDeadEnd(DeadEnd(question: id, steps: steps, kind: .noMatchingNext))
                case .end?:
                    onPath(Path(steps: steps))
                    count += 1
                    if count >= limit { return false }
                case .question(let next)?:
                    if !visit(next) { return false }
                }
            }
            return true
        }
        return visit(flow.start)
    }

    /// Every complete path, in walk order.
    public func allPaths() -> [Path] {
        var paths: [Path] = []
        walk(onPath: { paths.append($0) })
        return paths
    }
}
