// swift-tools-version:6.0
import PackageDescription

// The target graph is Orden's architecture: each target depends only on targets listed before it.
// Basics and the format libraries know nothing of Orden's records; the Orden layers follow a build
// from files to pages (model → source → catalogue → history → site → build), with authoring
// (import, export, scaffold) and the synthetic generator on top, and the CLI and server last.
// Layers share with `package` access; the compiler refuses a dependency that runs upward.
// Release builds optimise across the targets as if they were one module: without it, the small
// functions and generics that every layer calls (days, text escaping, the catalogue's lookups)
// are called rather than inlined or specialised across a target's edge, and a national build
// runs several times slower than it did as a single module.
let crossModule: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

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
        .target(name: "Basics", swiftSettings: crossModule),
        // YAML front matter: splitting a file, the fast plain-YAML reader, libyaml through Yams.
        .target(name: "FrontMatter", dependencies: ["Basics", .product(name: "Yams", package: "Yams")], swiftSettings: crossModule),
        // CommonMark with GitHub's extensions through cmark-gfm, safe by default.
        .target(name: "CommonMark", dependencies: ["Basics", "CCmarkGFM"], swiftSettings: crossModule),
        // Mustache templates.
        .target(name: "Mustache", dependencies: ["Basics"], swiftSettings: crossModule),
        // RDF graphs: Turtle, N-Triples, RDF/XML and JSON-LD in; Turtle, RDF/XML and JSON-LD out.
        .target(name: "RDF", dependencies: ["Basics"], swiftSettings: crossModule),
        // CSV and XLSX workbooks in, XLSX out.
        .target(name: "Spreadsheet", dependencies: ["Basics", .product(name: "ZIPFoundation", package: "ZIPFoundation")], swiftSettings: crossModule),

        // The files the binary carries: the default theme, reference data, what `orden init` writes.
        .executableTarget(name: "OrdenEmbed"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["OrdenEmbed"]),
        // Binds template names to the view models' properties, from the view models' declarations.
        .plugin(name: "TemplateBindings", capability: .buildTool(), dependencies: ["OrdenEmbed"]),
        .target(name: "OrdenResources", swiftSettings: crossModule, plugins: ["EmbedResources"]),

        // ── Orden, bottom to top ──────────────────────────────────────────────────────────────────
        // The records, their values and vocabularies, orden.yml.
        .target(name: "OrdenModel", dependencies: ["Basics", "FrontMatter", "OrdenResources"], swiftSettings: crossModule),
        // load and parse: files → typed records, with diagnostics.
        .target(name: "OrdenSource", dependencies: ["OrdenModel", "CommonMark"], swiftSettings: crossModule),
        // resolve, validate, analyse: typed records → a Catalogue, and the figures reports show.
        .target(name: "OrdenCatalogue", dependencies: ["OrdenSource"], swiftSettings: crossModule),
        // Who changed what and when, from git.
        .target(name: "OrdenHistory", dependencies: ["OrdenCatalogue"], swiftSettings: crossModule),
        // render: the Catalogue → pages through the theme; charts, the open-data catalogue, feeds.
        .target(name: "OrdenSite", dependencies: ["OrdenHistory", "Mustache", "RDF"], swiftSettings: crossModule,
                plugins: ["TemplateBindings"]),
        // The pipeline (load → … → write), writing a site atomically, and the live preview's engine.
        .target(name: "OrdenBuild", dependencies: ["OrdenSite"], swiftSettings: crossModule),
        // import, export, scaffold: what reads other formats and writes content files.
        .target(name: "OrdenAuthoring", dependencies: ["OrdenBuild", "Spreadsheet"], swiftSettings: crossModule),
        // Synthetic content at national proportions, for `orden generate` and the benchmarks.
        .target(name: "OrdenGenerate", dependencies: ["OrdenBuild"], swiftSettings: crossModule),

        // ── Programs ──────────────────────────────────────────────────────────────────────────────
        // `orden serve`: the HTTP server and the file watcher around OrdenBuild's preview engine.
        .target(
            name: "OrdenServe",
            dependencies: [
                "OrdenBuild",
                // The form editor writes records with the importers' YAML writer.
                "OrdenAuthoring",
                // Its preview of a record's text renders as the site does.
                "CommonMark",
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: crossModule
        ),
        // The command line: parses arguments and calls the layers.
        .executableTarget(
            name: "orden",
            dependencies: [
                "OrdenAuthoring",
                "OrdenGenerate",
                "OrdenServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: crossModule
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
