import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore
import SimguideCurses
import SimguideStore

/// `simguide sessions`: lists saved wizard sessions; `simguide sessions delete ID` removes one.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List saved sessions, or delete one.",
        discussion: """
        Sessions are saved in $XDG_STATE_HOME/simguide/sessions (by default ~/.local/state/simguide/sessions) \
        after every answer or tick. Continue the last one with 'simguide --resume', another with \
        'simguide --session ID'. Unreadable files are moved to the set-aside folder next to it and reported.
        """,
        subcommands: [List.self, Delete.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List saved sessions, most recent first.")

        @OptionGroup var options: CommonOptions

        func run() throws {
            let store = SessionStore(environment: ProcessEnvironment.values)
            let listing = store.list()
            SessionReport.setAside(listing.setAside)
            guard !listing.sessions.isEmpty else {
                try Console.out(options.language.text(.cliNoSessions, ["directory": store.directory]))
                return
            }
            let flow = try? options.loadFlow()
            let width = TerminalSize.columns()
            let ids = SessionReport.shortIDs(listing.sessions.map(\.id))
            let idWidth = max(2, ids.map(\.count).max() ?? 0)
            let rows = listing.sessions.enumerated().map { index, saved in
                let summary = flow.map { SessionSummary(saved, flow: $0, language: options.language) }
                return [ids[index], summary?.updated ?? SessionSummary.localTime(saved.updated),
                        summary?.progress ?? "", summary?.answers ?? saved.answers.map(\.value).joined(separator: " · ")]
            }
            let intro = options.language.text(.cliSessionsIntro)
            try Console.out(TextLayout.wrap(intro, width: width).map { $0 + "\n" }.joined())
            let header = ["ID", options.language.text(.cliSessionsLastChanged), options.language.text(.cliSessionsProgress),
                          options.language.text(.cliSessionsAnswers)]
            let progressWidth = max(DisplayWidth.of(header[2]), rows.map { DisplayWidth.of($0[2]) }.max() ?? 0)
            for row in [header] + rows {
                let line = TextLayout.pad(row[0], width: idWidth) + "  " + TextLayout.pad(row[1], width: 16) + "  "
                    + TextLayout.pad(row[2], width: progressWidth) + "  " + row[3]
                try Console.out(TextLayout.truncate(line, width: width) + "\n")
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a saved session.")

        @Argument(help: "The session's id as 'simguide sessions' lists it, or its first characters.")
        var id: String

        @OptionGroup var options: CommonOptions

        func run() throws {
            let store = SessionStore(environment: ProcessEnvironment.values)
            let saved = try SessionReport.find(id, in: store)
            do {
                try store.delete(id: saved.id)
            } catch {
                throw Failure(code: Failure.failedWrite, message: "simguide: \(error)")
            }
            let summary = (try? options.loadFlow()).map { SessionSummary(saved, flow: $0, language: options.language) }
            let what = [summary?.updated ?? saved.updated, summary?.answers ?? ""].filter { !$0.isEmpty }.joined(separator: "  ")
            try Console.out(options.language.text(.cliSessionDeleted, ["id": saved.id, "what": what]))
        }
    }
}

/// Words about saved sessions for the command line.
enum SessionReport {
    /// One line per file that was set aside, on standard error.
    static func setAside(_ files: [SessionStore.SetAside]) {
        for file in files {
            Console.error("simguide: the saved session \(file)\n")
        }
    }

    /// The saved session whose id is `text` or starts with it; an error names the candidates when
    /// several match, and says how to list them when none does.
    static func find(_ text: String, in store: SessionStore) throws -> SavedSession {
        let sessions = store.list().sessions
        if let exact = sessions.first(where: { $0.id == text }) { return exact }
        let matches = sessions.filter { !text.isEmpty && $0.id.hasPrefix(text) }
        guard matches.count == 1, let match = matches.first else {
            let message = matches.isEmpty
                ? "no saved session '\(text)'; 'simguide sessions' lists them"
                : "'\(text)' matches \(matches.count) sessions (\(matches.map(\.id).joined(separator: ", "))); give more of the id"
            throw Failure(code: Failure.usage, message: "simguide: \(message)")
        }
        return match
    }

    /// Each id cut to its shortest unique beginning (at least 16 characters: date and time to the
    /// minute), so the list fits and an id can be typed.
    static func shortIDs(_ ids: [String]) -> [String] {
        ids.map { id in
            var length = min(id.count, 16)
            while length < id.count, ids.contains(where: { $0 != id && $0.hasPrefix(id.prefix(length)) }) { length += 1 }
            return String(id.prefix(length))
        }
    }
}
