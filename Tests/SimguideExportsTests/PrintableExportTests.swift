import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import SimguideCore
import SimguideExports

/// The exports a user prints or keeps: HTML and paged text, with ticks, read back the way a browser or a
/// printer would.
@Suite struct PrintableExportTests {
    static let situation = GoldenPlanTests.Situation(
        "cancel-fr-orange-subsidised-phone-abroad",
        GoldenPlanTests.path("cancel", "fr", "orange", "postpaid", abroad: true, commitment: "after12_new_phone"))

    /// The tick keys of the first step and the first document of a plan.
    static func someTicks(_ plan: Plan) throws -> Set<String> {
        [PlanLine.tickKey(try #require(plan.steps.first)), PlanLine.tickKey(try #require(plan.documents.first))]
    }

    @Test func htmlGoldenIsReviewed() throws {
        let plan = try GoldenPlanTests.plan(Self.situation)
        let html = PlanHTMLRenderer(language: .zh).render(plan, ticked: try Self.someTicks(plan))
        try GoldenPlanTests.compare(html, golden: "\(Self.situation.name).zh.html")
    }

    @Test func jsonGoldenIsReviewed() throws {
        let plan = try GoldenPlanTests.plan(Self.situation)
        let json = try PlanJSONRenderer(language: .en).render(plan, ticked: try Self.someTicks(plan))
        try GoldenPlanTests.compare(json, golden: "\(Self.situation.name).en.json")
    }

    @Test(arguments: [Language.zh, .en])
    func htmlIsWellFormedAndSelfContained(_ language: Language) throws {
        for situation in GoldenPlanTests.situations {
            let plan = try GoldenPlanTests.plan(situation)
            let html = PlanHTMLRenderer(language: language).render(plan, ticked: try Self.someTicks(plan))
            let parser = XMLParser(data: Data(html.utf8))
            let collector = LinkCollector()
            parser.delegate = collector
            #expect(parser.parse(), "\(situation) \(language): \(parser.parserError.map { "\($0)" } ?? "")")
            #expect(collector.elements.contains("style"))
            // Nothing is loaded from elsewhere: no scripts, stylesheets, images, frames or CSS imports.
            for element in ["script", "link", "img", "iframe", "object", "embed"] {
                #expect(!collector.elements.contains(element), "\(situation): <\(element)>")
            }
            #expect(!html.contains("@import") && !html.contains("url("), "\(situation): external CSS")
            // Links only go to the plan's own sources and contacts, or to anchors in the page.
            let allowed = Set(plan.sources.map(\.url) + plan.contacts.compactMap(\.url))
            for link in collector.links {
                #expect(link.hasPrefix("#source-") || allowed.contains(link), "\(situation): \(link)")
            }
            #expect(collector.links.filter { $0.hasPrefix("#source-") }.allSatisfy { collector.ids.contains(String($0.dropFirst())) })
            #expect(html.components(separatedBy: "☑").count - 1 == 2, "two items ticked")
        }
    }

    @Test func pagedTextFitsA4PagesOf80Columns() throws {
        for situation in GoldenPlanTests.situations {
            let plan = try GoldenPlanTests.plan(situation)
            for language in [Language.zh, .en] {
                let renderer = PlanTextRenderer(language: language)
                let paged = renderer.renderPages(plan)
                let pages = paged.split(separator: "\u{0C}", omittingEmptySubsequences: false)
                for page in pages {
                    let lines = page.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                    #expect(lines.count <= 62, "\(situation) \(language): a page of \(lines.count) lines")
                    #expect(lines.first?.isEmpty == false, "\(situation): a page starts with a blank line")
                    for line in lines where !line.contains("://") {
                        #expect(DisplayWidth.of(line) <= 80, "\(situation): \(line)")
                    }
                }
                // Paging only moves lines between pages: nothing is lost or added but blank lines.
                let unpaged = renderer.render(plan).split(separator: "\n").filter { !$0.isEmpty }
                #expect(paged.replacingOccurrences(of: "\u{0C}", with: "\n").split(separator: "\n").filter { !$0.isEmpty } == unpaged)
            }
        }
        let long = try GoldenPlanTests.plan(Self.situation)
        #expect(PlanTextRenderer(language: .zh).renderPages(long).contains("\u{0C}"), "a long plan has several pages")
    }

    @Test func ticksShowInEveryFormat() throws {
        let plan = try GoldenPlanTests.plan(Self.situation)
        let ticked = try Self.someTicks(plan)
        let text = try PlanFormat.text.render(plan, language: .en, ticked: ticked, paged: false)
        #expect(text.components(separatedBy: "[x]").count - 1 == 2)
        let markdown = try PlanFormat.markdown.render(plan, language: .en, ticked: ticked)
        #expect(markdown.contains("- [x] **1. If this is an eSIM"))
        let json = try PlanFormat.json.render(plan, language: .en, ticked: ticked)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let phases = try #require(object["phases"] as? [[String: Any]])
        let steps = phases.flatMap { ($0["steps"] as? [[String: Any]]) ?? [] }
        #expect(steps.filter { $0["done"] as? Bool == true }.count == 1)
        #expect(steps.first?["key"] as? String == "common-esim-cancel/1")
        #expect(PlanFormat.html.defaultFileName(today: "2026-11-22") == "simguide-plan-2026-11-22.html")
    }
}

/// Collects element names, link targets and ids while parsing.
private final class LinkCollector: NSObject, XMLParserDelegate {
    var elements: Set<String> = []
    var links: [String] = []
    var ids: Set<String> = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.insert(name)
        if let href = attributes["href"] { links.append(href) }
        if let src = attributes["src"] { links.append(src) }
        if let id = attributes["id"] { ids.insert(id) }
    }
}
