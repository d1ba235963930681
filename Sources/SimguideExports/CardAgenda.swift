#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore

/// The list of kept cards, most urgent first, as text (aligned by display columns) or JSON.
public struct CardAgenda {
    /// One card as the list shows it.
    public struct Entry: Sendable {
        public let id: String
        public let name: String
        /// The answers' labels in the interface language ("续期 · 香港 · csl · 保号卡").
        public let situation: String
        public let answers: [(question: String, value: String)]
        public let lastTopUp: String?
        public let expires: String?
        public let status: CardStatus

        public init(id: String, name: String, situation: String, answers: [(question: String, value: String)],
                    lastTopUp: String?, expires: String?, status: CardStatus) {
            self.id = id
            self.name = name
            self.situation = situation
            self.answers = answers
            self.lastTopUp = lastTopUp
            self.expires = expires
            self.status = status
        }
    }

    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// Most urgent first, then by renew-by day, then by name.
    public static func ranked(_ entries: [Entry]) -> [Entry] {
        entries.sorted {
            ($0.status.urgency, $0.status.deadline?.renewBy.dayNumber ?? Int.max, $0.name)
                < ($1.status.urgency, $1.status.deadline?.renewBy.dayNumber ?? Int.max, $1.name)
        }
    }

    public func text(_ entries: [Entry]) -> String {
        guard !entries.isEmpty else {
            return language.text(.cardsNoneKept)
        }
        let header = [language.text(.cardsHeaderStatus), language.text(.cardsHeaderRenewBy), language.text(.cardsHeaderName), language.text(.cardsHeaderCard)]
        let rows = Self.ranked(entries).map { entry in
            [urgency(entry.status), entry.status.deadline?.renewBy.description ?? "—", entry.name, entry.situation]
        }
        let widths = (0..<3).map { column in ([header] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            (0..<3).map { TextLayout.pad(cells[$0], width: widths[$0]) }.joined(separator: "  ") + "  " + cells[3]
        }
        var out = [line(header)]
        for (entry, row) in zip(Self.ranked(entries), rows) {
            out.append(line(row))
            out += entry.status.notes.map { "    " + note($0, card: entry.name) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public func json(_ entries: [Entry]) -> String {
        let cards = Self.ranked(entries).map { entry in
            CardJSON(id: entry.id, name: entry.name, urgency: Self.urgencyName(entry.status.urgency),
                     answers: Dictionary(entry.answers.map { ($0.question, $0.value) }, uniquingKeysWith: { first, _ in first }),
                     notes: entry.status.notes.map { note($0, card: entry.name) },
                     lastTopUp: entry.lastTopUp, expires: entry.expires,
                     expiry: entry.status.deadline?.expiry.description, renewBy: entry.status.deadline?.renewBy.description,
                     daysLeft: entry.status.daysLeft)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(CardsJSON(schema: "simguide.cards/1", cards: cards))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The JSON document of `simguide cards --json`; field names are part of the public schema.
    private struct CardsJSON: Encodable {
        let schema: String
        let cards: [CardJSON]
    }

    private struct CardJSON: Encodable {
        let id: String
        let name: String
        let urgency: String
        let answers: [String: String]
        let notes: [String]
        let lastTopUp: String?
        let expires: String?
        let expiry: String?
        let renewBy: String?
        let daysLeft: Int?
        enum CodingKeys: String, CodingKey {
            case id, name, urgency, answers, notes, lastTopUp = "last_top_up", expires, expiry, renewBy = "renew_by", daysLeft = "days_left"
        }
    }

    static func urgencyName(_ urgency: CardStatus.Urgency) -> String {
        switch urgency {
        case .overdue: return "overdue"
        case .dueSoon: return "due"
        case .fine: return "fine"
        case .unknown: return "unknown"
        }
    }

    /// "due in 9d · 2026-12-03 · HK csl 5678": how urgent, by when, which card.
    public func headline(_ entry: Entry) -> String {
        [urgency(entry.status), entry.status.deadline?.renewBy.description ?? "—", entry.name].joined(separator: " · ")
    }

    /// What the list must tell about the card (no rule, rule changed...), in words.
    public func notes(_ entry: Entry) -> [String] {
        entry.status.notes.map { note($0, card: entry.name) }
    }

    private func urgency(_ status: CardStatus) -> String {
        switch status.urgency {
        case .overdue: return language.text(.cardsUrgencyOverdue, ["days": -(status.daysLeft ?? 0)])
        case .dueSoon: return language.text(.cardsUrgencyDueSoon, ["days": status.daysLeft ?? 0])
        case .fine: return language.text(.cardsUrgencyFine)
        case .unknown: return language.text(.cardsUrgencyUnknown)
        }
    }

    private func note(_ note: CardStatus.Note, card: String) -> String {
        switch note {
        case .needsExpiry:
            return language.text(.cardsNoteNoRule, ["card": card])
        case .ruleToConfirm:
            return language.text(.cardsNoteReviewOverdue)
        case .ruleChanged(let from, let to):
            let now = to.map { language.text(.cardsNoteDays, ["days": $0]) } ?? (language.text(.cardsNoteNoRuleNow))
            return language.text(.cardsNoteRuleChanged, ["from": from, "now": now])
        case .answersNoLongerFit:
            return language.text(.cardsNoteAnswersChanged)
        }
    }
}
