#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore
import SimguideStore

/// A renewal reminder as an iCalendar file (RFC 5545): one all-day event on the day to renew by, with an
/// alarm two weeks before and one the day before. All-day dates carry no time zone, so the reminder
/// falls on the same calendar day wherever the phone is.
public struct ReminderCalendar {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// The calendar text: CRLF line ends, lines folded at 75 octets. `uid` must be stable for one
    /// session so that importing again updates the event instead of adding one; `stamp` is the
    /// creation time in UTC (`20261122T093000Z`).
    public func render(_ deadline: RenewalDeadline, plan: Plan, uid: String, stamp: String) -> String {
        let situation = plan.answers.map { $0.option.label.text(language) }.joined(separator: " · ")
        let summary = language.text(.calendarSummary)
        var description = situation + "\n"
        description += language.text(.calendarValidUntil, ["expiry": deadline.expiry, "renew-by": deadline.renewBy])
        if let rule = deadline.rule {
            let confidence = PlanLabels(language: language).confidence(rule.confidence)
            description += language.text(.calendarComputedFromRule, ["basis": rule.basis.text(language), "confidence": confidence])
        }
        description += language.text(.calendarNoGracePeriod)
        let event = eventLines(uid: uid, stamp: stamp, day: deadline.renewBy, summary: summary, description: description)
        return calendar(event)
    }

    /// One calendar with an event per kept card on its renew-by day; each card's id is its event's UID,
    /// so importing the file again updates the events instead of adding copies.
    public func render(cards: [(id: String, name: String, situation: String, deadline: RenewalDeadline)], stamp: String) -> String {
        let events = cards.flatMap { card in
            eventLines(uid: "card-\(card.id)@simguide", stamp: stamp, day: card.deadline.renewBy,
                       summary: language.text(.calendarCardSummary, ["name": card.name]),
                       description: card.situation + "\n" + (language.text(.calendarCardValidUntil, ["expiry": card.deadline.expiry, "renew-by": card.deadline.renewBy])))
        }
        return calendar(events)
    }

    private func calendar(_ events: [String]) -> String {
        let lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//simguide//renewal reminder//\(language.code.uppercased())",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] + events + ["END:VCALENDAR"]
        return lines.map(Self.fold).joined()
    }

    /// An all-day event on `day` with alarms two weeks and one day before.
    private func eventLines(uid: String, stamp: String, day: CivilDate, summary: String, description: String) -> [String] {
        return [
            "BEGIN:VEVENT",
            "UID:\(escape(uid))",
            "DTSTAMP:\(stamp)",
            "DTSTART;VALUE=DATE:\(day.compact)",
            "DTEND;VALUE=DATE:\(day.adding(days: 1).compact)",
            "SUMMARY:\(escape(summary))",
            "DESCRIPTION:\(escape(description))",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:\(escape(language.text(.calendarTwoWeeks)))",
            "TRIGGER:-P14D",
            "END:VALARM",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:\(escape(language.text(.calendarTomorrow)))",
            "TRIGGER:-P1D",
            "END:VALARM",
            "END:VEVENT",
        ]
    }

    /// A UTC date-time for `DTSTAMP`: `20261122T093000Z`.
    public static func stamp(_ date: Date = Date()) -> String {
        UTCTime(date).basic
    }

    /// TEXT escaping of RFC 5545 section 3.3.11. A line break of any kind (CR, LF, CRLF, U+2028) becomes
    /// `\n`; any other control character, which a TEXT value may not hold, is left out.
    private func escape(_ text: String) -> String {
        var out = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n" where previous == "\r": continue
            case "\r", "\n", "\u{2028}", "\u{2029}", "\u{85}": out += "\\n"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Folds a content line into pieces of at most 75 octets, never inside a UTF-8 sequence (a long run of
    /// combining marks may be split between scalars, which unfolding joins again); each continuation starts
    /// with a space, and every line ends with CRLF.
    static func fold(_ line: String) -> String {
        var out = ""
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            let limit = out.isEmpty ? 75 : 74  // continuation lines start with one space
            if octets + size > limit {
                out += (out.isEmpty ? "" : " ") + current + "\r\n"
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        return out + (out.isEmpty ? "" : " ") + current + "\r\n"
    }
}
