// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "simguide",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "simguide", targets: ["simguide"]),
        // For the libFuzzer harness in fuzz/ (a package of its own, so `make test` never builds it).
        .library(name: "SimguideCore", targets: ["SimguideCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Flow model, loading, lint, session, plan composition, paths, text layout. No terminal code.
        .target(
            name: "SimguideCore",
            dependencies: ["CYaml"],
            linkerSettings: [.linkedLibrary("yaml")]
        ),
        // libyaml as Swift sees it (Debian: libyaml-dev, which `make` installs; macOS: Homebrew's libyaml).
        // The loader reads its events straight into its own position-carrying tree.
        .systemLibrary(name: "CYaml"),
        // The bundled flow compiled into Swift at build time (used when the installed YAML is unchanged):
        // flow-compiler loads and lints Resources/flow, the plugin runs it whenever a YAML file changes.
        .executableTarget(name: "flow-compiler", dependencies: ["SimguideCore"]),
        .plugin(name: "FlowCompilerPlugin", capability: .buildTool(), dependencies: ["flow-compiler"]),
        .target(name: "SimguideBundledFlow", dependencies: ["SimguideCore"], plugins: ["FlowCompilerPlugin"]),
        // ncursesw as Swift sees it: a module map and a shim header, nothing else. Headers are the system's
        // (Debian: libncurses-dev, which `make` installs; macOS: the SDK, whose ncurses has the wide API).
        // No pkgConfig: all `pkg-config ncursesw` adds is -D flags SwiftPM refuses with a build warning
        // (the shim sets what they would), and the library is linked below.
        .systemLibrary(name: "CNcursesw"),
        // The full-screen wizard: screens over a small terminal protocol (ncurses, or an in-memory grid).
        // Which library to link is said here, since a module map cannot say it per system: Linux has
        // libncursesw, macOS a libncurses that is itself wide.
        .target(
            name: "SimguideCurses",
            dependencies: ["SimguideCore", "SimguideExports", "SimguideStore", "CNcursesw"],
            linkerSettings: [
                .linkedLibrary("ncursesw", .when(platforms: [.linux])),
                // Debian splits the terminal database reader (LINES, stdscr) into libtinfo; a static link
                // needs it named after ncursesw.
                .linkedLibrary("tinfo", .when(platforms: [.linux])),
                .linkedLibrary("ncurses", .when(platforms: [.macOS])),
            ]
        ),
        // Plan and flow renderers: text, Markdown, JSON, graph.
        .target(name: "SimguideExports", dependencies: ["SimguideCore", "SimguideStore"]),
        // Saved sessions (kept as the wizards go, locked while open, summarised), kept cards, UTC times
        // without ICU, and atomic file writes.
        .target(name: "SimguideStore", dependencies: ["SimguideCore"]),
        // The line-mode wizard: numbered questions on standard input and output.
        .target(name: "SimguideLine", dependencies: ["SimguideCore", "SimguideExports"]),
        .executableTarget(
            name: "simguide",
            dependencies: [
                "SimguideCore", "SimguideBundledFlow", "SimguideExports", "SimguideLine", "SimguideCurses", "SimguideStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What several test targets share: a seeded random generator, a folder of interface catalogues with one more language.
        .target(name: "SimguideTestSupport", dependencies: ["SimguideCore"], path: "Tests/SimguideTestSupport"),
        .testTarget(name: "SimguideCoreTests", dependencies: ["SimguideCore", "SimguideTestSupport"]),
        .testTarget(name: "SimguideBundledFlowTests", dependencies: ["SimguideCore", "SimguideBundledFlow"]),
        // Goldens and snapshots are read by path (and re-recorded on purpose), not bundled.
        .testTarget(name: "SimguideExportsTests", dependencies: ["SimguideCore", "SimguideExports", "SimguideTestSupport"], exclude: ["Goldens"]),
        .testTarget(name: "SimguideStoreTests", dependencies: ["SimguideStore"]),
        .testTarget(name: "SimguideLineTests", dependencies: ["SimguideCore", "SimguideLine", "SimguideTestSupport"]),
        .testTarget(name: "SimguideCursesTests", dependencies: ["SimguideCore", "SimguideCurses", "SimguideStore", "SimguideTestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: ["simguide", "SimguideTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
