#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SimguideCore
import SimguideExports
import SimguideStore

/// The plan screen's dialogs: what their keys do (export, letter, reminder), and what they save.
extension WizardApp {
    /// The start-up picker: continue a saved session (the keeper then saves into it) or start afresh.
    func handlePicker(_ key: KeyEvent) -> Outcome? {
        guard var picker = picking else { return nil }
        switch picker.handle(key) {
        case .none: picking = picker
        case .startAfresh: picking = nil
        case .quit: return .quit(sawPlan: false)
        case .resume(let saved):
            if let keeper {
                let resumed = SessionKeeper(store: keeper.store, record: saved)
                do {
                    try resumed.takeLock()
                } catch let held as SessionLock.HeldElsewhere {
                    picker.note = CursesStrings(language: language).heldElsewhere(held.pid)
                    picking = picker
                    return nil
                } catch {}
                self.keeper = resumed
            }
            picking = nil
            restore(saved)
        }
        return nil
    }

    func handleExport(_ key: KeyEvent) {
        guard var dialog = exporting else { return }
        defer { if exporting != nil { exporting = dialog } }
        let strings = CursesStrings(language: language)
        switch dialog.handle(key) {
        case .none: break
        case .close: exporting = nil
        case .print:
            guard let actions = planActions, let printer else { return }
            do {
                try printer(try actions.render(.text, forPaper: true))
                dialog.result = (strings.printed, false)
            } catch {
                dialog.result = (strings.problem(error), true)
            }
        case .save:
            guard let actions = planActions, let format = dialog.format else { return }
            let target = dialog.resolvedPath(home: home, folder: workingFolder)
            if PlanActions.needsConfirmation(toWrite: [target]) && !dialog.confirmingReplace {
                dialog.confirmingReplace = true
                dialog.result = (strings.replaceQuestion, false)
                return
            }
            dialog.confirmingReplace = false
            do {
                var status = stat()
                if stat(target, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                    throw FolderInTheWay(path: target)
                }
                try refuseFlowFiles([target])
                let text = try actions.render(format, forPaper: true)
                try AtomicFile.write(Data(text.utf8), to: target)
                dialog.result = (strings.savedTo(target), false)
                fields["export.path"] = dialog.path
            } catch {
                dialog.result = (strings.problem(error), true)
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
            guard let actions = planActions, let letter = dialog.letter else { return }
            let paths = actions.letterPaths(letter, folder: workingFolder)
            if PlanActions.needsConfirmation(toWrite: paths) && !dialog.confirmingReplace {
                dialog.confirmingReplace = true
                dialog.result = (CursesStrings(language: language).replaceLetterQuestion, false)
                return
            }
            dialog.confirmingReplace = false
            let values = Dictionary(uniqueKeysWithValues: session.flow.letterBlanks.map(\.id).map { ($0, fields["letter." + $0] ?? defaultValue($0)) })
            let renderer = LetterRenderer(language: language)
            do {
                try refuseFlowFiles(paths)
                // A letter holds the user's name, address and number: new files are readable by them only.
                try AtomicFile.write(Data(renderer.text(letter, plan: actions.plan, fields: values).utf8), to: paths[0],
                                     permissions: AtomicFile.privatePermissions)
                try AtomicFile.write(Data(renderer.html(letter, plan: actions.plan, fields: values).utf8), to: paths[1],
                                     permissions: AtomicFile.privatePermissions)
                dialog.result = (CursesStrings(language: language).savedTo(paths.joined(separator: " ")), false)
            } catch {
                dialog.result = (CursesStrings(language: language).problem(error), true)
            }
        }
    }

    func handleCards(_ key: KeyEvent) -> Outcome? {
        guard var list = listingCards, let book = cards else {
            listingCards = nil
            return nil
        }
        let strings = CursesStrings(language: language)
        let action = list.handle(key)
        listingCards = list
        func refresh(_ done: String) throws {
            let entries = CardAgenda.ranked(try book.entries())
            guard !entries.isEmpty else { return closeCards() }
            let id = list.focused?.id
            list.entries = entries
            list.selected = entries.firstIndex { $0.id == id } ?? min(list.selected, entries.count - 1)
            list.result = (done, false)
            listingCards = list
        }
        do {
            switch action {
            case .none: break
            case .quit: return .quit(sawPlan: false)
            case .close: closeCards()
            case .open(let id): open(cardEntry: list.entries.first { $0.id == id }, action: nil)
            case .cancel(let id): open(cardEntry: list.entries.first { $0.id == id }, action: "cancel")
            case .toppedUp(let id):
                try book.toppedUp(id)
                try refresh(strings.toppedUpRecorded)
            case .expires(let id, let typed):
                let day = try CivilDate(parsing: typed)
                try book.expires(id, day.description)
                try refresh(strings.expiryRecorded(day.description))
            case .remove(let id):
                let name = list.entries.first { $0.id == id }?.name ?? ""
                try book.remove(id)
                try refresh(strings.cardRemoved(name))
            }
        } catch {
            list.result = (strings.problem(error), true)
            if listingCards != nil { listingCards = list }
        }
        return nil
    }

    /// Closes the card list and offers the saved sessions it was shown before.
    private func closeCards() {
        listingCards = nil
        offerSavedSessions(sessionsAfterCards)
        sessionsAfterCards = []
    }

    /// Continues with a kept card: its renewal plan (with the expiry it records), or, with `action`, the
    /// same situation with another action (its cancellation), asking what that path needs.
    private func open(cardEntry entry: CardAgenda.Entry?, action: String?) {
        guard let entry else { return }
        listingCards = nil
        sessionsAfterCards = []
        let answers = entry.answers.map { ($0.question, $0.question == "action" ? (action ?? $0.value) : $0.value) }
        session.replay(answers)
        if action == nil, let expires = entry.expires {
            fields[PlanActions.reminderKindField] = PlanActions.ReminderDate.expiry.rawValue
            fields[PlanActions.ReminderDate.expiry.rawValue] = expires
        }
        enterCurrent()
    }

    func handleKeepCard(_ key: KeyEvent) {
        guard var dialog = keepingCard else { return }
        defer { if keepingCard != nil { keepingCard = dialog } }
        let strings = CursesStrings(language: language)
        switch dialog.handle(key) {
        case .none: break
        case .close: keepingCard = nil
        case .save:
            let name = dialog.name.trimmingSpaces()
            guard !name.isEmpty, let keepCard else {
                dialog.result = (strings.cardNameNeeded, true)
                return
            }
            // The date the reminder dialog recorded, if any: the operator's expiry, or the last top-up.
            let kind = fields[PlanActions.reminderKindField].flatMap(PlanActions.ReminderDate.init(rawValue:))
            let date = kind.flatMap { fields[$0.rawValue] }.flatMap { try? CivilDate(parsing: $0) }?.description
            let answers = session.history.compactMap { id in session.answers[id].map { (question: id, value: $0) } }
            do {
                let kept = try keepCard(name, answers, kind == .lastTopUp ? date : nil, kind == .expiry ? date : nil)
                dialog.kept = true
                dialog.result = (strings.cardKept(kept, dated: date != nil), false)
            } catch {
                dialog.result = (strings.problem(error), true)
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
            guard let actions = planActions else { return }
            do {
                let deadline = try renewalDeadline(kind: dialog.kind)
                let path = actions.reminderPath(deadline, folder: workingFolder)
                let stamp = ReminderCalendar.stamp()
                let uid = actions.calendarUID(session: keeper?.record.id)
                let calendar = ReminderCalendar(language: language).render(deadline, plan: actions.plan, uid: uid, stamp: stamp)
                try refuseFlowFiles([path])
                try AtomicFile.write(Data(calendar.utf8), to: path)
                fields[PlanActions.reminderKindField] = dialog.kind.rawValue
                // A deadline already past is saved (the user may still act at once), with a warning.
                if let now = CivilDate(today), deadline.renewBy < now {
                    dialog.result = (strings.deadlinePassed(deadline) + " " + strings.reminderSaved(deadline, path), true)
                } else {
                    dialog.result = (strings.reminderSaved(deadline, path), false)
                }
            } catch {
                dialog.result = (strings.problem(error), true)
            }
        }
    }

    /// The deadline from the date typed for `kind`; throws with what is wrong, for the dialog.
    func renewalDeadline(kind: ReminderDialog.Kind) throws -> RenewalDeadline {
        try PlanActions.deadline(kind, fields: fields, rule: plan?.reminder)
    }

    /// The deadline the user last saved a reminder for, shown on the plan screen.
    var savedDeadline: RenewalDeadline? { PlanActions.savedDeadline(fields: fields, rule: plan?.reminder) }

    /// What a letter blank holds before the user types: today's date for `date`, nothing otherwise.
    func defaultValue(_ field: String) -> String { field == "date" ? today : "" }
}

/// An export path that names a folder, told before trying to write so the message is in the user's language.
struct FolderInTheWay: Error {
    let path: String
}

/// An export or letter aimed at a file of the flow in use, which would destroy the content it came from.
struct FlowFileInTheWay: Error {
    let path: String
}

extension WizardApp {
    /// Refuses to write over a file of the flow in use (`simguide plan --output` refuses the same).
    func refuseFlowFiles(_ paths: [String]) throws {
        let flowFiles = Set(session.flow.files.map(FileIdentity.init(path:)))
        if let path = paths.first(where: { flowFiles.contains(FileIdentity(path: $0)) }) { throw FlowFileInTheWay(path: path) }
    }
}
