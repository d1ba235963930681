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
            return language.pick("还没有保存的卡。续期计划之后用 simguide cards add --answer … --name 名称 保存一张。\n", "還沒有儲存的卡。續期計劃之後用 simguide cards add --answer … --name 名稱 儲存一張。\n", "No cards kept yet. After a renewal plan, keep one with: simguide cards add --answer ... --name NAME\n")
        }
        let header = [language.pick("状态", "狀態", "status"), language.pick("续期截止", "續期截止", "renew by"), language.pick("名称", "名稱", "name"), language.pick("卡", "卡", "card")]
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
        case .overdue: return language.pick("已过期 \(-(status.daysLeft ?? 0)) 天", "已過期 \(-(status.daysLeft ?? 0)) 天", "overdue \(-(status.daysLeft ?? 0))d")
        case .dueSoon: return language.pick("还剩 \(status.daysLeft ?? 0) 天", "還剩 \(status.daysLeft ?? 0) 天", "due in \(status.daysLeft ?? 0)d")
        case .fine: return language.pick("正常", "正常", "fine")
        case .unknown: return language.pick("日期未知", "日期未知", "no date")
        }
    }

    private func note(_ note: CardStatus.Note, card: String) -> String {
        switch note {
        case .needsExpiry:
            return language.pick("我们的资料没有这张卡的有效期规则：请记下运营商显示的有效期（simguide cards expires \"\(card)\" YYYY-MM-DD）。", "我們的資料沒有這張卡的有效期規則：請記下電訊商顯示的有效期（simguide cards expires \"\(card)\" YYYY-MM-DD）。", "Our sources give no validity rule for this card: record the expiry date the operator shows (simguide cards expires \"\(card)\" YYYY-MM-DD).")
        case .ruleToConfirm:
            return language.pick("这张卡的有效期规则所依据的来源已过复核期：请向运营商确认有效期并记下。", "這張卡的有效期規則所依據的來源已過複核期：請向電訊商確認有效期並記下。", "The source of this card's validity rule is overdue for review: confirm the expiry with the operator and record it.")
        case .ruleChanged(let from, let to):
            let now = to.map { language.pick("\($0) 天", "\($0) 天", "\($0) days") } ?? (language.pick("没有规则", "沒有規則", "no rule"))
            return language.pick("内容里的有效期规则变了：原来 \(from) 天，现在\(now)。期限已重新计算，请向运营商核实。", "內容裏的有效期規則變了：原來 \(from) 天，現在\(now)。期限已重新計算，請向電訊商核實。", "The content's validity rule changed: \(from) days then, \(now) now. The deadline was recomputed; check with the operator.")
        case .answersNoLongerFit:
            return language.pick("这张卡的回答和当前内容对不上了：请删掉它，重新走一遍续期计划再保存。", "這張卡的回答和當前內容對不上了：請刪掉它，重新走一遍續期計劃再儲存。", "This card's answers no longer fit the current content: remove it and keep it again after a new renewal plan.")
        }
    }
}
