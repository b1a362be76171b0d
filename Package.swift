// swift-tools-version:6.0
import PackageDescription

// The target graph is Orden's architecture: each target depends only on targets listed before it.
// Basics and the format libraries know nothing of Orden's records; the Orden layers follow a build
// from files to pages (model → source → catalogue → history → site → build), with authoring
// (import, export, scaffold) and the synthetic generator on top, and the CLI and server last.
// Layers share with `package` access; the compiler refuses a dependency that runs upward.
let package = Package(
    name: "orden",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "orden", targets: ["orden"]),
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
        // ── Basics and formats: know nothing of Orden's records ──────────────────────────────────
        // cmark-gfm from Debian (libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Source locations and diagnostics, text decoding and escaping, calendar days.
        .target(name: "Basics"),
        // YAML front matter: splitting a file, the fast plain-YAML reader, libyaml through Yams.
        .target(name: "FrontMatter", dependencies: ["Basics", .product(name: "Yams", package: "Yams")]),
        // CommonMark with GitHub's extensions through cmark-gfm, safe by default.
        .target(name: "CommonMark", dependencies: ["Basics", "CCmarkGFM"]),
        // Mustache templates.
        .target(name: "Mustache", dependencies: ["Basics"]),
        // RDF graphs: Turtle, N-Triples, RDF/XML and JSON-LD in; Turtle, RDF/XML and JSON-LD out.
        .target(name: "RDF", dependencies: ["Basics"]),
        // CSV and XLSX workbooks in, XLSX out.
        .target(name: "Spreadsheet", dependencies: ["Basics", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),

        // The files the binary carries: the default theme, reference data, what `orden init` writes.
        .executableTarget(name: "OrdenEmbed"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["OrdenEmbed"]),
        .target(name: "OrdenResources", plugins: ["EmbedResources"]),

        // ── Orden, bottom to top ──────────────────────────────────────────────────────────────────
        // The records, their values and vocabularies, orden.yml.
        .target(name: "OrdenModel", dependencies: ["Basics", "FrontMatter", "OrdenResources"]),
        // load and parse: files → typed records, with diagnostics.
        .target(name: "OrdenSource", dependencies: ["OrdenModel", "CommonMark"]),
        // resolve, validate, analyse: typed records → a Catalogue, and the figures reports show.
        .target(name: "OrdenCatalogue", dependencies: ["OrdenSource"]),
        // Who changed what and when, from git.
        .target(name: "OrdenHistory", dependencies: ["OrdenCatalogue"]),
        // render: the Catalogue → pages through the theme; charts, the open-data catalogue, feeds.
        .target(name: "OrdenSite", dependencies: ["OrdenHistory", "Mustache", "RDF"]),
        // The pipeline (load → … → write), writing a site atomically, and the live preview's engine.
        .target(name: "OrdenBuild", dependencies: ["OrdenSite"]),
        // import, export, scaffold: what reads other formats and writes content files.
        .target(name: "OrdenAuthoring", dependencies: ["OrdenBuild", "Spreadsheet"]),
        // Synthetic content at national proportions, for `orden generate` and the benchmarks.
        .target(name: "OrdenGenerate", dependencies: ["OrdenBuild"]),

        // ── Programs ──────────────────────────────────────────────────────────────────────────────
        // `orden serve`: the HTTP server and the file watcher around OrdenBuild's preview engine.
        .target(
            name: "OrdenServe",
            dependencies: [
                "OrdenBuild",
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The command line: parses arguments and calls the layers.
        .executableTarget(
            name: "orden",
            dependencies: [
                "OrdenAuthoring",
                "OrdenGenerate",
                "OrdenServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "OrdenCoreTests",
            dependencies: [
                "Basics", "FrontMatter", "CommonMark", "Mustache", "RDF", "Spreadsheet", "OrdenResources",
                "OrdenModel", "OrdenSource", "OrdenCatalogue", "OrdenHistory", "OrdenSite", "OrdenBuild",
                "OrdenAuthoring", "OrdenGenerate",
            ]
        ),
        .testTarget(
            name: "OrdenServeTests",
            dependencies: [
                "OrdenServe",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
    ]
)
