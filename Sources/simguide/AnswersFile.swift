#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SimguideCore
import SimguideStore

/// Reads `--answers FILE`: either `question=value` lines (blank lines and `#` comments allowed) or a
/// saved session's JSON (`~/.local/state/simguide/*.json`). Every answer is checked against the flow's
/// questions and values; a line that does not fit is named by file:line with the allowed values.
enum AnswersFile {
    /// A file larger than this is no answers file (a flow has a handful of questions).
    static let maximumBytes = 1 << 20

    /// The answers in `path`, by question, each with the place it came from (`file:line`).
    static func read(path: String, flow: Flow, language: Language) throws -> [String: GivenAnswer] {
        let text = try contents(path)
        if text.first(where: { !$0.isWhitespace }) == "{" {
            return try savedSession(text, path: path, flow: flow, language: language)
        }
        var answers: [String: GivenAnswer] = [:]
        // By Character: "\r\n" is one, so Windows line ends count as one break, as "\n" does.
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let place = "\(path):\(index + 1)"
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces() }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw Failure(code: Failure.usage, message: "\(place): '\(line)' must look like question=value, for example \(flow.start)=\(flow.question(flow.start)?.options.first?.value ?? "VALUE")")
            }
            try check(question: parts[0], value: parts[1], place: place, flow: flow, language: language)
            if let earlier = answers[parts[0]] {
                throw Failure(code: Failure.usage, message: "\(place): '\(parts[0])' is answered already at \(earlier.place); give one answer")
            }
            answers[parts[0]] = GivenAnswer(value: parts[1], place: place)
        }
        return answers
    }

    private static func contents(_ path: String) throws -> String {
        let data: [UInt8]
        do {
            data = try FileBytes.prefix(of: path, limit: maximumBytes + 1)
        } catch {
            throw Failure(code: Failure.failedWrite, message: "simguide: cannot read the answers file \(path): \(reason(error))")
        }
        guard data.count <= maximumBytes else {
            throw Failure(code: Failure.usage, message: "simguide: \(path) is larger than 1 MB; an answers file holds a few question=value lines")
        }
        guard var text = String(validating: data, as: UTF8.self) else {
            throw Failure(code: Failure.usage, message: "simguide: \(path) is not UTF-8 text; write it as question=value lines")
        }
        // Some editors start UTF-8 files with a byte order mark; it is no part of the first question's id.
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return text
    }

    private static func savedSession(_ text: String, path: String, flow: Flow, language: Language) throws -> [String: GivenAnswer] {
        let saved: SavedSession
        do {
            saved = try JSONDecoder().decode(SavedSession.self, from: Data(text.utf8))
        } catch {
            throw Failure(code: Failure.usage, message: "simguide: \(path) starts with '{' but is not a saved session (\(reason(error))); write question=value lines, or give a file from 'simguide sessions'")
        }
        guard saved.format <= SavedSession.currentFormat else {
            throw Failure(code: Failure.usage, message: "simguide: \(path) was saved by a newer simguide (format \(saved.format)); update simguide to read it")
        }
        var answers: [String: GivenAnswer] = [:]
        for (index, answer) in saved.answers.enumerated() {
            let place = "\(path): answer \(index + 1)"
            try check(question: answer.question, value: answer.value, place: place, flow: flow, language: language)
            answers[answer.question] = GivenAnswer(value: answer.value, place: place)
        }
        return answers
    }

    /// Refuses an unknown question, or a value that none of its options has (whether the value fits the
    /// other answers is checked when they are replayed).
    static func check(question id: String, value: String, place: String, flow: Flow, language: Language) throws {
        guard let question = flow.question(id) else {
            throw Failure(code: Failure.usage, message: "\(place): there is no question '\(id)'; questions: \(flow.questions.map(\.id).joined(separator: ", "))")
        }
        var allowed: [String] = []
        for option in question.options where !allowed.contains(option.value) { allowed.append(option.value) }
        guard allowed.contains(value) else {
            throw Failure(code: Failure.usage, message: "\(place): '\(value)' is not an answer to '\(id)' (\(question.prompt.text(language))); allowed: \(allowed.joined(separator: ", "))")
        }
    }

    private static func reason(_ error: Error) -> String {
        if let decoding = error as? DecodingError {
            switch decoding {
            case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context), .valueNotFound(_, let context):
                let key = context.codingPath.map(\.stringValue).joined(separator: ".")
                return key.isEmpty ? context.debugDescription : "\(key): \(context.debugDescription)"
            @unknown default:
                return "\(decoding)"
            }
        }
        if case .system(let message) = error as? FileBytes.Failure { return message }
        return String(describing: error)
    }
}

/// An answer given up front, and where it was given: `--answer`, or a file and line.
struct GivenAnswer: Equatable {
    let value: String
    let place: String
}
