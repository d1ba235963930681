extension Condition {
    /// The condition in one line, as authors write it: `action=cancel region=fr|hk carrier!=free`, clauses
    /// joined by `or`; empty when it always matches.
    public var summary: String {
        clauses.map { clause in
            (clause.require.map { "\($0.question)=\($0.values.joined(separator: "|"))" }
                + clause.exclude.map { "\($0.question)!=\($0.values.joined(separator: "|"))" }).joined(separator: " ")
        }.joined(separator: " or ")
    }
}
