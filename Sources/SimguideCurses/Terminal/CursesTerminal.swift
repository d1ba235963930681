import CNcursesw
import SimguideCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal, through ncursesw. The only code that imports ncurses.
///
/// `start()` fixes the locale so wide characters work even when `LANG` names a locale that is not
/// installed, sets a short Esc delay, and turns on colours unless `NO_COLOR` is set and not empty. `stop()` restores
/// the terminal; it runs on every way out, including SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1/2 and
/// SIGALRM (see `readKey`).
public final class CursesTerminal: TerminalScreen {
    /// Why the full-screen mode could not start.
    public struct StartFailure: Error, CustomStringConvertible {
        public let description: String
    }

    public private(set) var drawsLines = true
    /// Whether clicks and the wheel reach the wizard (set before `start`). While they do, the terminal
    /// selects text only with Shift held (Option or Fn on macOS).
    public var tracksMouse = true
    private var started = false
    private var colors = false

    public init() {}

    public func start(environment: [String: String]) throws {
        Self.ensureUTF8Locale()
        drawsLines = Self.localeIsUTF8()
        guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else {
            throw StartFailure(description: "TERM is not set or is 'dumb'")
        }
        setenv("ESCDELAY", "25", 0)
        // Before newterm: ncurses installs its own SIGINT/SIGTERM handlers (which exit with status 1) only
        // where none is set, so a signal during start-up also ends with 128 + signal and a restored terminal.
        SignalFlag.install()
        // newterm instead of initscr: initscr exits the process when the terminal type is unknown.
        guard let screen = simguide_newterm() else {
            SignalFlag.restoreDefaults()  // line mode takes over: Ctrl-C must end it as usual
            throw StartFailure(description: "the terminal type '\(term)' is unknown")
        }
        set_term(screen)
        started = true
        set_escdelay(25)
        cbreak()
        noecho()
        nonl()
        _ = simguide_keypad_on()
        timeout(100)  // wake up regularly to notice signals
        if tracksMouse {
            _ = mousemask(simguide_all_mouse_events(), nil)
            mouseinterval(0)
        }
        curs_set(1)
        if (environment["NO_COLOR"] ?? "").isEmpty, has_colors() {  // no-color.org: set and not empty
            start_color()
            use_default_colors()
            init_pair(1, Int16(COLOR_CYAN), -1)    // titles
            init_pair(2, Int16(COLOR_BLACK), Int16(COLOR_CYAN))  // focus
            init_pair(3, Int16(COLOR_YELLOW), -1)  // warnings
            init_pair(4, Int16(COLOR_GREEN), -1)   // ticked
            colors = true
        }
    }

    /// Restores the terminal; safe to call more than once.
    public func stop() {
        guard started else { return }
        started = false
        endwin()
    }

    public var size: (rows: Int, columns: Int) { (Int(simguide_lines()), Int(simguide_cols())) }

    public func clear() { erase() }

    public func draw(_ text: String, row: Int, column: Int, style: TextStyle) {
        let scalars = VisibleControls.visible(text).unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        guard !scalars.isEmpty else { return }
        scalars.withUnsafeBufferPointer { buffer in
            _ = simguide_put(Int32(row), Int32(column), buffer.baseAddress, Int32(buffer.count), attributes(style))
        }
    }

    public func placeCursor(row: Int, column: Int) { move(Int32(row), Int32(column)) }

    public func refresh() { CNcursesw.refresh() }

    /// Blocks until a key, a resize or a signal. Returns `nil` after SIGINT, SIGTERM, SIGHUP, SIGQUIT,
    /// SIGUSR1, SIGUSR2 or SIGALRM, so the caller unwinds and `stop()` restores the terminal.
    public func readKey() -> KeyEvent? {
        while true {
            if SignalFlag.received != 0 { return nil }
            var character: wint_t = 0
            let result = simguide_get_key(&character)
            if result == ERR {
                // A timeout, or a terminal that is gone without a SIGHUP reaching us (nohup, a blocked
                // signal): then every read fails at once, so end as a hang-up instead of spinning.
                if Self.inputHungUp() {
                    SignalFlag.received = SIGHUP
                    return nil
                }
                continue
            }
            if result == simguide_key_code_yes() {
                if let key = keyCode(Int32(character)) { return key }
                continue
            }
            switch character {
            case 10, 13: return .enter
            case 27: return .escape
            case 9: return .tab
            case 8, 127: return .backspace
            case 3: return nil  // Ctrl-C when it arrives as a character
            default:
                if let scalar = Unicode.Scalar(UInt32(character)) { return .character(Character(scalar)) }
            }
        }
    }

    private static func inputHungUp() -> Bool {
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&input, 1, 0) == 1 && input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// The signal that ended the session, if any (for the exit status).
    public var endingSignal: Int32 { SignalFlag.received }

    // MARK: Private

    private func keyCode(_ code: Int32) -> KeyEvent? {
        switch code {
        case simguide_key_up(): return .up
        case simguide_key_down(): return .down
        case simguide_key_left(): return .left
        case simguide_key_right(): return .right
        case simguide_key_enter(): return .enter
        case simguide_key_backspace(): return .backspace
        case simguide_key_ppage(): return .pageUp
        case simguide_key_npage(): return .pageDown
        case simguide_key_home(): return .home
        case simguide_key_end(): return .end
        case simguide_key_resize(): return .resize
        case simguide_key_mouse():
            var row: Int32 = 0, column: Int32 = 0
            switch simguide_mouse(&row, &column) {
            case 1: return .click(row: Int(row), column: Int(column))
            case 2: return .wheelUp
            case 3: return .wheelDown
            default: return nil
            }
        default: return nil
        }
    }

    private func attributes(_ style: TextStyle) -> UInt32 {
        switch (style, colors) {
        case (.normal, _): return 0
        case (.title, true): return simguide_a_bold() | UInt32(simguide_color_pair(1))
        case (.title, false): return simguide_a_bold()
        case (.focus, true): return UInt32(simguide_color_pair(2)) | simguide_a_bold()
        case (.focus, false): return simguide_a_reverse()
        case (.dim, _): return simguide_a_dim()
        case (.warning, true): return UInt32(simguide_color_pair(3)) | simguide_a_bold()
        case (.warning, false): return simguide_a_bold()
        case (.ticked, true): return UInt32(simguide_color_pair(4))
        case (.ticked, false): return simguide_a_dim()
        }
    }

    /// ncursesw draws wide characters only in a UTF-8 locale. Only C.UTF-8 may be installed, so a
    /// `LANG=zh_CN.UTF-8` that fails falls back to C.UTF-8 for the character type.
    private static func ensureUTF8Locale() {
        if setlocale(LC_ALL, "") == nil || !localeIsUTF8() {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
    }

    private static func localeIsUTF8() -> Bool { simguide_locale_is_utf8() != 0 }
}

/// Remembers a terminating signal so the key loop can unwind and restore the terminal.
private enum SignalFlag {
    nonisolated(unsafe) static var received: Int32 = 0

    /// Every signal whose default action would end the program with the terminal left raw in the
    /// alternate screen: they end the wizard with 128 + signal instead, after the terminal is restored.
    static let signals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM]

    static func install() {
        // A printer (lp) that dies while we write to it is an error to report in the dialog, not an end.
        signal(SIGPIPE, SIG_IGN)
        for signalNumber in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in SignalFlag.received = number }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // no SA_RESTART: the blocking read returns at once
            sigaction(signalNumber, &action, nil)
        }
    }

    static func restoreDefaults() {
        for signalNumber in signals + [SIGPIPE] { signal(signalNumber, SIG_DFL) }
    }
}
