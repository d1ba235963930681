#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What is kept of a wizard session between runs: the answers in the order given, the ticked items,
/// what the user typed into forms, and the language. Stored as JSON by `SessionStore`.
public struct SavedSession: Codable, Equatable, Sendable {
    /// One answer: a question id and the chosen value.
    public struct Answer: Codable, Equatable, Sendable {
        public let question: String
        public let value: String

        public init(question: String, value: String) {
            self.question = question
            self.value = value
        }
    }

    /// The file format this version writes; files with a larger number are set aside, not misread.
    public static let currentFormat = 1

    public var format: Int
    /// A name unique on this machine, also the file name: `2026-11-22T21-40-12-3f9a`.
    public var id: String
    /// When the session was started and last changed, ISO 8601 in UTC.
    public var created: String
    public var updated: String
    /// The content version the answers were given against (`version:` of the flow).
    public var flowVersion: String
    public var language: String
    public var answers: [Answer]
    /// Tick keys of ticked steps and documents (`step:...`, `document:...`).
    public var ticks: [String]
    /// Form fields typed by the user (letters, reminder dates), by field id.
    public var fields: [String: String]

    public init(id: String, created: String, flowVersion: String, language: String, answers: [Answer] = [],
                ticks: [String] = [], fields: [String: String] = [:]) {
        format = Self.currentFormat
        self.id = id
        self.created = created
        updated = created
        self.flowVersion = flowVersion
        self.language = language
        self.answers = answers
        self.ticks = ticks
        self.fields = fields
    }

    /// A new id from the current time and a random suffix of four hexadecimal digits.
    public static func newID(now: Date = Date()) -> String {
        let time = UTCTime(now)
        let stamp = "\(UTCTime.pad(time.year, 4))-\(UTCTime.pad(time.month))-\(UTCTime.pad(time.day))T"
            + "\(UTCTime.pad(time.hour))-\(UTCTime.pad(time.minute))-\(UTCTime.pad(time.second))"
        let suffix = String(UInt16.random(in: 0...UInt16.max), radix: 16)
        return stamp + "-" + String(repeating: "0", count: 4 - suffix.count) + suffix
    }

    /// `2026-11-22T21:40:12Z`.
    public static func timestamp(_ date: Date = Date()) -> String {
        UTCTime(date).extended
    }
}
