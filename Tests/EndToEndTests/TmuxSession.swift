import Foundation

/// A private tmux server running one shell, for driving the real binary as a person would.
final class TmuxSession {
    private let socket = "simguide-test-\(UUID().uuidString.prefix(8))"

    static var isAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    init(columns: Int, rows: Int) throws {
        try tmux(["new-session", "-d", "-s", "main", "-x", "\(columns)", "-y", "\(rows)", "env", "-i",
                  "PATH=/usr/bin:/bin", "HOME=/tmp", "TERM=screen", "LANG=C.UTF-8", "PS1=$ ", "bash", "--norc", "--noprofile"])
        try tmux(["set-option", "-t", "main", "status", "off"])
        _ = waitFor("$")
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Types text; `enter` presses Return after it.
    func type(_ text: String, enter: Bool = true) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
        if enter { try keys("Enter") }
    }

    /// Presses tmux key names such as "Enter", "Down", "C-c".
    func keys(_ names: String...) throws {
        for name in names {
            try tmux(["send-keys", "-t", "main", name])
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Presses many keys in one go (for example 40 backspaces).
    func keys(contentsOf names: [String]) throws {
        try tmux(["send-keys", "-t", "main"] + names)
        Thread.sleep(forTimeInterval: 0.05)
    }

    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(columns)", "-y", "\(rows)"])
    }

    func screen() -> String { (try? tmux(["capture-pane", "-t", "main", "-p"])) ?? "" }

    /// The screen with its colours and attributes as escape sequences.
    func styledScreen() -> String { (try? tmux(["capture-pane", "-t", "main", "-p", "-e"])) ?? "" }
    /// The screen and everything scrolled off above it, wrapped lines joined.
    func history() -> String { (try? tmux(["capture-pane", "-t", "main", "-p", "-J", "-S", "-"])) ?? "" }

    /// Waits until the screen contains `text`; returns the screen either way.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 5) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var current = screen()
        while !current.contains(text) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            current = screen()
        }
        return current
    }

    /// Waits for the exit-status marker of a command line, then for the rest of that line to be printed.
    func finished() -> String {
        waitFor("rc=")
        Thread.sleep(forTimeInterval: 0.5)
        return screen()
    }

    /// Runs tmux through the shell with libc's `system`/`popen`, which wait for the client reliably
    /// (the tmux server it may start keeps running in the background).
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let command = (["tmux", "-L", socket, "-f", "/dev/null"] + arguments).map(Self.quote).joined(separator: " ")
        guard arguments.first == "capture-pane" else {
            _ = system(command + " </dev/null >/dev/null 2>&1")
            return ""
        }
        guard let pipe = popen(command + " 2>/dev/null", "r") else { return "" }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, pipe)
            if count <= 0 { break }
            output.append(contentsOf: buffer[0..<count])
        }
        pclose(pipe)
        return String(decoding: output, as: UTF8.self)
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
