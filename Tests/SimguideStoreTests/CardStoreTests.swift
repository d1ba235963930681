import Foundation
import Testing
@testable import SimguideStore

/// The card list on disk: private, atomic, damage set aside, a newer format never overwritten.
@Suite struct CardStoreTests {
    let root = NSTemporaryDirectory() + "simguide-cards-\(UUID().uuidString)"
    var store: CardStore { CardStore(environment: ["XDG_STATE_HOME": root]) }

    private func card(_ name: String) -> SavedCard {
        SavedCard(id: "id-\(name.count)", name: name, answers: [.init(question: "action", value: "renew")], expires: "2026-12-31",
                  added: "2026-11-24T10:00:00Z")
    }

    @Test func cardsComeBackAndTheFileIsPrivate() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try store.load() == CardStore.Contents())
        try store.save(CardStore.Contents(cards: [card("法国 Free 备用号")], calendar: "/tmp/x.ics"))
        let loaded = try store.load()
        #expect(loaded.cards.map(\.name) == ["法国 Free 备用号"] && loaded.calendar == "/tmp/x.ics")
        #expect(store.file == root + "/simguide/cards.json")
        let mode = try FileManager.default.attributesOfItem(atPath: store.file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aDamagedListIsSetAsideAndReported() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/simguide", withIntermediateDirectories: true)
        try Data("{\"format\": 1, \"cards\": [{\"name\": 3}]".utf8).write(to: URL(fileURLWithPath: store.file))
        #expect(throws: CardStore.Problem.self) { try store.load() }
        #expect(!FileManager.default.fileExists(atPath: store.file))
        #expect(FileManager.default.fileExists(atPath: root + "/simguide/set-aside/cards.json"))
        #expect(try store.load() == CardStore.Contents(), "a fresh list afterwards")
    }

    @Test func aListFromANewerSimguideIsLeftAlone() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/simguide", withIntermediateDirectories: true)
        let newer = Data("{\"format\": 2, \"cards\": [], \"wallet\": {}}".utf8)
        try newer.write(to: URL(fileURLWithPath: store.file))
        #expect(throws: CardStore.Problem.newerFormat(2)) { try store.load() }
        #expect(FileManager.default.contents(atPath: store.file) == newer)
    }

    @Test func fieldsAddedLaterInTheSameFormatAreIgnored() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/simguide", withIntermediateDirectories: true)
        let json = """
            {"format": 1, "note": "x", "cards": [{"id": "a", "name": "UK giffgaff", "answers": [], "added": "t", "updated": "t",
             "expires": "2027-01-01", "colour": "blue"}]}
            """
        try Data(json.utf8).write(to: URL(fileURLWithPath: store.file))
        #expect(try store.load().cards.map(\.expires) == ["2027-01-01"])
    }

    @Test func aCardIsFoundByItsNameOrTheStartOfIt() throws {
        let cards = [card("法国 Free 备用号"), card("法国 Orange"), card("HK csl")]
        #expect(try CardStore.find("HK", in: cards) == 2)
        #expect(try CardStore.find("法国 Orange", in: cards) == 1)
        #expect(throws: CardStore.Problem.ambiguous("法国", ["法国 Free 备用号", "法国 Orange"])) { try CardStore.find("法国", in: cards) }
        #expect(throws: CardStore.Problem.notFound("UK")) { try CardStore.find("UK", in: cards) }
    }
}
