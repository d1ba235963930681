#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A flow compiled into the program at build time (by `flow-compiler`), with the bytes of the YAML files
/// it was compiled from.
///
/// The YAML stays the source of truth: the compiled model is used only when the files a load would read
/// are, byte for byte, the ones it was compiled from. Then it is the model `FlowLoader` would build from
/// them, positions included (they name the files where they are now), and it passed the start-up lint
/// when it was compiled. Any difference (an edited file, another flow, a missing file) means loading the
/// YAML as usual.
public struct PrecompiledFlow: Sendable {
    /// One file of the flow as it was compiled: its name as the root file's `include:` writes it (the root
    /// file's own name for the root), and its bytes.
    public struct File: Sendable {
        public let name: String
        public let bytes: StaticString

        public init(name: String, bytes: StaticString) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// The root file, then the included files in the order the root file lists them.
    public let files: [File]
    /// Builds the model; takes the path of every file in `files`' order, for positions and `Flow.files`.
    private let make: @Sendable ([String]) -> Flow

    public init(files: [File], make: @escaping @Sendable ([String]) -> Flow) {
        self.files = files
        self.make = make
    }

    /// The compiled flow, when the flow whose root file is at `rootPath` is the one it was compiled from;
    /// `nil` otherwise (load the YAML instead).
    public func flow(rootPath: String) -> Flow? {
        guard let paths = matchingPaths(rootPath: rootPath) else { return nil }
        return make(paths)
    }

    /// The paths `FlowLoader` would read for this root, if every one holds exactly the compiled bytes.
    private func matchingPaths(rootPath: String) -> [String]? {
        guard !files.isEmpty else { return nil }
        let folder = IncludeFolder(FilePaths.folder(of: rootPath))
        var paths = [rootPath]
        for file in files.dropFirst() {
            // The loader's own rule, so the paths (and a link leading out of the folder) come out the same.
            guard let path = try? folder.path(of: file.name, at: SourcePosition(file: rootPath, line: 0, column: 0))
            else { return nil }
            paths.append(path)
        }
        let allMatch = withUnsafeTemporaryAllocation(byteCount: Self.pieceSize, alignment: 16) { buffer in
            zip(paths, files).allSatisfy { Self.file(at: $0.0, holds: $0.1.bytes, buffer: buffer) }
        }
        return allMatch ? paths : nil
    }

    /// How much of a file is read and compared at a time: small, so that checking the files (a third of a
    /// megabyte) at every start does not grow the heap by the size of the largest one.
    private static let pieceSize = 16 * 1024

    /// Whether the regular file at `path` holds exactly `bytes`; read and compared a `buffer` at a time.
    private static func file(at path: String, holds bytes: StaticString, buffer: UnsafeMutableRawBufferPointer) -> Bool {
        // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below as not a regular file).
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        let count = bytes.utf8CodeUnitCount
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == count,
              let base = buffer.baseAddress, !buffer.isEmpty else { return false }
        return bytes.withUTF8Buffer { expected in
            guard let start = expected.baseAddress else { return count == 0 }
            var done = 0
            while done < count {
                let got = read(descriptor, base, min(buffer.count, count - done))
                if got < 0, errno == EINTR { continue }
                guard got > 0, memcmp(base, start + done, got) == 0 else { return false }
                done += got
            }
            // One byte more would mean the file grew while it was read.
            var extra: UInt8 = 0
            return read(descriptor, &extra, 1) == 0
        }
    }
}
