import Synchronization
import Testing
@testable import SimguideCore

/// A compiled flow's rules, letters, documents, contacts and sources are built on first use: never before,
/// and once, even when several threads read them at the same moment (the plan and the export are composed
/// on the same flow).
@Suite struct DeferredTests {
    @Test func aDeferredValueIsBuiltOnceOnFirstUse() async {
        let builds = Atomic<Int>(0)
        let deferred = Deferred<[Int]> {
            builds.add(1, ordering: .relaxed)
            return Array(0..<1_000)
        }
        #expect(builds.load(ordering: .relaxed) == 0)
        await withTaskGroup(of: Int.self) { group in
            for _ in 0..<16 { group.addTask { deferred.value.count } }
            for await count in group { #expect(count == 1_000) }
        }
        #expect(builds.load(ordering: .relaxed) == 1)
        #expect(deferred == Deferred(value: Array(0..<1_000)))
        #expect(deferred != Deferred(value: [1]))
    }

    /// Documents (and contacts and sources, built the same way) are not built for the first screen, and
    /// once built are found by id, the first of two with one id winning as before.
    @Test func documentsAreBuiltWhenFirstLookedUp() {
        let builds = Atomic<Int>(0)
        let here = SourcePosition(file: "flow.yaml", line: 1, column: 1)
        let document: @Sendable (String, String) -> Document = { id, name in
            Document(id: id, name: LocalizedText(verbatim: name), note: nil, position: here)
        }
        let flow = Flow(format: 1, version: "1", title: LocalizedText(verbatim: "t"), start: "q", startPosition: here,
                        questions: [], deferredRules: Deferred(value: []),
                        deferredDocuments: Deferred {
                            builds.add(1, ordering: .relaxed)
                            return [document("passport", "Passport"), document("bill", "Bill"), document("passport", "Again")]
                        },
                        deferredContacts: Deferred(value: []), deferredSources: Deferred(value: []),
                        deferredLetters: Deferred(value: []), files: ["flow.yaml"], allowedDomains: [], letterBlanks: [])
        #expect(builds.load(ordering: .relaxed) == 0)
        #expect(flow.document("passport")?.name == LocalizedText(verbatim: "Passport"))
        #expect(flow.document("bill") != nil)
        #expect(flow.document("visa") == nil)
        #expect(flow.documents.count == 3)
        #expect(builds.load(ordering: .relaxed) == 1)
    }
}
