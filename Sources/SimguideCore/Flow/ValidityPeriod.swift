/// The days a fact holds: a fee charged from a given day, an offer that ends. A step or warning with a
/// period is in a plan only on the days it covers (`valid_from`, `valid_until`, both included).
public struct ValidityPeriod: Hashable, Sendable {
    public let from: CivilDate?
    public let until: CivilDate?

    public init(from: CivilDate? = nil, until: CivilDate? = nil) {
        self.from = from
        self.until = until
    }

    /// Always valid: no start and no end.
    public static let always = ValidityPeriod()

    public func includes(_ day: CivilDate) -> Bool {
        (from.map { $0 <= day } ?? true) && (until.map { day <= $0 } ?? true)
    }
}
