import ArgumentParser
import Foundation
import SimguideCore
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
                try Console.out(options.language.pick("没有已保存的进度（\(store.directory)）。\n", "沒有已儲存的進度（\(store.directory)）。\n", "No saved sessions (\(store.directory)).\n"))
                return
            }
            let flow = try? options.loadFlow()
            for saved in listing.sessions {
                try Console.out("\(saved.id)  \(saved.updated)  \(SessionReport.summary(saved, flow: flow, language: options.language))\n")
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a saved session.")

        @Argument(help: "The session's id, as 'simguide sessions' lists it.")
        var id: String

        func run() throws {
            do {
                try SessionStore(environment: ProcessEnvironment.values).delete(id: id)
            } catch {
                throw Failure(code: Failure.failedWrite, message: "simguide: \(error)")
            }
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

    /// The answers' labels in the flow's words ("注销 · 法国 · Free Mobile"), and whether the plan was reached.
    static func summary(_ saved: SavedSession, flow: Flow?, language: Language) -> String {
        let labels = saved.answers.map { answer in
            flow?.question(answer.question)?.option(answer.value)?.label.text(language) ?? answer.value
        }
        var session = flow.map(Session.init)
        let unused = session?.replay(saved.answers.map { ($0.question, $0.value) }) ?? []
        let state: String
        if session?.isComplete == true && unused.isEmpty {
            state = language.pick("已有计划，勾选 \(saved.ticks.count) 项", "已有計劃，勾選 \(saved.ticks.count) 項", "plan reached, \(saved.ticks.count) ticked")
        } else {
            state = language.pick("未完成", "未完成", "not finished")
        }
        return (labels.isEmpty ? [state] : [labels.joined(separator: " · "), state]).joined(separator: "  ")
    }
}
