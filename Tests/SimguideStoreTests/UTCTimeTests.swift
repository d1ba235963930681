import Foundation
import Testing
@testable import SimguideStore

/// Session ids and timestamps are written from `gmtime_r` fields, not by a formatter: the same text as
/// Foundation's ISO 8601 formatter gave, for every kind of moment.
@Suite struct UTCTimeTests {
    /// What the formatter the program used before wrote for `date`.
    private static func formatted(_ date: Date, _ format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        return formatter.string(from: date)
    }

    @Test func knownMoments() {
        let moment = Date(timeIntervalSince1970: 1_795_383_612.75)  // 2026-11-22 21:40:12.75 UTC
        #expect(SavedSession.timestamp(moment) == "2026-11-22T21:40:12Z")
        #expect(UTCTime(moment).basic == "20261122T214012Z")
        #expect(SavedSession.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(SavedSession.timestamp(Date(timeIntervalSince1970: 59.9994)) == "1970-01-01T00:00:59Z")
        #expect(SavedSession.timestamp(Date(timeIntervalSince1970: 59.9996)) == "1970-01-01T00:01:00Z", "whole milliseconds first")
        #expect(SavedSession.timestamp(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59Z")
        #expect(SavedSession.timestamp(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
        #expect(SavedSession.timestamp(Date(timeIntervalSince1970: -62_135_596_800)) == "0001-01-01T00:00:00Z")
    }

    @Test func sameAsTheFormattersOverManyMoments() {
        // Seeded, so a run can be repeated; the program only ever formats the current time, so moments
        // from 1970 on (before 1970 the old formatter rounded fractions of a second the other way).
        var generator = SplitMix(seed: 2026)
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime]
        for round in 0..<4_000 {
            // From 1970 to 2200, with fractions of a second.
            var seconds = Double.random(in: 0...7_258_118_400, using: &generator)
            if round % 2 == 0 { seconds = seconds.rounded() - Double.random(in: 0...0.001, using: &generator) }  // near a whole second
            let date = Date(timeIntervalSince1970: seconds)
            #expect(SavedSession.timestamp(date) == iso.string(from: date))
            #expect(UTCTime(date).basic == Self.formatted(date, "yyyyMMdd'T'HHmmss'Z'"))
        }
    }

    @Test func idIsTheTimestampWithDashesAndFourHexDigits() throws {
        let moment = Date(timeIntervalSince1970: 1_795_383_612)
        var suffixes = Set<String>()
        for _ in 0..<200 {
            let id = SavedSession.newID(now: moment)
            #expect(id.count == "2026-11-22T21-40-12-3f9a".count)
            #expect(id.hasPrefix("2026-11-22T21-40-12-"))
            let suffix = String(id.suffix(4))
            #expect(suffix.allSatisfy { "0123456789abcdef".contains($0) })
            suffixes.insert(suffix)
        }
        #expect(suffixes.count > 150)
        #expect(UTCTime.pad(7) == "07")
        #expect(UTCTime.pad(7, 4) == "0007")
        #expect(UTCTime.pad(12345, 4) == "12345")
    }
}

/// A small seeded generator (SplitMix64), so the many-moments test is the same every run.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
