#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Checks a loaded flow for mistakes of meaning: unknown ids, duplicates, cycles, dead ends, unreachable
/// questions, options or rules no path can use, empty plans, missing translations, bad URLs and dates, links
/// outside the allowed domains and messaging handles.
public struct FlowLinter {
    public let flow: Flow
    /// Days after which `checked:` is in the future; injected so tests do not depend on the clock.
    public let today: String

    public init(flow: Flow, today: String = FlowLinter.todayString()) {
        self.flow = flow
        self.today = today
    }

    /// How much to check.
    public enum Depth: Sendable {
        /// What a flow needs to be usable (ids, references, translations, cycles), cheap enough to run at
        /// every start.
        case startUp
        /// Everything: also the checks that walk every path (dead ends, reachability, empty plans) and the
        /// content policy (links and handles). `simguide lint` and the tests run this.
        case full
    }

    /// Every finding, errors first, then by file order.
    public func findings(_ depth: Depth = .full) -> [Finding] {
        var found: [Finding] = []
        found += DuplicateCheck(flow: flow).findings()
        found += ReferenceCheck(flow: flow).findings()
        found += TranslationCheck(flow: flow).findings()
        found += CatalogCheck(flow: flow, today: today).findings()
        if depth == .full {
            found += LinkCheck(flow: flow).findings()
            found += ControlCharacterCheck(flow: flow).findings()
            found += IncludeCheck(flow: flow).findings()
            if let day = CivilDate(today) { found += ReviewCheck(flow: flow, today: day).findings() }
        }
        found += LetterCheck(flow: flow).findings()
        let cycles = CycleCheck(flow: flow).findings()
        found += cycles
        // Walking paths needs a sound graph: skip it while ids or cycles are broken.
        if depth == .full, !found.contains(where: { $0.severity == .error }) {
            found += PathCheck(flow: flow).findings()
        }
        let order = Dictionary(flow.files.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return found.sorted {
            ($0.severity, order[$0.position.file] ?? 0, $0.position.line, $0.position.column)
                < ($1.severity, order[$1.position.file] ?? 0, $1.position.line, $1.position.column)
        }
    }

    /// Today on the user's calendar, as `YYYY-MM-DD`.
    public static func todayString() -> String { CivilDate.today().description }
}
