#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SimguideCore

/// The generator's reading and writing, with POSIX calls only.
enum GeneratorFiles {
    /// Why a file could not be read or written, in the system's words.
    struct Problem: Error, CustomStringConvertible {
        let description: String

        init(description: String) {
            self.description = description
        }

        init(_ what: String, _ path: String) {
            description = "cannot \(what) '\(path)': \(String(cString: strerror(errno)))"
        }
    }

    /// The whole file, as bytes.
    static func read(_ path: String) throws -> [UInt8] {
        do {
            return try FileBytes.contents(of: path)
        } catch {
            let reason = if case .system(let message) = error { message } else { "not a regular file" }
            throw Problem(description: "cannot read '\(path)': \(reason)")
        }
    }

    /// Writes `text` to `path`, unless the file already holds it: an unchanged file keeps its time, so
    /// the build does not compile it again (an edit to one region's YAML recompiles that region's part).
    static func save(_ text: String, to path: String) throws {
        if let old = try? read(path), old.elementsEqual(text.utf8) { return }
        guard let file = fopen(path, "wb") else { throw Problem("write", path) }
        let bytes = Array(text.utf8)
        let written = fwrite(bytes, 1, bytes.count, file)
        guard fclose(file) == 0, written == bytes.count else { throw Problem("write", path) }
    }

    /// Prints the message on standard error and ends the build step with status 1.
    static func fail(_ message: String) -> Never {
        let bytes = Array((message + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        exit(1)
    }
}
