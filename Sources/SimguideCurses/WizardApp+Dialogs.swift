import Foundation
import SimguideCore
import SimguideExports
import SimguideStore

/// The plan screen's dialogs: what their keys do (export, letter, reminder), and what they save.
extension WizardApp {
    func handleExport(_ key: KeyEvent) {
        guard var dialog = exporting else { return }
        defer { if exporting != nil { exporting = dialog } }
        let strings = CursesStrings(language: language)
        switch dialog.handle(key) {
        case .none: break
        case .close: exporting = nil
        case .print:
            guard let plan, let printer else { return }
            do {
                try printer(try PlanFormat.text.render(plan, language: language, ticked: ticks, paged: true, date: today))
                dialog.result = (strings.printed, false)
            } catch {
                dialog.result = (strings.exportFailed("\(error)"), true)
            }
        case .save:
            guard let plan, let format = dialog.format else { return }
            let target = dialog.resolvedPath(home: home, folder: workingFolder)
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: target, isDirectory: &isFolder)
            if exists && !isFolder.boolValue && !dialog.confirmingReplace {
                dialog.confirmingReplace = true
                dialog.result = (strings.replaceQuestion, false)
                return
            }
            dialog.confirmingReplace = false
            do {
                let text = try format.render(plan, language: language, ticked: ticks, paged: true, date: today)
                try AtomicFile.write(Data(text.utf8), to: target)
                dialog.result = (strings.savedTo(target), false)
                fields["export.path"] = dialog.path
            } catch {
                dialog.result = (strings.exportFailed("\(error)"), true)
            }
        }
    }

    func handleLetter(_ key: KeyEvent) {
        guard var dialog = writingLetter else { return }
        defer { if writingLetter != nil { writingLetter = dialog } }
        switch dialog.handle(key, answers: session.answers) {
        case .none: break
        case .close: writingLetter = nil
        case .type(let field, let character): fields["letter." + field, default: defaultValue(field)].append(character)
        case .erase(let field):
            var value = fields["letter." + field] ?? defaultValue(field)
            if !value.isEmpty { value.removeLast() }
            fields["letter." + field] = value
        case .clear(let field): fields["letter." + field] = ""
        case .save:
            guard let plan, let letter = dialog.letter else { return }
            let values = Dictionary(uniqueKeysWithValues: Letter.fields.map { ($0, fields["letter." + $0] ?? defaultValue($0)) })
            let renderer = LetterRenderer(language: language)
            let base = (workingFolder as NSString).appendingPathComponent("\(letter.id)-\(today)")
            do {
                try AtomicFile.write(Data(renderer.text(letter, plan: plan, fields: values).utf8), to: base + ".txt")
                try AtomicFile.write(Data(renderer.html(letter, plan: plan, fields: values).utf8), to: base + ".html")
                dialog.result = (CursesStrings(language: language).savedTo(base + ".txt / .html"), false)
            } catch {
                dialog.result = (CursesStrings(language: language).exportFailed("\(error)"), true)
            }
        }
    }

    func handleReminder(_ key: KeyEvent) {
        guard var dialog = settingReminder else { return }
        defer { if settingReminder != nil { settingReminder = dialog } }
        let strings = CursesStrings(language: language)
        switch dialog.handle(key) {
        case .none: break
        case .close: settingReminder = nil
        case .type(let field, let character): fields[field, default: ""].append(character)
        case .erase(let field):
            if fields[field]?.isEmpty == false { fields[field]?.removeLast() }
        case .save:
            guard let plan else { return }
            do {
                let deadline = try renewalDeadline(kind: dialog.kind)
                let path = (workingFolder as NSString).appendingPathComponent("simguide-renewal-\(deadline.expiry).ics")
                let stamp = ReminderCalendar.stamp()
                let uid = "renewal-\(keeper?.record.id ?? session.history.compactMap { session.answers[$0] }.joined(separator: "-"))@simguide"
                let calendar = ReminderCalendar(language: language).render(deadline, plan: plan, uid: uid, stamp: stamp)
                try AtomicFile.write(Data(calendar.utf8), to: path)
                fields["reminder.kind"] = dialog.kind.rawValue
                dialog.result = (strings.reminderSaved(deadline, path), false)
            } catch {
                dialog.result = (strings.exportFailed("\(error)"), true)
            }
        }
    }

    /// The deadline from the date typed for `kind`; throws with a message for the dialog.
    func renewalDeadline(kind: ReminderDialog.Kind) throws -> RenewalDeadline {
        let text = fields[kind.rawValue] ?? ""
        guard let date = CivilDate(text) else { throw DateProblem(text: text) }
        return try RenewalDeadline(kind == .lastTopUp ? .lastTopUp(date) : .expiry(date), rule: plan?.reminder)
    }

    /// The deadline the user last saved a reminder for, shown on the plan screen.
    var savedDeadline: RenewalDeadline? {
        guard let kind = fields["reminder.kind"].flatMap(ReminderDialog.Kind.init(rawValue:)) else { return nil }
        return try? renewalDeadline(kind: kind)
    }

    struct DateProblem: Error, CustomStringConvertible {
        let text: String
        var description: String { "'\(text)' is not a date; type it as YYYY-MM-DD" }
    }

    /// What a letter blank holds before the user types: today's date for `date`, nothing otherwise.
    func defaultValue(_ field: String) -> String { field == "date" ? today : "" }
}
