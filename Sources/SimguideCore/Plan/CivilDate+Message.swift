/// A date a person typed that was not accepted, said in the interface language.
extension CivilDate.Problem {
    public func message(_ language: Language) -> String {
        switch self {
        case .unreadable(let text):
            return language.text(.dateNotADate, ["text": text])
        case .noSuchMonth(let year, let month):
            return language.text(.dateNoSuchMonth, ["year": year, "month": month])
        case .noSuchDay(let year, let month, let day, let days):
            return language.text(.dateNoSuchDay, ["year": year, "month": month, "days": days, "day": day, "problem": self])
        case .yearOutOfRange(let year):
            let (low, high) = (CivilDate.acceptedYears.lowerBound, CivilDate.acceptedYears.upperBound)
            return language.text(.dateImplausibleYear, ["year": year, "low": low, "high": high])
        }
    }
}
