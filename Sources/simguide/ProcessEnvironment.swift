#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The environment variables, read once from the C library's `environ` before the first frame.
///
/// Read directly rather than through `ProcessInfo`, whose first use sets up Foundation's process state
/// and builds the dictionary through generic string code (about half a million instructions at start).
/// A name set twice keeps its first value, the one `getenv` (and so ncurses) sees; an entry without `=`
/// is skipped; bytes that are not UTF-8 are repaired as `String(cString:)` repairs them.
enum ProcessEnvironment {
    static let values: [String: String] = read(block)

    /// The C library's environment block: `environ`, which Swift's Darwin module does not export; there
    /// it is reached through `_NSGetEnviron`, as the C library itself does.
    static var block: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        #if canImport(Darwin)
        return darwinEnvironment().pointee
        #else
        return environ
        #endif
    }

    /// The variables of a C environment block: `NAME=value` strings up to a null pointer.
    static func read(_ block: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> [String: String] {
        var values: [String: String] = [:]
        guard var entry = block else { return values }
        while let pointer = entry.pointee {
            let length = strlen(pointer)
            pointer.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
                let text = UnsafeBufferPointer(start: bytes, count: length)
                guard let equals = text.firstIndex(of: UInt8(ascii: "=")), equals > 0 else { return }
                let name = String(decoding: UnsafeBufferPointer(rebasing: text[..<equals]), as: UTF8.self)
                if values[name] == nil {
                    values[name] = String(decoding: UnsafeBufferPointer(rebasing: text[(equals + 1)...]), as: UTF8.self)
                }
            }
            entry += 1
        }
        return values
    }
}

#if canImport(Darwin)
/// `_NSGetEnviron` from `<crt_externs.h>`: the address of the process's environment block.
@_silgen_name("_NSGetEnviron")
private func darwinEnvironment() -> UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
#endif
