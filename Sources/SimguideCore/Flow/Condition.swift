/// A small, analysable test over answers: `when:` in a flow file.
///
/// A condition is one or more clauses and matches when any clause matches. A clause matches when every
/// `require` entry holds (the question was answered with one of the listed values) and no `exclude`
/// entry holds (the question was not answered with any of those values; an unanswered question counts as
/// not matching, so it passes). An empty condition always matches.
public struct Condition: Hashable, Sendable {
    /// One alternative of a condition: all of its entries must hold.
    public struct Clause: Hashable, Sendable {
        public var require: [Entry]
        public var exclude: [Entry]

        public init(require: [Entry] = [], exclude: [Entry] = []) {
            self.require = require
            self.exclude = exclude
        }

        public func matches(_ answers: [String: String]) -> Bool {
            require.allSatisfy { entry in answers[entry.question].map(entry.values.contains) ?? false }
                && exclude.allSatisfy { entry in !(answers[entry.question].map(entry.values.contains) ?? false) }
        }
    }

    /// A question id and the values that the entry is about, with where the entry was written.
    public struct Entry: Hashable, Sendable {
        public var question: String
        public var values: [String]
        public var position: SourcePosition?

        public init(question: String, values: [String], position: SourcePosition? = nil) {
            self.question = question
            self.values = values
            self.position = position
        }
    }

    public var clauses: [Clause]

    /// The condition that always matches.
    public static let always = Condition(clauses: [])

    public init(clauses: [Clause]) {
        self.clauses = clauses
    }

    public func matches(_ answers: [String: String]) -> Bool {
        clauses.isEmpty || clauses.contains { $0.matches(answers) }
    }

    /// Every entry of every clause, for checks that look at the ids a condition names.
    public var entries: [Entry] { clauses.flatMap { $0.require + $0.exclude } }
}

extension Condition {
    /// Whether the condition can still match once the questions not yet in `known` are answered.
    /// Used for upper bounds such as "step n of at most m".
    public func couldMatch(_ known: [String: String]) -> Bool {
        clauses.isEmpty || clauses.contains { clause in
            clause.require.allSatisfy { entry in known[entry.question].map(entry.values.contains) ?? true }
                && clause.exclude.allSatisfy { entry in !(known[entry.question].map(entry.values.contains) ?? false) }
        }
    }

    /// Whether the condition matches whatever the questions not yet in `known` are answered.
    public func mustMatch(_ known: [String: String]) -> Bool {
        clauses.isEmpty || clauses.contains { clause in
            clause.require.allSatisfy { entry in known[entry.question].map(entry.values.contains) ?? false }
                && clause.exclude.allSatisfy { entry in known[entry.question].map { !entry.values.contains($0) } ?? false }
        }
    }
}
