/// One flow test, written as data next to the flow (`tests/*.yaml`): answers, then what the plan for
/// them must and must not contain. A content author adds a case without touching Swift; `simguide test`
/// and the test suite run every case.
///
/// ```yaml
/// cases:
///   - name: Free from China ends with a letter by registered post
///     answers: {action: cancel, region: fr, carrier: free, card_type: postpaid, abroad: "yes"}
///     rules: [fr-cancel-free]            # rules that must add to the plan
///     no_rules: [fr-cancel-orange]       # rules that must not
///     steps: [fr-cancel-free/1]          # step keys (rule id / number in the rule)
///     documents: [passport]
///     channels: [post]
///     letters: [fr-lettre-resiliation]
///     contains: {zh: [挂号信], en: [registered]}
///     not_contains: {en: [free of charge]}
/// ```
public struct FlowTestCase: Sendable {
    public let name: String
    public let answers: [(question: String, value: String)]
    public let rules: [String]
    public let noRules: [String]
    public let steps: [String]
    public let noSteps: [String]
    public let documents: [String]
    public let noDocuments: [String]
    public let channels: [Channel]
    public let noChannels: [Channel]
    public let letters: [String]
    public let noLetters: [String]
    /// Words the plan's texts must contain, by language.
    public let contains: [String: [String]]
    public let notContains: [String: [String]]
    public let position: SourcePosition

    /// The keys a case may have.
    static let keys = ["name", "answers", "rules", "no_rules", "steps", "no_steps", "documents", "no_documents",
                       "channels", "no_channels", "letters", "no_letters", "contains", "not_contains"]
}
