/// When a source must be checked again. Facts age at different speeds: prices and fees change within
/// months, procedures within a year, the law more slowly. Each source has a class (`review:`) or an
/// explicit day (`review_by:`); `simguide lint` warns when the day has passed and fails 90 days after,
/// and plans mark the steps that rest on an overdue source as "to confirm".
public enum SourceReview: Hashable, Sendable {
    /// Reviewed every `months` months after the day it was checked.
    case every(months: Int)
    /// Reviewed by this day.
    case by(CivilDate)

    /// The classes authors write as `review: fees | procedure | law`.
    public static let classes: [(name: String, months: Int)] = [("fees", 6), ("procedure", 12), ("law", 24)]

    /// A source without `review:` is a procedure.
    public static let standard = SourceReview.every(months: 12)

    /// Days after the review day during which lint only warns.
    public static let graceDays = 90

    /// The day by which a source checked on `checked` must be checked again.
    public func date(checked: CivilDate) -> CivilDate {
        switch self {
        case .by(let day): return day
        case .every(let months): return checked.adding(months: months)
        }
    }
}

extension CivilDate {
    /// The same day `months` months later, or the month's last day when it has fewer days (31 August
    /// plus 6 months is 28 or 29 February).
    public func adding(months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12, newMonth = index % 12 + 1
        let newDay = min(day, CivilDate.days(inMonth: newMonth, year: newYear))
        let text = String(newYear) + "-" + (newMonth < 10 ? "0" : "") + String(newMonth) + "-" + (newDay < 10 ? "0" : "") + String(newDay)
        return CivilDate(text) ?? self
    }
}
