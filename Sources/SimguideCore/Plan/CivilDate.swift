#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A calendar day (year, month, day) with no time and no time zone, so adding days never shifts a date
/// across a daylight-saving change or a time zone. Proleptic Gregorian calendar.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Reads `YYYY-MM-DD`; `nil` for anything else, including days that do not exist (2026-02-29).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= CivilDate.days(inMonth: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The years a date typed by a user may have; anything else is a typing mistake.
    public static let acceptedYears = 1900...2200

    /// Why a date typed by a user was not accepted.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        /// Not written as year, month and day.
        case unreadable(String)
        /// A month that does not exist (`2026-13-01`).
        case noSuchMonth(year: Int, month: Int)
        /// A day the month does not have (`2026-02-30`); `days` is how many it has.
        case noSuchDay(year: Int, month: Int, day: Int, days: Int)
        /// A year outside `acceptedYears`.
        case yearOutOfRange(Int)

        public var description: String {
            switch self {
            case .unreadable(let text):
                return "'\(text)' is not a date; write it as YYYY-MM-DD, for example 2026-11-22"
            case .noSuchMonth(let year, let month):
                return "\(year)-\(month): there is no month \(month); months go from 1 to 12"
            case .noSuchDay(let year, let month, let day, let days):
                return "\(year)-\(CivilDate.twoDigits(month))-\(CivilDate.twoDigits(day)): \(CivilDate.monthNames[month - 1]) \(year) has \(days) days"
            case .yearOutOfRange(let year):
                return "the year \(year) is not plausible; give a year between \(acceptedYears.lowerBound) and \(acceptedYears.upperBound)"
            }
        }
    }

    /// Reads a date as people type it: `2026-10-03`, `2026-10-3`, `2026/10/03`, `2026.10.03` or
    /// `2026年10月3日`, with spaces around. Throws a `Problem` that says what is wrong.
    public init(parsing text: String) throws {
        let trimmed = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        var normalised = ""
        for character in trimmed {
            switch character {
            case "/", ".", "年", "月": normalised.append("-")
            case "日": continue
            default: normalised.append(character)
            }
        }
        let parts = normalised.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            throw Problem.unreadable(trimmed)
        }
        guard Self.acceptedYears.contains(year) else { throw Problem.yearOutOfRange(year) }
        guard (1...12).contains(month) else { throw Problem.noSuchMonth(year: year, month: month) }
        let days = CivilDate.days(inMonth: month, year: year)
        guard (1...days).contains(day) else { throw Problem.noSuchDay(year: year, month: month, day: day, days: days) }
        self.year = year
        self.month = month
        self.day = day
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                     "October", "November", "December"]

    private static func twoDigits(_ number: Int) -> String { String(number).leftPadded(2) }

    /// The day it is now on this computer's calendar (its local time zone), or the day in
    /// `SIMGUIDE_TODAY` (`YYYY-MM-DD`) when set, so tests and reviews can see the content as it will age.
    public static func today() -> CivilDate {
        if let fixed = getenv("SIMGUIDE_TODAY"), let day = CivilDate(String(cString: fixed)) { return day }
        var now = time(nil)
        var local = tm()
        guard localtime_r(&now, &local) != nil else { return CivilDate(dayNumber: Int(now) / 86_400) }
        let year = Int(local.tm_year) + 1900, month = Int(local.tm_mon) + 1, day = Int(local.tm_mday)
        return CivilDate(dayNumber: CivilDate.dayNumber(year: year, month: month, day: day))
    }

    /// The day `dayNumber` days after 1970-01-01 (before it when negative); every number is a day.
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int { CivilDate.dayNumber(year: year, month: month, day: day) }

    private static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(until other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// `2026-11-22`.
    public var description: String {
        String(year).leftPadded(4) + "-" + String(month).leftPadded(2) + "-" + String(day).leftPadded(2)
    }

    /// `20261122`, as iCalendar writes dates.
    public var compact: String { description.replacing("-", with: "") }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    static func days(inMonth month: Int, year: Int) -> Int {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
