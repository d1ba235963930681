/// How long a prepaid card stays valid after a top-up, so a renewal plan can compute the last day and a
/// calendar reminder (`reminder:` on a plan rule).
public struct ReminderRule: Hashable, Sendable {
    /// Days the card stays valid from the day of the last top-up (that day counts as day 0).
    public let validDays: Int
    /// The rule in words, as the plan states it ("csl rechargeable SIM: 180 days after the last top-up").
    public let basis: LocalizedText
    /// How far the rule can be trusted; the plan states it next to the computed date.
    public let confidence: Source.Confidence
    public let sources: [Reference]
    public let position: SourcePosition

    public init(validDays: Int, basis: LocalizedText, confidence: Source.Confidence, sources: [Reference],
                position: SourcePosition) {
        self.validDays = validDays
        self.basis = basis
        self.confidence = confidence
        self.sources = sources
        self.position = position
    }
}
