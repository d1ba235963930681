#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SimguideCore

/// A saved session in a few words for choosing it: when it was last changed (local time), the answers'
/// labels ("注销 · 法国 · Free Mobile") and how far it got. Used by the start-up picker and `simguide
/// sessions`.
public struct SessionSummary: Equatable, Sendable {
    /// `2026-11-22 22:40` in this computer's time zone (the file keeps UTC).
    public let updated: String
    /// The answers in the flow's words, joined by " · ".
    public let answers: String
    /// "plan reached, 2 ticked" or "3 of at most 6 answered".
    public let progress: String

    public init(_ saved: SavedSession, flow: Flow, language: Language) {
        updated = Self.localTime(saved.updated)
        answers = saved.answers.map { answer in
            flow.question(answer.question)?.option(answer.value)?.label.text(language) ?? answer.value
        }.joined(separator: " · ")
        var session = Session(flow: flow)
        let unused = session.replay(saved.answers.map { ($0.question, $0.value) })
        if session.isComplete && unused.isEmpty {
            progress = language.text(.sessionsPlanReached, ["ticked": saved.ticks.count])
        } else {
            let (step, atMost) = session.progress
            progress = language.text(.sessionsAnswered, ["answered": step - 1, "at-most": atMost])
        }
    }

    /// `2026-11-22T21:40:12Z` as local `2026-11-22 22:40`; the text as it is when it is not such a time.
    public static func localTime(_ stamp: String) -> String {
        let digits = stamp.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard stamp.hasSuffix("Z"), digits.count >= 6 else { return stamp }
        var utc = tm()
        utc.tm_year = Int32(digits[0] - 1900)
        utc.tm_mon = Int32(digits[1] - 1)
        utc.tm_mday = Int32(digits[2])
        utc.tm_hour = Int32(digits[3])
        utc.tm_min = Int32(digits[4])
        utc.tm_sec = Int32(digits[5])
        var seconds = timegm(&utc)
        var local = tm()
        guard seconds != -1, localtime_r(&seconds, &local) != nil else { return stamp }
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(local.tm_year + 1900)-\(two(local.tm_mon + 1))-\(two(local.tm_mday)) \(two(local.tm_hour)):\(two(local.tm_min))"
    }
}
