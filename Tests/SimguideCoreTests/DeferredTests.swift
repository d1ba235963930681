import Synchronization
import Testing
@testable import SimguideCore

/// A compiled flow's rules and letters are built on first use: never before, and once, even when several
/// threads read them at the same moment (the plan and the export are composed on the same flow).
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
}
