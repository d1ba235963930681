import Foundation
import Testing
@testable import SimguideStore

/// Saving, listing and deleting sessions; files that cannot be read are set aside, never lost.
@Suite struct SessionStoreTests {
    let root: String
    let store: SessionStore

    init() throws {
        root = NSTemporaryDirectory() + "simguide-store-\(UUID().uuidString)"
        store = SessionStore(environment: ["XDG_STATE_HOME": root, "HOME": "/nonexistent"])
    }

    private func session(_ id: String, answers: [(String, String)] = [("action", "cancel")]) -> SavedSession {
        SavedSession(id: id, created: "2026-11-22T10:00:00Z", flowVersion: "2026.11.22", language: "zh",
                     answers: answers.map { SavedSession.Answer(question: $0.0, value: $0.1) },
                     ticks: ["step:fr-cancel-keep-number/1"], fields: ["name": "王小明"])
    }

    @Test func theStoreLivesUnderXDGStateHome() {
        #expect(store.directory == root + "/simguide/sessions")
        let fallback = SessionStore(environment: ["HOME": "/home/ana"])
        #expect(fallback.directory == "/home/ana/.local/state/simguide/sessions")
        let relative = SessionStore(environment: ["XDG_STATE_HOME": "relative/path", "HOME": "/home/ana"])
        #expect(relative.directory == "/home/ana/.local/state/simguide/sessions", "a relative XDG path is ignored, as the spec says")
    }

    @Test func savedSessionsComeBackNewestFirst() throws {
        try store.save(session("a-1"), now: Date(timeIntervalSince1970: 1_000))
        try store.save(session("b-2", answers: [("action", "renew"), ("region", "hk")]), now: Date(timeIntervalSince1970: 2_000))
        let listed = store.list()
        #expect(listed.setAside == [])
        #expect(listed.sessions.map(\.id) == ["b-2", "a-1"])
        let loaded = try store.load(id: "b-2")
        #expect(loaded.answers.map(\.value) == ["renew", "hk"])
        #expect(loaded.fields["name"] == "王小明")
        #expect(loaded.updated == "1970-01-01T00:33:20Z")
        let attributes = try FileManager.default.attributesOfItem(atPath: store.directory + "/b-2.json")
        #expect((attributes[.posixPermissions] as? Int) == 0o600, "sessions are private to the user")
    }

    @Test func deleteRemovesOnlyThatSession() throws {
        try store.save(session("keep"))
        try store.save(session("drop"))
        try store.delete(id: "drop")
        #expect(store.list().sessions.map(\.id) == ["keep"])
        #expect(throws: SessionStore.Problem.notFound("drop")) { try store.delete(id: "drop") }
        #expect(throws: SessionStore.Problem.notFound("../../etc/passwd")) { try store.load(id: "../../etc/passwd") }
    }

    @Test(arguments: [
        ("empty", Data(), "is empty"),
        ("truncated", Data("{\"format\": 1, \"id\": \"trunc".utf8), "is damaged"),
        ("binary", Data([0x00, 0xFF, 0xFE, 0x13, 0x37]), "is damaged"),
        ("future", Data("{\"format\": 99, \"id\": \"future\"}".utf8), "newer simguide (format 99)"),
        ("fields", Data("{\"format\": 1, \"id\": \"fields\"}".utf8), "fields missing"),
    ])
    func unreadableFilesAreSetAsideAndReported(name: String, content: Data, reason: String) throws {
        try store.save(session("good"))
        let bad = store.directory + "/\(name).json"
        _ = FileManager.default.createFile(atPath: bad, contents: content)
        let listed = store.list()
        #expect(listed.sessions.map(\.id) == ["good"], "the other sessions are untouched")
        let moved = try #require(listed.setAside.first)
        #expect(moved.file == "\(name).json")
        #expect(moved.reason.contains(reason))
        #expect(moved.movedTo == store.setAsideDirectory + "/\(name).json")
        #expect(!FileManager.default.fileExists(atPath: bad))
        #expect(FileManager.default.contents(atPath: moved.movedTo) == content, "the damaged file is kept as it was")
        #expect(store.list().setAside == [], "reported once, then out of the way")
    }

    @Test func temporaryFilesOfAnInterruptedSaveAreIgnored() throws {
        try store.save(session("good"))
        _ = FileManager.default.createFile(atPath: store.directory + "/.good.json.tmp-123-456", contents: Data("{\"form".utf8))
        let listed = store.list()
        #expect(listed.sessions.map(\.id) == ["good"])
        #expect(listed.setAside == [])
    }
}
