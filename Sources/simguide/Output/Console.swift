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

/// Standard output and standard error, written with `write(2)`.
///
/// A write that fails (a full disk, `/dev/full`, a closed descriptor) is reported as a `Failure` with exit
/// code 4, never a trap. Text reaches the descriptor through `VisibleControls`, so nothing a flow or a
/// saved session holds can send escape sequences to the user's terminal.
enum Console {
    /// Writes `text` to standard output; throws a `Failure` with code 4 when it cannot.
    static func out(_ text: String) throws {
        if let reason = write(VisibleControls.visible(text), to: STDOUT_FILENO) {
            throw Failure(code: Failure.failedWrite, message: "simguide: cannot write to standard output: \(reason)")
        }
    }

    /// Writes `text` to standard output without changing a byte (a form feed in a paged plan, `--output -`).
    static func outExactly(_ text: String) throws {
        if let reason = write(text, to: STDOUT_FILENO) {
            throw Failure(code: Failure.failedWrite, message: "simguide: cannot write to standard output: \(reason)")
        }
    }

    /// Writes `text` to standard error; returns whether it could. Callers go on either way: there is no
    /// better place left to report the failure.
    @discardableResult
    static func error(_ text: String) -> Bool {
        write(VisibleControls.visible(text), to: STDERR_FILENO) == nil
    }

    /// Makes sure descriptors 0, 1 and 2 are open, so that a file this program opens never becomes its
    /// standard output by accident (`simguide >&-`). A closed one is held by `/dev/null` opened in the
    /// wrong direction, so reading or writing it fails as it would have, and is reported.
    static func holdClosedDescriptors() {
        // In order: open() takes the lowest free descriptor, which is then the closed one itself.
        for (descriptor, mode) in [(STDIN_FILENO, O_WRONLY), (STDOUT_FILENO, O_RDONLY), (STDERR_FILENO, O_RDONLY)] {
            guard fcntl(descriptor, F_GETFD) == -1, errno == EBADF else { continue }
            let opened = open("/dev/null", mode)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }

    /// Writes every byte; returns the system's reason when it fails.
    private static func write(_ text: String, to descriptor: Int32) -> String? {
        let failure = AtomicFile.writeAll(Data(text.utf8), to: descriptor)
        return failure == 0 ? nil : String(cString: strerror(failure))
    }
}
