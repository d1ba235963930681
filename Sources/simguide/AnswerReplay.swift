#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore

/// Walks a flow with answers given up front, as the wizard would, and explains the first that is
/// missing or not allowed.
enum AnswerReplay {
    /// Reads `question=value` items of `--answer`, refusing unknown questions and contradictory repeats.
    static func parse(_ items: [String], flow: Flow) throws -> [String: GivenAnswer] {
        var answers: [String: GivenAnswer] = [:]
        for item in items {
            let parts = item.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces() }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw Failure(code: Failure.usage, message: "simguide: --answer '\(item)' must look like question=value")
            }
            guard flow.question(parts[0]) != nil else {
                throw Failure(code: Failure.usage, message:
                    "simguide: there is no question '\(parts[0])'; questions: \(flow.questions.map(\.id).joined(separator: ", "))")
            }
            if let earlier = answers[parts[0]], earlier.value != parts[1] {
                throw Failure(code: Failure.usage, message: "simguide: '\(parts[0])' is answered twice (\(earlier.value), \(parts[1])); give one")
            }
            answers[parts[0]] = GivenAnswer(value: parts[1], place: "--answer")
        }
        return answers
    }

    /// The session the answers lead to; every question on the way must be answered.
    static func session(flow: Flow, answers: [String: GivenAnswer], language: Language) throws -> Session {
        var session = Session(flow: flow)
        while let question = session.current {
            let allowed = session.visibleOptions.map(\.value)
            guard let given = answers[question.id] else {
                let list = allowed.joined(separator: ", "), prompt = question.prompt.text(language)
                throw Failure(code: Failure.usage, message: "simguide: " + language.text(.cliMissingAnswer, ["id": question.id, "prompt": prompt, "list": list]))
            }
            try answer(given, to: question, in: &session, allowed: allowed, language: language)
        }
        return session
    }

    /// The answers in the order the wizard asks them, as far as they go: for pre-filling the wizard,
    /// which asks the rest.
    static func prefix(flow: Flow, answers: [String: GivenAnswer], language: Language) throws -> [(question: String, value: String)] {
        var session = Session(flow: flow)
        while let question = session.current, let given = answers[question.id] {
            try answer(given, to: question, in: &session, allowed: session.visibleOptions.map(\.value), language: language)
        }
        return session.history.compactMap { id in session.answers[id].map { (id, $0) } }
    }

    private static func answer(_ given: GivenAnswer, to question: Question, in session: inout Session, allowed: [String],
                               language: Language) throws {
        do {
            try session.answer(given.value)
        } catch let problem as Session.Problem {
            if case .notAllowed = problem {
                let place = given.place == "--answer" ? "simguide" : given.place
                let list = allowed.joined(separator: ", "), prompt = question.prompt.text(language)
                throw Failure(code: Failure.usage, message: "\(place): " + language.text(.cliNotAnAnswer, ["value": given.value, "id": question.id, "prompt": prompt, "list": list]))
            }
            throw Failure(code: Failure.flowUnreadable, message: "simguide: \(problem)")
        }
    }
}
