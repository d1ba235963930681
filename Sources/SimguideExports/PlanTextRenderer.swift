#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore

/// Renders a plan as plain text that fits a given width (80 columns by default), wrapping Chinese and
/// English by display columns. Used by `simguide plan` and the line-mode wizard.
public struct PlanTextRenderer {
    public let language: Language
    public let width: Int
    /// The day the plan is made, printed at the end when given.
    public let date: String?
    /// The renewal deadline computed from what the user entered, shown under the situation.
    public let deadline: RenewalDeadline?

    public init(language: Language, width: Int = 80, date: String? = nil, deadline: RenewalDeadline? = nil) {
        self.language = language
        self.width = max(30, width)
        self.date = date
        self.deadline = deadline
    }

    public func render(_ plan: Plan, ticked: Set<String> = []) -> String {
        lines(plan, ticked: ticked).map(\.text).joined(separator: "\n") + "\n"
    }

    /// The plan for paper: pages of at most `pageLength` lines separated by form feeds. A page ends before
    /// a heading or a step when one is near, so a step is not split across pages if it can be helped.
    public func renderPages(_ plan: Plan, ticked: Set<String> = [], pageLength: Int = 62) -> String {
        let all = lines(plan, ticked: ticked)
        let length = max(10, pageLength)
        var pages: [[PlanLine]] = []
        var start = 0
        while start < all.count {
            var end = min(all.count, start + length)
            if end < all.count {
                // Break before the last item or heading in the lower third of the page, if there is one.
                let earliest = start + length * 2 / 3
                if let cut = (earliest..<end).last(where: { all[$0].tickKey != nil || (all[$0].kind == .heading && all[$0].text.isEmpty) }) {
                    end = cut
                }
            }
            var page = Array(all[start..<end])
            while page.first?.text.isEmpty == true { page.removeFirst() }
            pages.append(page)
            start = end
        }
        return pages.map { $0.map(\.text).joined(separator: "\n") + "\n" }.joined(separator: "\u{0C}")
    }

    /// The plan as lines; a step's or document's first line carries its tick key, and the box shows
    /// `[x]` when that key is in `ticked`.
    public func lines(_ plan: Plan, ticked: Set<String> = []) -> [PlanLine] {
        let labels = PlanLabels(language: language)
        var out: [PlanLine] = []
        let title = "\(plan.flowTitle.text(language)) — \(labels.planTitle)"
        out += plain(TextLayout.wrap(title, width: width), .heading)
        out += plain([String(repeating: "=", count: min(width, max(DisplayWidth.of(title), 20))), ""], .heading)

        out += plain([labels.situation], .heading)
        for (question, option) in plan.answers {
            out += plain(TextLayout.wrap(labels.answerLine(question.prompt.text(language), option.label.text(language)), width: width, prefix: "  "))
        }

        if deadline != nil || plan.reminder != nil {
            out += heading(labels.renewalDeadline)
            out += plain(labels.deadlineLines(deadline, rule: plan.reminder, plan: plan).flatMap { TextLayout.wrap($0, width: width, prefix: "  ") })
        }

        var number = 0
        for section in plan.sections {
            out += heading(section.phase.title(language))
            for step in section.steps {
                number += 1
                let key = PlanLine.tickKey(step)
                var lines = plain(stepLines(step, number: number, box: box(key, ticked), plan: plan, labels: labels))
                lines[0] = PlanLine(text: lines[0].text, kind: .item, tickKey: key)
                out += lines
            }
        }

        if !plan.documents.isEmpty {
            out += heading(labels.documents)
            for document in plan.documents {
                var line = document.name.text(language)
                if let note = document.note { line += " — " + note.text(language) }
                let key = PlanLine.tickKey(document)
                var lines = plain(TextLayout.wrap(line, width: width, prefix: "  \(box(key, ticked)) "))
                lines[0] = PlanLine(text: lines[0].text, kind: .item, tickKey: key)
                out += lines
            }
        }
        if !plan.contacts.isEmpty {
            out += heading(labels.contacts)
            for contact in plan.contacts { out += plain(contactLines(contact, labels: labels)) }
        }
        if !plan.warnings.isEmpty {
            out += heading(labels.warnings)
            for warning in plan.warnings {
                out += plain(TextLayout.wrap(warning.text.text(language) + citations(warning.sources, plan, labels), width: width, prefix: "  ! "), .warning)
            }
        }
        if !plan.sources.isEmpty {
            out += heading(labels.sources)
            for (index, source) in plan.sources.enumerated() {
                let line = "\(source.title.text(language)) (\(labels.sourceNote(source, on: plan.day)))"
                out += plain(TextLayout.wrap(line, width: width, prefix: "  [\(index + 1)] ") + ["      \(source.url)"])
            }
        }
        out += plain([""] + TextLayout.wrap(labels.disclaimer, width: width) + TextLayout.wrap(labels.reportLine, width: width)
                     + [labels.versionLine(plan.flowVersion, madeOn: date)])
        return out
    }

    // MARK: Private

    private func heading(_ text: String) -> [PlanLine] {
        plain(["", text, String(repeating: "-", count: min(width, max(DisplayWidth.of(text), 4)))], .heading)
    }

    private func plain(_ texts: [String], _ kind: PlanLine.Kind = .text) -> [PlanLine] {
        texts.map { PlanLine(text: $0, kind: kind, tickKey: nil) }
    }

    private func box(_ key: String, _ ticked: Set<String>) -> String { ticked.contains(key) ? "[x]" : "[ ]" }

    private func stepLines(_ step: Step, number: Int, box: String, plan: Plan, labels: PlanLabels) -> [String] {
        let prefix = "  \(box) \(number). "
        let indent = String(repeating: " ", count: DisplayWidth.of(prefix))
        let due = plan.reviewOverdue(step.sources)
        let mark = due == nil ? "" : labels.toConfirmMark
        var lines = TextLayout.wrap("\(mark)\(step.title.text(language)) (\(step.channel.title(language)))", width: width, prefix: prefix)
        func field(_ text: String) { lines += TextLayout.wrap(text, width: width, prefix: indent) }
        if let due { field(labels.toConfirm(since: due)) }
        if let text = step.text { field(text.text(language)) }
        var facts: [String] = []
        if let cost = step.cost { facts.append(labels.colon(labels.cost) + cost.text(language)) }
        if let duration = step.duration { facts.append(labels.colon(labels.duration) + duration.text(language)) }
        if let deadline = step.deadline { facts.append(labels.colon(labels.deadline) + deadline.text(language)) }
        for fact in facts { field(fact) }
        let documents = step.documents.compactMap { ref in plan.documents.first { $0.id == ref.id }?.name.text(language) }
        if !documents.isEmpty { field(labels.colon(labels.needs) + labels.list(documents)) }
        let contacts = step.contacts.compactMap { ref in plan.contacts.first { $0.id == ref.id } }.map(contactSummary)
        if !contacts.isEmpty { field(labels.colon(labels.contact) + labels.list(contacts)) }
        let cited = citations(step.sources, plan, labels)
        if !cited.isEmpty { field(labels.colon(labels.sources) + cited.trimmingSpaces()) }
        return lines
    }

    private func contactSummary(_ contact: Contact) -> String {
        [contact.name.text(language), contact.phone].compactMap { $0 }.joined(separator: " ")
    }

    private func contactLines(_ contact: Contact, labels: PlanLabels) -> [String] {
        var lines = TextLayout.wrap(contactSummary(contact), width: width, prefix: "  - ")
        if let abroad = contact.fromAbroad { lines += TextLayout.wrap(labels.colon(labels.fromAbroad) + abroad.text(language), width: width, prefix: "    ") }
        if let url = contact.url { lines.append("    \(url)") }
        if let note = contact.note { lines += TextLayout.wrap(note.text(language), width: width, prefix: "    ") }
        return lines
    }

    private func citations(_ references: [Reference], _ plan: Plan, _ labels: PlanLabels) -> String {
        let numbers = references.compactMap { plan.citation($0.id) }
        return numbers.isEmpty ? "" : labels.citationSpace + numbers.map { "[\($0)]" }.joined()
    }
}
