#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Path arithmetic on plain strings, the way the shell and `NSString` do it, without Foundation's
/// internationalisation layer (which would bring ICU into the binary).
public enum FilePaths {
    /// The last part of `path`: `b` for `/a/b` and `/a/b/`, `/` for `/`, `` for ``.
    public static func name(of path: String) -> String {
        let parts = path.split(separator: "/")
        guard let last = parts.last else { return path.hasPrefix("/") ? "/" : "" }
        return String(last)
    }

    /// The folder that holds `path`: `/a` for `/a/b`, `/` for `/a`, `` for `a`.
    public static func folder(of path: String) -> String {
        let parts = path.split(separator: "/")
        let absolute = path.hasPrefix("/")
        guard parts.count > 1 else { return absolute ? "/" : "" }
        return (absolute ? "/" : "") + parts.dropLast().map(String.init).joinedText(separator: "/")
    }

    /// `name` inside `folder`, with one slash between them; `name` alone when `folder` is empty.
    public static func join(_ folder: String, _ name: String) -> String {
        guard !folder.isEmpty else { return name }
        guard !name.isEmpty else { return folder }
        let trimmedFolder = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let trimmedName = name.hasPrefix("/") ? String(name.dropFirst()) : name
        return trimmedFolder + "/" + trimmedName
    }

    /// The extension of the last part, without its dot: `txt` for `a/plan.txt`, `` for `a/.profile`.
    public static func pathExtension(_ path: String) -> String {
        let last = name(of: path)
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return "" }
        return String(last[last.index(after: dot)...])
    }

    /// `path` without the extension of its last part: `a/plan` for `a/plan.txt`.
    public static func removingExtension(_ path: String) -> String {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        let ext = pathExtension(trimmed)
        return ext.isEmpty ? trimmed : String(trimmed.dropLast(ext.count + 1))
    }

    /// `path` with `.` parts, repeated and trailing slashes removed and `..` taken back where it can be
    /// (on the text alone: symbolic links are not followed); `/..` stays `/`.
    public static func standardized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", absolute {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? (path.isEmpty ? "" : ".") : joined
    }

    /// The user's home folder: `$HOME`, else the password database's entry, else `/`.
    public static func home() -> String {
        if let value = getenv("HOME"), value.pointee != 0 { return String(cString: value) }
        if let entry = getpwuid(getuid()), let folder = entry.pointee.pw_dir { return String(cString: folder) }
        return "/"
    }
}
