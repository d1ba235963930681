import Foundation
import SimguideTestSupport
import Testing

/// Signals at random moments (while starting, mid-drawing, between keys, in a dialog): the program either
/// ends with 128 + the signal or recovers, and the terminal is always left with the settings it had.
/// `SIMGUIDE_SIGNAL_ROUNDS` sets the number of rounds (`make fuzz` runs many more).
@Suite(.serialized) struct SignalTortureTests {
    static let rounds = ProcessInfo.processInfo.environment["SIMGUIDE_SIGNAL_ROUNDS"].flatMap(Int.init) ?? 24
    static let keys = ["\r", "\u{1b}[B", "\u{1b}[A", "1", "2", "3", "b", "?", "\u{1b}", "p", "x", "l", " "]
    static let flows = BinaryRunner.repository.appendingPathComponent("Resources/flow").path
    static let enterAlternateScreen = Array("\u{1b}[?1049h".utf8)
    static let leaveAlternateScreen = Array("\u{1b}[?1049l".utf8)

    @Test func signalsAtRandomMoments() throws {
        var random = SeededGenerator(seed: UInt64(ProcessInfo.processInfo.environment["SIMGUIDE_SIGNAL_SEED"] ?? "") ?? 6)
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("simguide-signals-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: state) }
        let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": state, "XDG_STATE_HOME": state,
                           "PATH": "/usr/bin:/bin"]
        for round in 0..<Self.rounds {
            let signals = [SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGWINCH, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM]
            let signal = signals[Int.random(in: 0..<signals.count, using: &random)]
            // `--flow` first, so the tmux tests' `pkill -f '^simguide --lang …'` never reaches these runs.
            let terminal = try PseudoTerminal(arguments: ["--flow", Self.flows, "--lang", Bool.random(using: &random) ? "en" : "zh"],
                                              columns: Int.random(in: 30...140, using: &random),
                                              rows: Int.random(in: 8...45, using: &random), environment: environment)
            let what = "round \(round), signal \(signal)"
            // Anywhere from the middle of start-up to well into the questions, with keys in between.
            terminal.pump(for: Double.random(in: 0...0.25, using: &random))
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                terminal.send(Self.keys[Int.random(in: 0..<Self.keys.count, using: &random)])
                terminal.pump(for: Double.random(in: 0...0.01, using: &random))
            }
            terminal.signal(signal)

            switch signal {
            case SIGTSTP:
                // Stops (or ignores it before full screen starts); either way the terminal is usable meanwhile.
                let stopped = terminal.waitForEnd(timeout: 5)
                #expect(stopped == .stopped(SIGTSTP) || stopped == .running || stopped == .killed(SIGTSTP),
                        "\(what): \(stopped), last output: \(terminal.lastOutput)")
                if stopped == .stopped(SIGTSTP) {
                    #expect(Self.sane(terminal.modes, like: terminal.initialModes), "\(what): terminal raw while stopped")
                }
                terminal.signal(SIGCONT)
                terminal.pump(for: 0.05)
                terminal.signal(SIGTERM)
            case SIGWINCH:
                terminal.resize(columns: Int.random(in: 20...160, using: &random), rows: Int.random(in: 5...50, using: &random))
                terminal.pump(for: 0.05)
                terminal.signal(SIGTERM)
            default:
                break
            }
            let ending = signal == SIGTSTP || signal == SIGWINCH ? SIGTERM : signal
            let end = terminal.waitForEnd(timeout: 10)
            // Handled: exit status 128 + signal. Before the handlers exist (still reading the flow), the
            // default action ends it; that is fine only if full screen had not started yet.
            let startedFullScreen = terminal.output.contains(subsequence: Self.enterAlternateScreen)
            #expect(end == .exited(128 + ending) || (end == .killed(ending) && !startedFullScreen),
                    "\(what): \(end), last output: \(terminal.lastOutput)")
            #expect(Self.sane(terminal.modes, like: terminal.initialModes), "\(what): terminal settings not restored")
            if startedFullScreen {
                #expect(terminal.output.lastRange(of: Self.leaveAlternateScreen) ?? -1 > terminal.output.lastRange(of: Self.enterAlternateScreen) ?? 0,
                        "\(what): the alternate screen was not left")
            }
        }
    }

    /// A terminal closed without a SIGHUP reaching the program (started with nohup, or the signal blocked)
    /// must end it as a hang-up, not leave it spinning on reads that fail at once.
    @Test func aVanishedTerminalEndsTheProgram() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("simguide-vanish-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: state) }
        let terminal = try PseudoTerminal(arguments: ["--flow", Self.flows, "--lang", "en"], columns: 80, rows: 24,
                                          environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_STATE_HOME": state])
        for _ in 0..<200 where !terminal.output.contains(subsequence: Self.enterAlternateScreen) { terminal.pump(for: 0.02) }
        terminal.send("\r")
        terminal.pump(for: 0.1)
        terminal.closeTerminal()
        #expect(terminal.waitForEnd(timeout: 5) == .exited(128 + SIGHUP))
    }

    /// Signals whose default action would kill the program in the alternate screen with the terminal raw
    /// (Ctrl-\\ sends SIGQUIT): each ends the wizard with 128 + signal and the terminal restored.
    @Test(arguments: [SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM])
    func everyOtherFatalSignalRestoresTheTerminal(signal: Int32) throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("simguide-fatal-\(getpid())-\(signal)").path
        defer { try? FileManager.default.removeItem(atPath: state) }
        let terminal = try PseudoTerminal(arguments: ["--flow", Self.flows, "--lang", "zh"], columns: 80, rows: 24,
                                          environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_STATE_HOME": state])
        for _ in 0..<200 where !terminal.output.contains(subsequence: Self.enterAlternateScreen) { terminal.pump(for: 0.02) }
        terminal.send("1")
        terminal.pump(for: 0.1)
        terminal.signal(signal)
        #expect(terminal.waitForEnd(timeout: 5) == .exited(128 + signal))
        #expect(Self.sane(terminal.modes, like: terminal.initialModes), "terminal settings not restored")
        #expect(terminal.output.lastRange(of: Self.leaveAlternateScreen) ?? -1 > terminal.output.lastRange(of: Self.enterAlternateScreen) ?? 0)
    }

    /// Outside the full screen, Ctrl-\\ (SIGQUIT) quits as in any program: the Swift runtime's crash
    /// handler, which printed a backtrace and let the program run on, is not in the way.
    @Test func sigquitQuitsLineModeAsItShould() throws {
        let terminal = try PseudoTerminal(arguments: ["--flow", Self.flows, "--plain", "--lang", "en"], columns: 80, rows: 24,
                                          environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_STATE_HOME": NSTemporaryDirectory() + "simguide-quit-\(getpid())"])
        for _ in 0..<200 where !terminal.output.contains(subsequence: Array("> ".utf8)) { terminal.pump(for: 0.02) }
        terminal.signal(SIGQUIT)
        #expect(terminal.waitForEnd(timeout: 5) == .killed(SIGQUIT))
        #expect(!terminal.output.contains(subsequence: Array("Backtracing".utf8)))
    }

    /// Line editing and echo as they were before the program ran.
    static func sane(_ now: termios, like before: termios) -> Bool {
        let line = tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        return now.c_lflag & line == before.c_lflag & line
            && now.c_iflag & tcflag_t(ICRNL | IXON) == before.c_iflag & tcflag_t(ICRNL | IXON)
            && now.c_oflag & tcflag_t(OPOST) == before.c_oflag & tcflag_t(OPOST)
    }
}

extension Array where Element == UInt8 {
    func contains(subsequence: [UInt8]) -> Bool { lastRange(of: subsequence) != nil }

    /// Where the last occurrence of `subsequence` starts.
    func lastRange(of subsequence: [UInt8]) -> Int? {
        guard count >= subsequence.count, !subsequence.isEmpty else { return nil }
        return stride(from: count - subsequence.count, through: 0, by: -1).first { start in
            self[start..<(start + subsequence.count)].elementsEqual(subsequence)
        }
    }
}
