#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Sources with a malformed URL or date, steps with no source, and declarations nothing uses.
struct CatalogCheck {
    let flow: Flow
    let today: String

    func findings() -> [Finding] {
        var found: [Finding] = []
        for source in flow.sources {
            if !Self.isWebAddress(source.url) {
                found.append(Finding(.error, .badURL, at: source.position,
                                     "source '\(source.id)' has URL '\(source.url)'; write a full http(s):// address, with no user name, backslash or space"))
            }
            if !Self.isDate(source.checked) {
                found.append(Finding(.error, .badDate, at: source.position,
                                     "source '\(source.id)' has checked date '\(source.checked)'; write a real date as YYYY-MM-DD"))
            } else if source.checked > today {
                found.append(Finding(.error, .badDate, at: source.position,
                                     "source '\(source.id)' was checked on \(source.checked), which is in the future"))
            }
        }
        for contact in flow.contacts {
            if let url = contact.url, !Self.isWebAddress(url) {
                found.append(Finding(.error, .badURL, at: contact.position,
                                     "contact '\(contact.id)' has URL '\(url)'; write a full http(s):// address"))
            }
            if contact.url == nil && contact.phone == nil {
                found.append(Finding(.error, .emptyContact, at: contact.position,
                                     "contact '\(contact.id)' has neither 'phone' nor 'url'; give at least one"))
            }
        }
        for rule in flow.rules {
            if rule.steps.isEmpty && rule.warnings.isEmpty {
                found.append(Finding(.warning, .emptyRule, at: rule.position, "rule '\(rule.id)' adds nothing to a plan"))
            }
            if let reminder = rule.reminder, reminder.sources.isEmpty {
                found.append(Finding(.error, .noSource, at: reminder.position,
                                     "the reminder in rule '\(rule.id)' cites no source; add 'sources: [...]'"))
            }
            for step in rule.steps where step.sources.isEmpty {
                found.append(Finding(.error, .noSource, at: step.position,
                                     "a step in rule '\(rule.id)' cites no source; add 'sources: [...]'"))
            }
        }
        let steps = flow.rules.flatMap(\.steps)
        let usedDocuments = Set(steps.flatMap(\.documents).map(\.id) + flow.letters.flatMap(\.enclosures).map(\.id))
        let usedContacts = Set(steps.flatMap(\.contacts).map(\.id))
        let usedSources = Set(steps.flatMap(\.sources).map(\.id) + flow.rules.flatMap(\.warnings).flatMap(\.sources).map(\.id)
            + flow.rules.compactMap(\.reminder).flatMap(\.sources).map(\.id) + flow.letters.flatMap(\.sources).map(\.id))
        for document in flow.documents where !usedDocuments.contains(document.id) {
            found.append(Finding(.warning, .unused, at: document.position, "document '\(document.id)' is never used"))
        }
        for contact in flow.contacts where !usedContacts.contains(contact.id) {
            found.append(Finding(.warning, .unused, at: contact.position, "contact '\(contact.id)' is never used"))
        }
        for source in flow.sources where !usedSources.contains(source.id) {
            found.append(Finding(.warning, .unused, at: source.position, "source '\(source.id)' is never cited"))
        }
        return found
    }

    static func isWebAddress(_ text: String) -> Bool {
        WebAddress.host(of: text)?.contains(".") == true
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }
}
