#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The generator's reading and writing, with POSIX calls only.
enum GeneratorFiles {
    /// Why a file could not be read or written, in the system's words.
    struct Problem: Error, CustomStringConvertible {
        let description: String

        init(_ what: String, _ path: String) {
            description = "cannot \(what) '\(path)': \(String(cString: strerror(errno)))"
        }
    }

    /// The whole file, as bytes.
    static func read(_ path: String) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw Problem("read", path) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            bytes += chunk[..<count]
            if count < chunk.count { break }
        }
        guard ferror(file) == 0 else { throw Problem("read", path) }
        return bytes
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
