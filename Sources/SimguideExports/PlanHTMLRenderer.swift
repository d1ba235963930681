import SimguideCore

/// Renders a plan as one self-contained HTML page, ready to print on A4: no external files, fonts
/// chosen from those that cover Chinese on common systems, tick boxes, and sources as links.
public struct PlanHTMLRenderer {
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

    /// The page; boxes of items whose tick keys are in `ticked` are shown ticked.
    public func render(_ plan: Plan, ticked: Set<String> = []) -> String {
        let labels = PlanLabels(language: language)
        let title = "\(plan.flowTitle.text(language)) — \(labels.planTitle)"
        var out = [
            "<!DOCTYPE html>",
            "<html lang=\"\(language.text(.languageTag))\">",
            "<head>",
            "<meta charset=\"utf-8\" />",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />",
            "<title>\(html(title))</title>",
            "<style>\n\(Self.style)</style>",
            "</head>",
            "<body>",
            "<h1>\(html(title))</h1>",
            "<h2>\(html(labels.situation))</h2>",
            "<ul class=\"situation\">",
        ]
        for (question, option) in plan.answers {
            out.append("<li>\(html(question.prompt.text(language))) <strong>\(html(option.label.text(language)))</strong></li>")
        }
        out.append("</ul>")
        if deadline != nil || plan.reminder != nil {
            out.append("<h2>\(html(labels.renewalDeadline))</h2>")
            out += labels.deadlineLines(deadline, rule: plan.reminder, plan: plan).enumerated().map { index, line in
                index == 0 && deadline != nil ? "<p class=\"deadline\"><strong>\(html(line))</strong></p>" : "<p>\(html(line))</p>"
            }
        }
        var number = 0
        for section in plan.sections {
            out.append("<h2>\(html(section.phase.title(language)))</h2>")
            out.append("<ol class=\"steps\">")
            for step in section.steps {
                number += 1
                out.append(stepItem(step, number: number, done: ticked.contains(PlanLine.tickKey(step)), plan: plan, labels: labels))
            }
            out.append("</ol>")
        }
        if !plan.documents.isEmpty {
            out += ["<h2>\(html(labels.documents))</h2>", "<ul class=\"checklist\">"]
            for document in plan.documents {
                let note = document.note.map { " <span class=\"note\">— \(html($0.text(language)))</span>" } ?? ""
                out.append("<li>\(box(ticked.contains(PlanLine.tickKey(document))))\(html(document.name.text(language)))\(note)</li>")
            }
            out.append("</ul>")
        }
        if !plan.contacts.isEmpty {
            out += ["<h2>\(html(labels.contacts))</h2>", "<ul class=\"contacts\">"]
            for contact in plan.contacts {
                var parts = [html(contact.name.text(language))]
                if let phone = contact.phone { parts.append("<strong class=\"phone\">\(html(phone))</strong>") }
                if let abroad = contact.fromAbroad { parts.append("(\(html(labels.colon(labels.fromAbroad) + abroad.text(language))))") }
                if let url = contact.url { parts.append("<a href=\"\(html(url))\">\(html(url))</a>") }
                if let note = contact.note { parts.append("<span class=\"note\">— \(html(note.text(language)))</span>") }
                out.append("<li>\(parts.joined(separator: " "))</li>")
            }
            out.append("</ul>")
        }
        if !plan.warnings.isEmpty {
            out += ["<h2>\(html(labels.warnings))</h2>", "<ul class=\"warnings\">"]
            for warning in plan.warnings {
                out.append("<li>\(html(warning.text.text(language)))\(citations(warning.sources, plan))</li>")
            }
            out.append("</ul>")
        }
        if !plan.sources.isEmpty {
            out += ["<h2>\(html(labels.sources))</h2>", "<ol class=\"sources\">"]
            for (index, source) in plan.sources.enumerated() {
                let meta = labels.sourceNote(source, on: plan.day)
                out.append("<li id=\"source-\(index + 1)\"><a href=\"\(html(source.url))\">\(html(source.title.text(language)))</a>"
                    + " <span class=\"note\">(\(html(meta)))</span><br /><span class=\"url\">\(html(source.url))</span></li>")
            }
            out.append("</ol>")
        }
        out += [
            "<footer>",
            "<p>\(html(labels.disclaimer))</p>",
            "<p>\(html(labels.reportLine))</p>",
            "<p>\(html(labels.versionLine(plan.flowVersion, madeOn: date)))</p>",
            "</footer>",
            "</body>",
            "</html>",
        ]
        return out.joined(separator: "\n") + "\n"
    }

    private func stepItem(_ step: Step, number: Int, done: Bool, plan: Plan, labels: PlanLabels) -> String {
        let due = plan.reviewOverdue(step.sources)
        var lines = ["<li class=\"step\">",
                     "<p class=\"title\">\(box(done))<strong>\(number). \(html((due == nil ? "" : labels.toConfirmMark) + step.title.text(language)))</strong>"
                        + " <span class=\"channel\">(\(html(step.channel.title(language))))</span></p>"]
        if let due { lines.append("<p class=\"warning\">\(html(labels.toConfirm(since: due)))</p>") }
        if let text = step.text { lines.append("<p>\(html(text.text(language)))</p>") }
        func fact(_ label: String, _ value: String) {
            lines.append("<p class=\"fact\"><span class=\"label\">\(html(labels.colon(label)))</span>\(value)</p>")
        }
        if let cost = step.cost { fact(labels.cost, html(cost.text(language))) }
        if let duration = step.duration { fact(labels.duration, html(duration.text(language))) }
        if let deadline = step.deadline { fact(labels.deadline, html(deadline.text(language))) }
        let documents = step.documents.compactMap { ref in plan.documents.first { $0.id == ref.id }?.name.text(language) }
        if !documents.isEmpty { fact(labels.needs, html(labels.list(documents))) }
        let contacts = step.contacts.compactMap { ref in plan.contacts.first { $0.id == ref.id } }
            .map { [$0.name.text(language), $0.phone].compactMap { $0 }.joined(separator: " ") }
        if !contacts.isEmpty { fact(labels.contact, html(labels.list(contacts))) }
        let cited = citations(step.sources, plan)
        if !cited.isEmpty { fact(labels.sources, cited) }
        lines.append("</li>")
        return lines.joined(separator: "\n")
    }

    private func box(_ done: Bool) -> String {
        "<span class=\"box\" aria-hidden=\"true\">\(done ? "☑" : "☐")</span> "
    }

    private func citations(_ references: [Reference], _ plan: Plan) -> String {
        references.compactMap { plan.citation($0.id) }.map { "<a class=\"cite\" href=\"#source-\($0)\">[\($0)]</a>" }.joined()
    }

    /// Escapes text for HTML content and attribute values.
    private func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Screen and A4 print styles. Fonts: the first installed one that covers Chinese wins.
    static let style = """
    @page { size: A4; margin: 16mm 15mm 18mm; }
    body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB",
      "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans", "Helvetica Neue", Arial, sans-serif;
      font-size: 11pt; line-height: 1.5; color: #111; max-width: 46em; margin: 2em auto; padding: 0 1em; }
    h1 { font-size: 17pt; margin: 0 0 .6em; }
    h2 { font-size: 13pt; border-bottom: 1px solid #999; margin: 1.4em 0 .5em; break-after: avoid; }
    ul, ol { padding-left: 1.4em; }
    ol.steps, ul.checklist { list-style: none; padding-left: 0; }
    li { margin: .2em 0; }
    li.step { margin: 0 0 .9em; break-inside: avoid; }
    li.step p { margin: .15em 0 .15em 1.6em; }
    li.step p.title { margin-left: 0; }
    .box { font-family: "DejaVu Sans", "Segoe UI Symbol", "Noto Sans Symbols 2", sans-serif; font-size: 1.2em; }
    .label { font-weight: bold; }
    .channel, .note { color: #444; }
    .phone { white-space: nowrap; }
    ul.warnings li { list-style: "⚠ "; }
    p.warning { font-weight: bold; }
    .url { font-size: 9pt; color: #444; word-break: break-all; }
    a { color: #0645ad; }
    a.cite { text-decoration: none; }
    footer { margin-top: 2em; border-top: 1px solid #999; font-size: 9.5pt; color: #333; }
    @media print {
      body { margin: 0; max-width: none; padding: 0; }
      a { color: #111; }
    }

    """
}
