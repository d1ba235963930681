/// The last day a prepaid number is valid, and the day to renew by, from what the user knows: the day
/// of the last top-up (with the card's validity rule from the content) or the expiry date the operator
/// shows.
public struct RenewalDeadline: Equatable, Sendable {
    /// What the user entered.
    public enum Known: Equatable, Sendable {
        case lastTopUp(CivilDate)
        case expiry(CivilDate)
    }

    /// Why no deadline can be computed.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        /// Only a top-up date was given, and the content has no validity rule for this card.
        case noValidityRule

        public var description: String {
            "our sources give no validity rule for this card; enter the expiry date the operator shows instead"
        }
    }

    /// Days before the last valid day that renewing is still safe (top-ups can take days to arrive).
    public static let safetyMargin = 7

    /// The last day the card is valid.
    public let expiry: CivilDate
    /// The day to have renewed by: `safetyMargin` days before `expiry`.
    public let renewBy: CivilDate
    /// The content rule used, when the expiry was computed from a top-up date.
    public let rule: ReminderRule?

    public init(_ known: Known, rule: ReminderRule?) throws {
        switch known {
        case .expiry(let date):
            expiry = date
            self.rule = nil
        case .lastTopUp(let date):
            guard let rule else { throw Problem.noValidityRule }
            expiry = date.adding(days: rule.validDays)
            self.rule = rule
        }
        renewBy = expiry.adding(days: -Self.safetyMargin)
    }
}
