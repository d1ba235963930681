// swift-tools-version:6.0
import PackageDescription

// libFuzzer harness for flow loading, built with -sanitize=fuzzer by `make fuzz`; a package of its own so
// `make test` never builds it.
let package = Package(
    name: "simguide-fuzz",
    dependencies: [.package(name: "simguide", path: "..")],
    targets: [
        .executableTarget(
            name: "FlowFuzzer",
            dependencies: ["CFuzzerDriver", .product(name: "SimguideCore", package: "simguide")],
            linkerSettings: [.unsafeFlags(["-use-ld=lld"])]  // gold stops with an internal error on this link
        ),
        .target(name: "CFuzzerDriver"),
    ]
)
