#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore

/// Keeps one wizard session on disk: after every change a wizard (full screen or line mode) hands over
/// its state, and the keeper writes it atomically to the `SessionStore`.
public final class SessionKeeper {
    public let store: SessionStore
    public private(set) var record: SavedSession

    /// Keeps `record` (a new one, or one being resumed) in `store`.
    public init(store: SessionStore, record: SavedSession) {
        self.store = store
        self.record = record
    }

    /// A keeper for a new session of `flow`.
    public convenience init(store: SessionStore, flow: Flow, language: Language, now: Date = Date()) {
        self.init(store: store, record: SavedSession(id: SavedSession.newID(now: now), created: SavedSession.timestamp(now),
                                                     flowVersion: flow.version, language: language.rawValue))
    }

    /// Whether the last save failed: what is on screen is then not on disk, and quitting asks first.
    public private(set) var lastSaveFailed = false

    /// The lock that tells other wizards this session is open here (`takeLock`).
    public private(set) var lock: SessionLock?

    /// Marks the session as open in this process; throws `SessionLock.HeldElsewhere` when another
    /// running wizard has it. The lock goes when the keeper does.
    public func takeLock() throws {
        lock = try SessionLock.acquire(id: record.id, in: store.directory)
    }

    /// Saves the wizard's state; returns what went wrong, in words for the screen, or nil.
    public func save(session: Session, ticks: Set<String>, language: Language, fields: [String: String]) -> String? {
        record.answers = session.history.compactMap { id in
            session.answers[id].map { SavedSession.Answer(question: id, value: $0) }
        }
        record.ticks = ticks.sorted()
        record.language = language.rawValue
        record.fields = fields
        record.flowVersion = session.flow.version
        do {
            try store.save(record)
            lastSaveFailed = false
            return nil
        } catch {
            lastSaveFailed = true
            return "\(error)"
        }
    }
}
