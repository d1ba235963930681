/// A document the user prepares: a passport, the SIM card, a login.
public struct Document: Hashable, Sendable {
    public let id: String
    public let name: LocalizedText
    public let note: LocalizedText?
    public let position: SourcePosition

    public init(id: String, name: LocalizedText, note: LocalizedText?, position: SourcePosition) {
        self.id = id
        self.name = name
        self.note = note
        self.position = position
    }
}

/// An official way to reach a carrier or an authority.
public struct Contact: Hashable, Sendable {
    public let id: String
    public let name: LocalizedText
    public let phone: String?
    /// How to call from outside the region, when that differs.
    public let fromAbroad: LocalizedText?
    public let url: String?
    public let note: LocalizedText?
    public let position: SourcePosition

    public init(id: String, name: LocalizedText, phone: String?, fromAbroad: LocalizedText?, url: String?,
                note: LocalizedText?, position: SourcePosition) {
        self.id = id
        self.name = name
        self.phone = phone
        self.fromAbroad = fromAbroad
        self.url = url
        self.note = note
        self.position = position
    }
}

/// Where a fact comes from: a title, a URL and the date it was checked.
public struct Source: Hashable, Sendable {
    /// How far a fact from this source can be trusted.
    public enum Confidence: String, CaseIterable, Sendable {
        case high, medium, low
    }

    public let id: String
    public let title: LocalizedText
    public let url: String
    /// The day the source was last checked, `YYYY-MM-DD`.
    public let checked: String
    public let confidence: Confidence
    /// When it must be checked again (`review:` class or `review_by:` day).
    public let review: SourceReview
    public let position: SourcePosition

    public init(id: String, title: LocalizedText, url: String, checked: String, confidence: Confidence,
                review: SourceReview = .standard, position: SourcePosition) {
        self.id = id
        self.title = title
        self.url = url
        self.checked = checked
        self.confidence = confidence
        self.review = review
        self.position = position
    }

    /// The day by which this source must be checked again; `nil` while `checked` is not a date (lint
    /// reports that).
    public var reviewDate: CivilDate? {
        CivilDate(checked).map { review.date(checked: $0) }
    }
}
