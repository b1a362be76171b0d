// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "orden",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "orden", targets: ["orden"]),
        .library(name: "OrdenCore", targets: ["OrdenCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // cmark-gfm from Debian (libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Turns themes/default and data/ into Swift source so the binary carries them.
        .executableTarget(name: "OrdenEmbed"),
        .plugin(
            name: "EmbedResources",
            capability: .buildTool(),
            dependencies: ["OrdenEmbed"]
        ),
        .target(
            name: "OrdenCore",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                // Reads and writes XLSX workbooks (spreadsheet import and export).
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            plugins: ["EmbedResources"]
        ),
        // `orden serve`: the HTTP server and the file watcher around OrdenCore's preview engine.
        .target(
            name: "OrdenServe",
            dependencies: [
                "OrdenCore",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "orden",
            dependencies: [
                "OrdenCore",
                "OrdenServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "OrdenCoreTests", dependencies: ["OrdenCore"]),
        .testTarget(name: "OrdenServeTests", dependencies: ["OrdenServe", "OrdenCore"]),
    ]
)
