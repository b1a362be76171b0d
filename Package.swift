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
        // `orden serve`: SwiftNIO's HTTP parser bounds request lines and headers.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
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
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
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
        .testTarget(
            name: "OrdenServeTests",
            dependencies: [
                "OrdenServe",
                "OrdenCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
    ]
)
