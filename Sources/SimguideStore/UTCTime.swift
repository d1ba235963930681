#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// A moment broken down into UTC calendar fields by the C library (`gmtime_r`), and written in the two
/// fixed forms the program stores: no formatter, so no ICU is loaded on the start path.
public struct UTCTime: Equatable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int

    /// The fields of `date`, rounded to the millisecond and then the fraction of a second dropped, as
    /// Foundation's formatters do (they hand ICU whole milliseconds).
    public init(_ date: Date) {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        var seconds = time_t((milliseconds / 1000).rounded(.down))
        var fields = tm()
        if gmtime_r(&seconds, &fields) == nil {
            // Only a date far outside any calendar (beyond year 2^31) ends here; the epoch stands in.
            fields = tm(tm_sec: 0, tm_min: 0, tm_hour: 0, tm_mday: 1, tm_mon: 0, tm_year: 70, tm_wday: 4, tm_yday: 0,
                        tm_isdst: 0, tm_gmtoff: 0, tm_zone: nil)
        }
        year = Int(fields.tm_year) + 1900
        month = Int(fields.tm_mon) + 1
        day = Int(fields.tm_mday)
        hour = Int(fields.tm_hour)
        minute = Int(fields.tm_min)
        second = Int(fields.tm_sec)
    }

    /// ISO 8601 extended form: `2026-11-22T21:40:12Z`.
    public var extended: String {
        "\(Self.pad(year, 4))-\(Self.pad(month))-\(Self.pad(day))T\(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second))Z"
    }

    /// ISO 8601 basic form, as iCalendar's DATE-TIME in UTC: `20261122T213012Z`.
    public var basic: String {
        "\(Self.pad(year, 4))\(Self.pad(month))\(Self.pad(day))T\(Self.pad(hour))\(Self.pad(minute))\(Self.pad(second))Z"
    }

    /// `value` in decimal with leading zeros to `width` digits (a minus sign first when negative).
    static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value.magnitude)
        let zeros = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + zeros + digits
    }
}
