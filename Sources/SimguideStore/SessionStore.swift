#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore
#if canImport(Glibc)
import Glibc
#endif

/// Saved sessions, one JSON file each, in `$XDG_STATE_HOME/simguide/sessions` (by default
/// `~/.local/state/simguide/sessions`).
///
/// Every save is atomic (see `AtomicFile`), so a crash never leaves a half-written session. A file that
/// cannot be read back (empty, truncated, not JSON, or written by a newer simguide) is moved to the
/// `set-aside` folder next to the sessions and reported; it is never overwritten or silently skipped.
public struct SessionStore: Sendable {
    /// A session file that was moved aside, and why.
    public struct SetAside: Error, Equatable, Sendable, CustomStringConvertible {
        public let file: String
        public let reason: String
        /// Where the file is now.
        public let movedTo: String
        public var description: String { "\(file): \(reason); moved to \(movedTo)" }
    }

    /// Why a session could not be found, saved or deleted.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case notFound(String)
        case unreadable(SetAside)
        case writeFailed(String)

        public var description: String {
            switch self {
            case .notFound(let id): return "no saved session '\(id)'; 'simguide sessions' lists them"
            case .unreadable(let setAside): return "the saved session \(setAside)"
            case .writeFailed(let reason): return reason
            }
        }
    }

    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The store in `$XDG_STATE_HOME/simguide/sessions`, falling back to `$HOME/.local/state`.
    public init(environment: [String: String]) {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            base = FilePaths.join(environment["HOME"] ?? FilePaths.home(), ".local/state")
        }
        directory = FilePaths.join(FilePaths.join(base, "simguide"), "sessions")
    }

    /// The folder damaged files are moved to.
    public var setAsideDirectory: String {
        FilePaths.join(FilePaths.folder(of: directory), "set-aside")
    }

    private func path(_ id: String) -> String { FilePaths.join(directory, id + ".json") }

    /// Saves `session` (stamping `updated`), creating the folder if needed.
    public func save(_ session: SavedSession, now: Date = Date()) throws {
        var session = session
        session.updated = SavedSession.timestamp(now)
        guard Self.isValidID(session.id) else { throw Problem.writeFailed("'\(session.id)' is not a session id") }
        do {
            try Self.makeFolders(directory)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try AtomicFile.write(try encoder.encode(session), to: path(session.id), permissions: 0o600)
        } catch let failure as AtomicFile.Failure {
            throw Problem.writeFailed(failure.description)
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem.writeFailed("cannot save the session: \(error)")
        }
    }

    /// Makes `path` and the folders above it (0700: sessions are private), like `mkdir -p`, failing with
    /// the system's words ("Not a directory", "Permission denied") rather than Foundation's "The
    /// operation could not be completed".
    static func makeFolders(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) != 0, errno != EEXIST {
                throw Problem.writeFailed("cannot save the session in '\(path)': \(String(cString: strerror(errno)))")
            }
        }
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            throw Problem.writeFailed("cannot save the session in '\(path)': \(String(cString: strerror(ENOTDIR)))")
        }
    }

    /// The session with this id; an unreadable file is set aside and reported.
    public func load(id: String) throws -> SavedSession {
        guard Self.isValidID(id), FileManager.default.fileExists(atPath: path(id)) else { throw Problem.notFound(id) }
        switch read(file: id + ".json") {
        case .success(let session): return session
        case .failure(let setAside): throw Problem.unreadable(setAside)
        }
    }

    /// Every readable session, most recently changed first, and the files set aside while looking.
    public func list() -> (sessions: [SavedSession], setAside: [SetAside]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var sessions: [SavedSession] = []
        var setAside: [SetAside] = []
        // Names starting with "." are temporary files of a save in progress (or of one that was killed).
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            switch read(file: name) {
            case .success(let session): sessions.append(session)
            case .failure(let moved): setAside.append(moved)
            }
        }
        return (sessions.sorted { ($0.updated, $0.id) > ($1.updated, $1.id) }, setAside)
    }

    /// Deletes a saved session.
    public func delete(id: String) throws {
        guard Self.isValidID(id), FileManager.default.fileExists(atPath: path(id)) else { throw Problem.notFound(id) }
        guard unlink(path(id)) == 0 else {
            throw Problem.writeFailed("cannot delete '\(path(id))': \(String(cString: strerror(errno)))")
        }
    }

    private func read(file name: String) -> Result<SavedSession, SetAside> {
        let full = FilePaths.join(directory, name)
        guard let data = FileManager.default.contents(atPath: full) else {
            return .failure(moveAside(name, reason: "cannot be read"))
        }
        if data.isEmpty { return .failure(moveAside(name, reason: "is empty")) }
        struct Header: Decodable { let format: Int }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            return .failure(moveAside(name, reason: "is damaged (not a simguide session)"))
        }
        guard header.format <= SavedSession.currentFormat else {
            return .failure(moveAside(name, reason: "was written by a newer simguide (format \(header.format))"))
        }
        guard let session = try? JSONDecoder().decode(SavedSession.self, from: data),
              session.id + ".json" == name else {
            return .failure(moveAside(name, reason: "is damaged (fields missing or wrong)"))
        }
        return .success(session)
    }

    private func moveAside(_ name: String, reason: String) -> SetAside {
        Self.moveAside(FilePaths.join(directory, name), into: setAsideDirectory, reason: reason)
    }

    /// Moves an unreadable file into `folder` under a free name (`name`, `name.2`, ...), keeping it for
    /// the user to inspect; where it cannot be moved it stays, and the report says so.
    static func moveAside(_ path: String, into folder: String, reason: String) -> SetAside {
        let manager = FileManager.default
        let name = FilePaths.name(of: path)
        try? makeFolders(folder)
        var target = FilePaths.join(folder, name)
        var counter = 1
        while manager.fileExists(atPath: target) {
            counter += 1
            target = FilePaths.join(folder, "\(name).\(counter)")
        }
        if (try? manager.moveItem(atPath: path, toPath: target)) == nil { target = path }
        return SetAside(file: name, reason: reason, movedTo: target)
    }

    /// Ids are file names: letters, digits, '-' and '_' only, so an id can never point outside the folder.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 80 && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}
