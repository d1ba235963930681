/// Every kind of lint finding, as a stable name (`unknown-question`, `dead-end`, ...) that scripts and
/// the docs refer to. The table in `docs/flow-format.md` lists every case; a test keeps the two in step.
public enum FindingCode: String, CaseIterable, Sendable {
    // References and ids
    case duplicateID = "duplicate-id"
    case unknownQuestion = "unknown-question"
    case unknownValue = "unknown-value"
    case unknownDocument = "unknown-document"
    case unknownContact = "unknown-contact"
    case unknownSource = "unknown-source"
    case unknownBlank = "unknown-blank"
    case noOptions = "no-options"
    case cycle
    // Paths
    case deadEnd = "dead-end"
    case emptyPlan = "empty-plan"
    case noActStep = "no-act-step"
    case noDocument = "no-document"
    case carrierUncovered = "carrier-uncovered"
    case letterWithoutChannel = "letter-without-channel"
    case unreachable
    case optionNeverShown = "option-never-shown"
    case ruleNeverMatches = "rule-never-matches"
    case tooManyPaths = "too-many-paths"
    // Texts
    case missingTranslation = "missing-translation"
    case controlCharacter = "control-character"
    case handle
    case domainNotAllowed = "domain-not-allowed"
    // Catalogue
    case badURL = "bad-url"
    case badDate = "bad-date"
    case noSource = "no-source"
    case emptyContact = "empty-contact"
    case emptyRule = "empty-rule"
    case unused
    case fileNotIncluded = "file-not-included"
    // Interface texts (Resources/interface/*.txt)
    case interfaceTextUnreadable = "interface-text-unreadable"
    case interfaceTextMissing = "interface-text-missing"
    case interfaceTextPlaceholder = "interface-text-placeholder"
    case interfaceTextUnknown = "interface-text-unknown"
    // Content that ages
    case reviewDue = "review-due"
    case reviewOverdue = "review-overdue"
    case expired
}
