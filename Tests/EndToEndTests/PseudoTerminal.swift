import Foundation

/// The full-screen binary in a pseudo-terminal of our own, for tests that need exact timing (signals at
/// random moments) and the terminal's settings afterwards, which tmux cannot give.
final class PseudoTerminal {
    /// How a run ended, as `waitpid` says.
    enum Status: Equatable {
        case running
        case exited(Int32)
        case killed(Int32)
        case stopped(Int32)
    }

    let pid: pid_t
    private var master: Int32
    private var slave: Int32
    /// The terminal settings before the program started.
    let initialModes: termios
    private(set) var output: [UInt8] = []
    private var ended: Status?

    init(arguments: [String], columns: Int, rows: Int, environment: [String: String]) throws {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        var master: Int32 = -1, slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw Failure("no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        self.master = master
        self.slave = slave
        var modes = termios()
        tcgetattr(slave, &modes)
        initialModes = modes
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for target in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            posix_spawn_file_actions_adddup2(&actions, slave, target)
        }
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A process group of its own, in our session, so stop signals are not discarded as they would be
        // for an orphaned group, and signals reach only this program.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        // As a shell starts a program: no signal blocked or ignored (the test runner's threads block some).
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)

        let argv = ([BinaryRunner.binary.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, BinaryRunner.binary.path, &actions, &attributes, argv, envp)
        guard result == 0 else { throw Failure("cannot start the binary: \(String(cString: strerror(result)))") }
        pid = child
    }

    deinit {
        if status() == .running || ended == nil {  // running or stopped: never leave it behind
            kill(pid, SIGKILL)
            waitForEnd(timeout: 2)
        }
        closeTerminal()
        if slave >= 0 { close(slave) }
    }

    /// Closes our side, as when a terminal window is closed; no SIGHUP is sent, since the program does
    /// not have this terminal as its controlling terminal.
    func closeTerminal() {
        drain()
        if master >= 0 { close(master) }
        master = -1
    }

    /// The end of the output, control characters escaped, for failure messages.
    var lastOutput: String {
        String(decoding: output.suffix(400), as: UTF8.self).unicodeScalars
            .map { $0.value < 0x20 || $0.value == 0x7f ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
    }

    /// The terminal's settings now.
    var modes: termios {
        var modes = termios()
        tcgetattr(slave, &modes)
        return modes
    }

    func send(_ bytes: String) {
        _ = bytes.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
    }

    func signal(_ number: Int32) { kill(pid, number) }

    func resize(columns: Int, rows: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        kill(pid, SIGWINCH)  // no controlling terminal, so the kernel does not send it
    }

    /// Reads what the program wrote for `seconds`.
    func pump(for seconds: TimeInterval) {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            drain()
            usleep(2_000)
        } while Date() < deadline
        drain()
    }

    /// The program's state, reading its output meanwhile; reports a stop once.
    func status() -> Status {
        drain()
        if let ended { return ended }
        var raw: Int32 = 0
        let result = waitpid(pid, &raw, WNOHANG | WUNTRACED)
        guard result == pid else { return .running }
        if raw & 0xff == 0x7f { return .stopped((raw >> 8) & 0xff) }
        let end: Status = raw & 0x7f == 0 ? .exited((raw >> 8) & 0xff) : .killed(raw & 0x7f)
        ended = end
        return end
    }

    /// Waits until the program ends or stops, or `timeout` passes (then `.running`).
    @discardableResult
    func waitForEnd(timeout: TimeInterval) -> Status {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let now = status()
            if now != .running { return now }
            usleep(2_000)
        }
        return .running
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { return }
            output.append(contentsOf: buffer[0..<count])
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
