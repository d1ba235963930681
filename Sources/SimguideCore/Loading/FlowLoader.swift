/// Reads a flow from its root YAML file and the files it includes.
///
/// Shape problems (YAML syntax, wrong types, unknown or missing keys) throw a `FlowError` with the exact
/// `file:line:column`. Problems of meaning (unknown ids, unreachable questions, dead ends) are found
/// afterwards by `FlowLinter`, which sees the whole flow at once.
public enum FlowLoader {
    /// The flow file format this version reads.
    public static let supportedFormat = 1

    /// Loads the flow whose root file is at `path`; included files are found next to it.
    public static func load(path: String) throws -> Flow {
        try load(root: try parse(file: path), directory: FilePaths.folder(of: path))
    }

    /// Loads a flow from YAML text; `name` is the file name used in messages, and included files are
    /// found relative to `directory`.
    public static func load(yaml: String, name: String, directory: String = ".") throws -> Flow {
        try load(root: try parse(text: yaml, file: name), directory: directory)
    }

    private static func load(root: YAMLNode, directory: String) throws -> Flow {
        let top = try root.mapping("the flow file", allowed: rootKeys)
        if top["format"] == nil, top["start"] == nil, partKeys.contains(where: { top[$0] != nil }) {
            throw FlowError(.includedPart, "this looks like an included part (no 'format' or 'start'); give the root file that lists it under 'include' (simguide.yaml)",
                            at: root.position)
        }
        let format = try top.required("format").integer("format")
        guard format == supportedFormat else {
            throw FlowError(.unsupportedFormat, "format \(format) is not supported; this simguide reads format \(supportedFormat)",
                            at: try top.required("format").position)
        }
        let startNode = try top.required("start")
        var parts = FlowParts()
        try parts.read(top)
        var files = [root.file]
        let folder = IncludeFolder(directory)
        for include in try top["include"]?.sequence("include") ?? [] {
            let name = try include.string("an included file")
            let includedPath = try folder.path(of: name, at: include.position)
            guard !files.contains(includedPath) else {
                throw FlowError(.includedTwice, "'\(name)' is included twice; list it once", at: include.position)
            }
            files.append(includedPath)
            let part = try parse(file: includedPath, includedAt: include.position)
            try parts.read(try part.mapping("an included flow file", allowed: partKeys))
        }
        return Flow(
            format: format,
            version: try top.required("version").string("version"),
            title: try FlowParts.text(try top.required("title"), "title"),
            start: try startNode.identifier("start"),
            startPosition: startNode.position,
            questions: parts.questions, rules: parts.rules, documents: parts.documents,
            contacts: parts.contacts, sources: parts.sources, letters: parts.letters, files: files,
            allowedDomains: try allowedDomains(top["allowed_domains"]),
            letterBlanks: try (top["letter_blanks"]?.sequence("letter_blanks") ?? []).map { item in
                let map = try item.mapping("a letter blank", allowed: ["id", "label"])
                return LetterBlank(id: try map.required("id").identifier("a letter blank"),
                                   label: try FlowParts.text(try map.required("label"), "label"), position: item.position)
            })
    }

    static let partKeys = ["questions", "rules", "documents", "contacts", "sources", "letters"]
    static let rootKeys = ["format", "version", "title", "start", "include", "allowed_domains", "letter_blanks"] + partKeys

    /// Reads `allowed_domains:`, a list of bare domain names such as `ofca.gov.hk`.
    private static func allowedDomains(_ node: YAMLNode?) throws -> [String] {
        try (node?.sequence("allowed_domains") ?? []).map { item in
            let domain = try item.string("an allowed domain")
            let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
            let isDomain = labels.count >= 2 && labels.allSatisfy { label in
                !label.isEmpty && label.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
            }
            guard isDomain else {
                throw FlowError(.badDomain, "'\(domain)' is not a domain name; write it bare and in lower case, like 'ofca.gov.hk'",
                                at: item.position)
            }
            return domain
        }
    }

    static func parse(file path: String, includedAt: SourcePosition? = nil) throws -> YAMLNode {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.contents(of: path)
        } catch {
            let message = "cannot read the flow file '\(path)': \(reason(error))"
            if let includedAt { throw FlowError(.unreadableFile, message, at: includedAt) }
            throw FlowError(.unreadableFile, message, file: path)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw FlowError(.notUTF8, "the file is not UTF-8 text; save it as UTF-8", file: path)
        }
        return try parse(text: text, file: path)
    }

    private static func parse(text: String, file: String) throws -> YAMLNode {
        var text = text
        let tree = try text.withUTF8 { try YAMLEventReader.read(UnsafeRawBufferPointer($0), file: file) }
        guard let tree else {
            throw FlowError(.emptyFile, "the file is empty; a flow file is a YAML mapping", file: file)
        }
        return YAMLNode(tree: tree, file: file, budget: NodeBudget())
    }

    private static func reason(_ failure: FileBytes.Failure) -> String {
        switch failure {
        case .folder: return "it is a folder; give the flow's YAML file (or the folder as --flow)"
        case .fifo: return "it is a FIFO (named pipe), not a file; save the flow to a file"
        case .device: return "it is a device or socket, not a file; give the flow's YAML file"
        case .system(let message): return message
        }
    }
}
