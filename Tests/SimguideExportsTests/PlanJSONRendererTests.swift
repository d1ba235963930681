import Foundation
import Testing
import SimguideCore
import SimguideExports

/// The JSON plan: the documented fields, stable across runs.
@Suite struct PlanJSONRendererTests {
    @Test func freeFromAbroadHasStepsDocumentsAndSources() throws {
        let situation = GoldenPlanTests.Situation("json", GoldenPlanTests.path("cancel", "fr", "free", "postpaid", abroad: true))
        let json = try PlanJSONRenderer(language: .en).render(try GoldenPlanTests.plan(situation))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "simguide.plan/1")
        #expect(object["language"] as? String == "en")
        let phases = try #require(object["phases"] as? [[String: Any]])
        #expect(phases.map { $0["phase"] as? String } == ["prepare", "act", "afterwards"])
        let steps = phases.flatMap { $0["steps"] as? [[String: Any]] ?? [] }
        #expect(steps.map { $0["number"] as? Int } == Array(1...steps.count).map { Optional($0) })
        for step in steps {
            #expect(!(step["title"] as? String ?? "").isEmpty)
            #expect(["online", "app", "phone", "sms", "post", "store", "delegate", "yourself"].contains(step["channel"] as? String ?? ""))
            #expect(!(step["sources"] as? [String] ?? []).isEmpty)
        }
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.contains { $0["id"] as? String == "account_login" })
        let sources = try #require(object["sources"] as? [[String: Any]])
        #expect(sources.allSatisfy { ($0["url"] as? String ?? "").hasPrefix("http") })
        #expect(try PlanJSONRenderer(language: .en).render(try GoldenPlanTests.plan(situation)) == json)
    }
}
