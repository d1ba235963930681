#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SimguideCore

/// What is done with a plan, decided once for the full-screen wizard, the line wizard and `simguide
/// plan`: the plan as the user sees it (ticks and renewal deadline included) in every format, the file
/// names, the extension that follows the format, when a file is replaced, and what the plan offers
/// (letters, a renewal reminder).
public struct PlanActions {
    public let plan: Plan
    public let language: Language
    /// Tick keys of the steps and documents ticked off.
    public let ticked: Set<String>
    /// The renewal deadline computed from a date the user gave, if any.
    public let deadline: RenewalDeadline?
    /// Today as `YYYY-MM-DD`, for file names and the "made on" line of files.
    public let today: String

    public init(plan: Plan, language: Language, ticked: Set<String> = [], deadline: RenewalDeadline? = nil, today: String) {
        self.plan = plan
        self.language = language
        self.ticked = ticked
        self.deadline = deadline
        self.today = today
    }

    /// The date a renewal deadline is computed from, and the form field (saved with the session) it is
    /// typed into.
    public enum ReminderDate: String, CaseIterable, Sendable {
        case lastTopUp = "reminder.last_top_up"
        case expiry = "reminder.expiry"
    }

    /// The form field that remembers which date the last saved reminder used.
    public static let reminderKindField = "reminder.kind"

    /// The deadline from the date typed into `fields` for `kind`; throws `CivilDate.Problem` or
    /// `RenewalDeadline.Problem` with what is wrong.
    public static func deadline(_ kind: ReminderDate, fields: [String: String], rule: ReminderRule?) throws -> RenewalDeadline {
        let date = try CivilDate(parsing: fields[kind.rawValue] ?? "")
        return try RenewalDeadline(kind == .lastTopUp ? .lastTopUp(date) : .expiry(date), rule: rule)
    }

    /// The deadline of the last reminder saved (as the form fields of a session remember it), if any.
    public static func savedDeadline(fields: [String: String], rule: ReminderRule?) -> RenewalDeadline? {
        guard let kind = fields[reminderKindField].flatMap(ReminderDate.init(rawValue:)) else { return nil }
        return try? deadline(kind, fields: fields, rule: rule)
    }

    /// The plan in `format`, exactly as on screen. A file or a printer gets pages and the day it was
    /// made (`forPaper`); a terminal gets one run of text.
    public func render(_ format: PlanFormat, forPaper: Bool) throws -> String {
        try format.render(plan, language: language, ticked: ticked, paged: forPaper, date: forPaper ? today : nil, deadline: deadline)
    }

    /// The plan as text for a terminal of `width` columns (the scrollback after quitting the wizard).
    public func text(width: Int) -> String {
        PlanTextRenderer(language: language, width: width, deadline: deadline).render(plan, ticked: ticked)
    }

    /// Whether the plan offers a renewal reminder: renewal plans only.
    public var offersReminder: Bool {
        plan.reminder != nil || plan.answers.contains { $0.question.id == "action" && $0.option.value == "renew" }
    }

    /// Whether the plan comes with letters to fill in.
    public var offersLetters: Bool { !plan.letters.isEmpty }

    /// The default export file name, such as `simguide-plan-2026-11-22.html`.
    public func exportFileName(_ format: PlanFormat) -> String { format.defaultFileName(today: today) }

    /// `path` with its extension made to match `format` when it is one of the plan formats' extensions
    /// (so HTML is never written as `.txt`); any other name is left as the user typed it.
    public static func path(_ path: String, for format: PlanFormat) -> String {
        let known = Set(PlanFormat.allCases.map(\.fileExtension))
        let ext = FilePaths.pathExtension(path)
        guard known.contains(ext.lowercased()), ext.lowercased() != format.fileExtension else { return path }
        return FilePaths.removingExtension(path) + "." + format.fileExtension
    }

    /// The files a letter is saved to in `folder`: text and HTML.
    public func letterPaths(_ letter: Letter, folder: String) -> [String] {
        let base = FilePaths.join(folder, "\(letter.id)-\(today)")
        return [base + ".txt", base + ".html"]
    }

    /// The calendar file for a renewal reminder in `folder`.
    public func reminderPath(_ deadline: RenewalDeadline, folder: String) -> String {
        FilePaths.join(folder, "simguide-renewal-\(deadline.expiry).ics")
    }

    /// A calendar UID that stays the same for one session (or one set of answers), so importing the
    /// reminder again updates the event instead of adding a second one.
    public func calendarUID(session id: String?) -> String {
        "renewal-\(id ?? plan.answers.map(\.option.value).joined(separator: "-"))@simguide"
    }

    /// The rule for replacing files: a file that exists is replaced only once the user confirmed;
    /// a path that does not exist, or is a folder (writing then fails with a clear error), needs no question.
    public static func needsConfirmation(toWrite paths: [String]) -> Bool {
        paths.contains { path in
            var status = stat()
            return stat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFDIR
        }
    }
}
