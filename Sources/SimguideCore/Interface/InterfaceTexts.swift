#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interface languages of a folder of catalogues, one file each (`zh.txt`, `zh-Hant.txt`, `en.txt`):
/// a language is offered when its file is there. Only the catalogue of a language in use is read, when
/// first needed; for the `l` key the others' names and order are read from their first lines.
public final class InterfaceTexts: @unchecked Sendable {
    /// A language's own name, short name (for footers), its place in the `l` cycle and the language to
    /// fall back to, from its catalogue's `language.*` keys.
    public struct Header: Sendable, Equatable {
        public let code: String
        public let name: String
        public let shortName: String
        public let order: Int
        public let fallback: String?
    }

    /// The program's catalogues: the folder `SIMGUIDE_INTERFACE` names (to try a translation before
    /// installing it), else `share/simguide/interface` or `Resources/interface`, found as the flow is.
    public static let installed = InterfaceTexts(folder: locate())

    /// The folder of catalogues; nil when none was found (every text then falls back to its key).
    public let folder: String?
    private let lock = Lock()
    /// Catalogues read so far, and those that could not be read (a handful at most: searched in order;
    /// no dictionary of results, whose generic set-up alone cost more than reading a catalogue).
    private var loaded: [TextCatalogue] = []
    private var failed: [FlowError] = []
    private var listing: [Header]?

    public init(folder: String?) {
        self.folder = folder
    }

    /// The language `code` when this folder has its catalogue; nil for any other code.
    public func language(_ code: String) -> Language? {
        guard let path = path(code), access(path, R_OK) == 0 else { return nil }
        return Language(code: code, texts: self)
    }

    /// Every language with a catalogue here, in the order the `l` key goes through them: by their
    /// `language.order`, then by code.
    public var languages: [Language] { headers.map { Language(code: $0.code, texts: self) } }

    /// The names and order of the languages here, read once from their catalogues' first lines.
    public var headers: [Header] {
        lock.withLock {
            if let listing { return listing }
            let found = codes().compactMap(readHeader).sorted { ($0.order, $0.code) < ($1.order, $1.code) }
            listing = found
            return found
        }
    }

    /// The catalogue of `code`, read on first use; throws where the file cannot be read or has a
    /// malformed line (file:line:column).
    public func catalogue(_ code: String) throws -> TextCatalogue {
        try lock.withLock {
            if let catalogue = loaded.first(where: { $0.code == code }) { return catalogue }
            let file = path(code) ?? code + ".txt"
            if let error = failed.first(where: { $0.file == file }) { throw error }
            do throws(FlowError) {
                let catalogue = try readCatalogue(code, headerOnly: false)
                loaded.append(catalogue)
                return catalogue
            } catch {
                failed.append(error)
                throw error
            }
        }
    }

    /// The text `key` in `code`, or in its fallback language, English, then Simplified Chinese; nil when
    /// no catalogue has it.
    func text(_ key: String, in code: String) -> String? {
        if let text = (try? catalogue(code))?[key] { return text }
        var tried: Set<String> = []
        var next: String? = code
        while let current = next, tried.insert(current).inserted {
            let catalogue = try? self.catalogue(current)
            if let text = catalogue?[key] { return text }
            next = catalogue?["language.fallback"].flatMap { tried.contains($0) ? nil : $0 }
                ?? (tried.contains("en") ? (tried.contains("zh") ? nil : "zh") : "en")
        }
        return nil
    }

    /// The catalogue file of `code`, when `code` is a language code (never a path).
    public func path(_ code: String) -> String? {
        guard let folder, FlowParts.isLanguageCode(code) else { return nil }
        return ResourceFolder.join(folder, code + ".txt")
    }

    /// The codes of the `.txt` files in the folder.
    public func codes() -> [String] {
        guard let folder, let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var codes: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasSuffix(".txt") else { continue }
            let code = String(name.dropLast(4))
            if FlowParts.isLanguageCode(code) { codes.append(code) }
        }
        return codes.sorted()
    }

    private func readHeader(_ code: String) -> Header? {
        guard let catalogue = try? readCatalogue(code, headerOnly: true) else { return nil }
        return Header(code: code, name: catalogue["language.name"] ?? code, shortName: catalogue["language.short-name"] ?? code,
                      order: catalogue["language.order"].flatMap { Int($0) } ?? Int.max, fallback: catalogue["language.fallback"])
    }

    private func readCatalogue(_ code: String, headerOnly: Bool) throws(FlowError) -> TextCatalogue {
        guard let path = path(code) else {
            throw FlowError(.unreadableFile, "no catalogue folder was found for the language '\(code)'", file: code + ".txt")
        }
        return try CatalogueReader.read(try Self.bytes(path, limit: headerOnly ? 4096 : nil), code: code, file: path, headerOnly: headerOnly)
    }

    /// The file at `path` (its first `limit` bytes when given).
    static func bytes(_ path: String, limit: Int? = nil) throws(FlowError) -> [UInt8] {
        do {
            return try FileBytes.contents(of: path, limit: limit ?? .max)
        } catch {
            let reason = if case .system(let message) = error { message } else { "not a regular file" }
            throw FlowError(.unreadableFile, "cannot read the catalogue '\(path)': \(reason); it must be a readable text file", file: path)
        }
    }

    private static func locate() -> String? {
        if let given = getenv("SIMGUIDE_INTERFACE"), given.pointee != 0 { return String(cString: given) }
        return ResourceFolder.find("interface", containing: "en.txt")
    }
}
