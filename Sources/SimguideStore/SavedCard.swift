#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A SIM card the user keeps: the situation (answers of a renewal), a name they give it, and what they
/// last recorded about it (the day of a top-up, or the expiry date the operator shows). Stored by
/// `CardStore`; fields a newer simguide adds are ignored by an older one.
public struct SavedCard: Codable, Equatable, Sendable {
    /// A stable id (also the calendar event's UID), never shown to the user as something to type.
    public var id: String
    /// The name the user gave ("法国 Free 备用号", "UK giffgaff 1234").
    public var name: String
    public var answers: [SavedSession.Answer]
    /// `YYYY-MM-DD`; at most one of the two is set: recording one clears the other.
    public var lastTopUp: String?
    public var expires: String?
    /// The content's validity rule in days when the date was recorded, to tell the user when it changes.
    public var ruleDays: Int?
    /// When the card was added and last changed, ISO 8601 in UTC.
    public var added: String
    public var updated: String

    public init(id: String, name: String, answers: [SavedSession.Answer], lastTopUp: String? = nil, expires: String? = nil,
                ruleDays: Int? = nil, added: String) {
        self.id = id
        self.name = name
        self.answers = answers
        self.lastTopUp = lastTopUp
        self.expires = expires
        self.ruleDays = ruleDays
        self.added = added
        updated = added
    }

    enum CodingKeys: String, CodingKey {
        case id, name, answers, lastTopUp = "last_top_up", expires, ruleDays = "rule_days", added, updated
    }
}
