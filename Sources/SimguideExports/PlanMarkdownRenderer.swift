import SimguideCore

/// Renders a plan as Markdown: headings per phase, task-list boxes, sources as links.
public struct PlanMarkdownRenderer {
    public let language: Language
    /// The day the plan is made, printed at the end when given.
    public let date: String?
    /// The renewal deadline computed from what the user entered, shown under the situation.
    public let deadline: RenewalDeadline?

    public init(language: Language, date: String? = nil, deadline: RenewalDeadline? = nil) {
        self.language = language
        self.date = date
        self.deadline = deadline
    }

    /// The plan as Markdown; items whose tick keys are in `ticked` are shown as done (`- [x]`).
    public func render(_ plan: Plan, ticked: Set<String> = []) -> String {
        let labels = PlanLabels(language: language)
        var out: [String] = ["# \(escape(plan.flowTitle.text(language))) — \(labels.planTitle)", "", "## \(labels.situation)", ""]
        for (question, option) in plan.answers {
            out.append("- **\(escape(question.prompt.text(language)))** \(escape(option.label.text(language)))")
        }
        if deadline != nil || plan.reminder != nil {
            out += ["", "## \(labels.renewalDeadline)", ""]
            out += labels.deadlineLines(deadline, rule: plan.reminder, plan: plan).map { escape($0) + "  " }
        }
        var number = 0
        for section in plan.sections {
            out += ["", "## \(section.phase.title(language))", ""]
            for step in section.steps {
                number += 1
                let box = ticked.contains(PlanLine.tickKey(step)) ? "[x]" : "[ ]"
                let due = plan.reviewOverdue(step.sources)
                out.append("- \(box) **\(number). \(escape((due == nil ? "" : labels.toConfirmMark) + step.title.text(language)))** (\(step.channel.title(language)))")
                var details: [String] = []
                if let due { details.append(escape(labels.toConfirm(since: due))) }
                if let text = step.text { details.append(escape(text.text(language))) }
                if let cost = step.cost { details.append(labels.colon(labels.cost) + escape(cost.text(language))) }
                if let duration = step.duration { details.append(labels.colon(labels.duration) + escape(duration.text(language))) }
                if let deadline = step.deadline { details.append(labels.colon(labels.deadline) + escape(deadline.text(language))) }
                let documents = step.documents.compactMap { ref in plan.documents.first { $0.id == ref.id }?.name.text(language) }
                if !documents.isEmpty { details.append(labels.colon(labels.needs) + escape(labels.list(documents))) }
                let contacts = step.contacts.compactMap { ref in plan.contacts.first { $0.id == ref.id } }
                    .map { [$0.name.text(language), $0.phone].compactMap { $0 }.joined(separator: " ") }
                if !contacts.isEmpty { details.append(labels.colon(labels.contact) + escape(labels.list(contacts))) }
                let cited = citations(step.sources, plan)
                if !cited.isEmpty { details.append(labels.colon(labels.sources) + cited) }
                out += details.map { "  \($0)  " }
            }
        }
        if !plan.documents.isEmpty {
            out += ["", "## \(labels.documents)", ""]
            for document in plan.documents {
                let note = document.note.map { " — " + escape($0.text(language)) } ?? ""
                let box = ticked.contains(PlanLine.tickKey(document)) ? "[x]" : "[ ]"
                out.append("- \(box) \(escape(document.name.text(language)))\(note)")
            }
        }
        if !plan.contacts.isEmpty {
            out += ["", "## \(labels.contacts)", ""]
            for contact in plan.contacts {
                var parts = [escape(contact.name.text(language))]
                if let phone = contact.phone { parts.append("**\(escape(phone))**") }
                if let abroad = contact.fromAbroad { parts.append("(\(labels.colon(labels.fromAbroad))\(escape(abroad.text(language))))") }
                if let url = contact.url { parts.append(autolink(url)) }
                if let note = contact.note { parts.append("— " + escape(note.text(language))) }
                out.append("- " + parts.joined(separator: " "))
            }
        }
        if !plan.warnings.isEmpty {
            out += ["", "## \(labels.warnings)", ""]
            for warning in plan.warnings {
                let cited = citations(warning.sources, plan)
                out.append("- ⚠ \(escape(warning.text.text(language)))\(cited.isEmpty ? "" : " " + cited)")
            }
        }
        if !plan.sources.isEmpty {
            out += ["", "## \(labels.sources)", ""]
            for (index, source) in plan.sources.enumerated() {
                out.append("\(index + 1). \(link(source.title.text(language), to: source.url)) — \(escape(labels.sourceNote(source, on: plan.day)))")
            }
        }
        out += ["", "*\(escape(labels.disclaimer))*", "", escape(labels.reportLine), "", labels.versionLine(plan.flowVersion, madeOn: date)]
        return out.joined(separator: "\n") + "\n"
    }

    private func citations(_ references: [Reference], _ plan: Plan) -> String {
        references.compactMap { plan.citation($0.id) }.map { "[\($0)]" }.joined()
    }

    /// `[text](url)` for a web address, with the text escaped and the address percent-encoded so that
    /// nothing in it can close the link or start another; anything but http(s) is shown as plain text.
    private func link(_ text: String, to url: String) -> String {
        guard let encoded = Self.encodedWebAddress(url) else { return escape(text) + " (" + escape(url) + ")" }
        return "[\(escape(text))](\(encoded))"
    }

    /// `<url>`, an autolink, for a web address; plain escaped text otherwise.
    private func autolink(_ url: String) -> String {
        Self.encodedWebAddress(url).map { "<\($0)>" } ?? escape(url)
    }

    /// The address with every character that Markdown or HTML could read as syntax (`( ) < > [ ] " '`,
    /// spaces, backslashes, backticks, controls, non-ASCII) percent-encoded; `nil` unless it is http(s).
    static func encodedWebAddress(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        let kept = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#@!$&*+,;=%".utf8)
        var out = ""
        for byte in url.utf8 {
            if kept.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }

    /// Escapes the characters that would start Markdown syntax inside running text.
    private func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
