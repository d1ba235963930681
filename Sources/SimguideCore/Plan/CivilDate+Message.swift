/// A date a person typed that was not accepted, said in the interface language.
extension CivilDate.Problem {
    public func message(_ language: Language) -> String {
        switch self {
        case .unreadable(let text):
            return language.pick("“\(text)”不是日期：请按 年-月-日 输入，例如 2026-10-03。", "「\(text)」不是日期：請按 年-月-日 輸入，例如 2026-10-03。",
                                 "'\(text)' is not a date: type it as YYYY-MM-DD, for example 2026-10-03.")
        case .noSuchMonth(let year, let month):
            return language.pick("\(year) 年没有 \(month) 月：月份是 1 到 12。", "\(year) 年沒有 \(month) 月：月份是 1 到 12。",
                                 "\(year) has no month \(month): months go from 1 to 12.")
        case .noSuchDay(let year, let month, let day, let days):
            return language.pick("\(year) 年 \(month) 月只有 \(days) 天，没有 \(day) 日。", "\(year) 年 \(month) 月只有 \(days) 天，沒有 \(day) 日。",
                                 "\(self).")
        case .yearOutOfRange(let year):
            let (low, high) = (CivilDate.acceptedYears.lowerBound, CivilDate.acceptedYears.upperBound)
            return language.pick("\(year) 年不合理：请输入 \(low) 到 \(high) 年之间的日期。", "\(year) 年不合理：請輸入 \(low) 到 \(high) 年之間的日期。",
                                 "The year \(year) is not plausible: give a date between \(low) and \(high).")
        }
    }
}
