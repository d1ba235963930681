#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore
#if canImport(Glibc)
import Glibc
#endif

/// The cards a person keeps, in one file: `$XDG_STATE_HOME/simguide/cards.json` (0600), written
/// atomically. A damaged file is moved to `set-aside/` and reported, never overwritten; a file from a
/// newer simguide is left as it is and not written to, so no newer field is lost.
public struct CardStore: Sendable {
    /// Why the cards cannot be read or written.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case newerFormat(Int)
        case setAside(SessionStore.SetAside)
        case writeFailed(String)
        case notFound(String)
        case ambiguous(String, [String])
        case nameTaken(String)

        public var description: String {
            switch self {
            case .newerFormat(let format):
                return "the card list was written by a newer simguide (format \(format)); update simguide to change it"
            case .setAside(let file): return "the card list \(file)"
            case .writeFailed(let reason): return reason
            case .notFound(let name): return "no card called '\(name)'; 'simguide cards' lists them"
            case .ambiguous(let name, let names): return "'\(name)' could be any of: \(names.joined(separator: ", ")); give more of the name"
            case .nameTaken(let name): return "a card is already called '\(name)'; give another name"
            }
        }
    }

    /// The file format this version writes.
    public static let currentFormat = 1

    public let file: String
    private let sessions: SessionStore

    public init(environment: [String: String]) {
        sessions = SessionStore(environment: environment)
        file = FilePaths.join(FilePaths.folder(of: sessions.directory), "cards.json")
    }

    /// What the file holds: the cards, and the calendar file kept up to date with their deadlines.
    public struct Contents: Codable, Equatable, Sendable {
        public var format: Int
        public var cards: [SavedCard]
        /// Where `simguide cards --ics` last wrote the calendar; rewritten whenever a deadline changes.
        public var calendar: String?

        public init(cards: [SavedCard] = [], calendar: String? = nil) {
            format = CardStore.currentFormat
            self.cards = cards
            self.calendar = calendar
        }
    }

    /// Every card, in the order added, and the calendar path. No file is no card.
    public func load() throws -> Contents {
        guard let data = FileManager.default.contents(atPath: file) else {
            if FileManager.default.fileExists(atPath: file) { throw Problem.setAside(setAside("cannot be read")) }
            return Contents()
        }
        struct Header: Decodable { let format: Int }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw Problem.setAside(setAside(data.isEmpty ? "is empty" : "is damaged (not a simguide card list)"))
        }
        guard header.format <= Self.currentFormat else { throw Problem.newerFormat(header.format) }
        guard let contents = try? JSONDecoder().decode(Contents.self, from: data) else {
            throw Problem.setAside(setAside("is damaged (fields missing or wrong)"))
        }
        return contents
    }

    /// Replaces the file's contents.
    public func save(_ contents: Contents) throws {
        do {
            try SessionStore.makeFolders(FilePaths.folder(of: file))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try AtomicFile.write(try encoder.encode(contents), to: file,
                                 permissions: AtomicFile.privatePermissions)
        } catch let failure as AtomicFile.Failure {
            throw Problem.writeFailed(failure.description)
        } catch let problem as SessionStore.Problem {
            throw Problem.writeFailed(problem.description)
        }
    }

    /// The card a user means by `name`: its exact name, its id, or the only name starting with it.
    public static func find(_ name: String, in cards: [SavedCard]) throws -> Int {
        if let exact = cards.firstIndex(where: { $0.name == name || $0.id == name }) { return exact }
        let matches = cards.indices.filter { cards[$0].name.lowercased().hasPrefix(name.lowercased()) }
        guard !matches.isEmpty else { throw Problem.notFound(name) }
        guard matches.count == 1 else { throw Problem.ambiguous(name, matches.map { cards[$0].name }) }
        return matches[0]
    }

    private func setAside(_ reason: String) -> SessionStore.SetAside {
        SessionStore.moveAside(file, into: sessions.setAsideDirectory, reason: reason)
    }
}
