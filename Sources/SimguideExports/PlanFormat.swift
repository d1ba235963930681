import SimguideCore

/// The formats a plan can be exported in, with their file extensions and names for the export dialog.
public enum PlanFormat: String, CaseIterable, Sendable {
    case text, markdown, html, json

    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .markdown: return "md"
        case .html: return "html"
        case .json: return "json"
        }
    }

    public func title(_ language: Language) -> String {
        switch self {
        case .text: return language.text(.formatText)
        case .markdown: return "Markdown"
        case .html: return language.text(.formatHtml)
        case .json: return "JSON"
        }
    }

    /// The plan in this format. Text written to a file or a printer is split into pages by form feeds;
    /// `date` (the day it is made) is printed at the end.
    public func render(_ plan: Plan, language: Language, ticked: Set<String> = [], paged: Bool = true,
                       date: String? = nil, deadline: RenewalDeadline? = nil) throws -> String {
        switch self {
        case .text:
            let renderer = PlanTextRenderer(language: language, date: date, deadline: deadline)
            return paged ? renderer.renderPages(plan, ticked: ticked) : renderer.render(plan, ticked: ticked)
        case .markdown: return PlanMarkdownRenderer(language: language, date: date, deadline: deadline).render(plan, ticked: ticked)
        case .html: return PlanHTMLRenderer(language: language, date: date, deadline: deadline).render(plan, ticked: ticked)
        case .json: return try PlanJSONRenderer(language: language, deadline: deadline).render(plan, ticked: ticked)
        }
    }

    /// A file name for the plan exported today, such as `simguide-plan-2026-11-22.html`.
    public func defaultFileName(today: String) -> String {
        "simguide-plan-\(today).\(fileExtension)"
    }
}
