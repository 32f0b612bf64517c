// swift-tools-version:6.1
import Foundation
import PackageDescription

// Module boundaries (nothing points up; CI enforces them with
// `--explicit-target-dependency-import-check error`):
//   CICUShim     C, the only code that includes <unicode/*.h>
//   Orthography  the only Swift module that talks to ICU
//   Terminology  glossary model, readers (YAML, CSV/TSV) and checks
//   Matching     pure scoring and in-memory matching (edit distance, scanner)
//   Linting      pure lint rules: documents and a glossary in, findings out
//   Alignment    pure variant discovery: clusters spellings, extracts names
//   Exchange     interchange formats: streaming XML reader/writer, TMX, TBX,
//                XLIFF, CSV/TSV export (pure Swift + Foundation, no XMLParser)
//   Search       engine-independent lookup ranking over a storage protocol
//   Store        the SQLite engine: the only module that touches SQLite (GRDB)
//   PostgresStore the PostgreSQL engine (postgres-nio), for a newsroom
//   SozServer    `soz serve`: the HTTP door (Hummingbird), pages and JSON API
//   SozCore      use cases the CLI calls (one entry point per command)
//   LanguageServerProtocol  JSON-RPC framing and the LSP messages (Codable)
//   SozLanguageServer       `soz lsp`: the LSP door over SozCore
//   SozMCP       `soz mcp`: the Model Context Protocol door (swift-sdk)
//   soz          the thin executable (swift-argument-parser)
let package = Package(
  name: "soz",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "soz", targets: ["soz"]),
    .executable(name: "soz-gen", targets: ["soz-gen"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
    // The team server (issue 13): HTTP, PostgreSQL, logs, page templates.
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
  ],
  targets: [
    .target(
      name: "CICUShim",
      linkerSettings: [
        .linkedLibrary("icui18n"), .linkedLibrary("icuuc"),
        .linkedLibrary("icudata"),
      ]),
    .target(name: "Orthography", dependencies: ["CICUShim"]),
    .target(
      name: "Terminology",
      dependencies: ["Orthography", .product(name: "Yams", package: "Yams")]),
    .target(name: "Matching", dependencies: ["Orthography", "Terminology"]),
    .target(name: "Linting", dependencies: ["Orthography", "Terminology", "Matching"]),
    .target(name: "Alignment", dependencies: ["Orthography", "Terminology", "Matching"]),
    .target(name: "Exchange", dependencies: ["Orthography", "Terminology"]),
    .target(name: "Search", dependencies: ["Orthography", "Terminology", "Matching"]),
    .target(
      name: "Store",
      dependencies: [
        "Orthography", "Terminology", "Matching", "Search",
        .product(name: "GRDB", package: "GRDB.swift"),
        // The C API of the SQLite GRDB links, for the memory's hottest probe.
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]),
    .target(
      name: "PostgresStore",
      dependencies: [
        "Orthography", "Terminology", "Matching", "Search",
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    .target(
      name: "SozCore",
      dependencies: [
        "Orthography", "Terminology", "Matching", "Search", "Store", "PostgresStore", "Linting",
        "Alignment", "Exchange",
        .product(name: "Yams", package: "Yams"),
      ]),
    .target(
      name: "SozServer",
      dependencies: [
        "SozCore", "Search", "Store", "Linting", "Terminology", "Orthography", "Matching",
        "Exchange",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(name: "LanguageServerProtocol"),
    .target(
      name: "SozLanguageServer",
      dependencies: [
        "LanguageServerProtocol", "SozCore", "Linting", "Matching", "Orthography", "Terminology",
      ]),
    .target(
      name: "SozMCP",
      dependencies: [
        "SozCore", "Linting", "Matching", "Orthography", "Store", "Terminology",
        .product(name: "MCP", package: "swift-sdk"),
      ]),
    .executableTarget(
      name: "soz",
      dependencies: [
        "SozCore", "SozServer", "Terminology", "Orthography", "Linting", "SozLanguageServer", "SozMCP",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(
      name: "soz-gen",
      dependencies: [
        "Orthography",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/soz-gen"),

    // Test-only: the scratch directory every test writes under.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "OrthographyTests",
      dependencies: [
        "Orthography", "TestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "TerminologyTests",
      dependencies: ["Terminology", "Orthography", "Matching"]),
    .testTarget(
      name: "MatchingTests", dependencies: ["Matching", "Orthography", "Terminology"]),
    .testTarget(
      name: "StoreTests",
      dependencies: [
        "TestSupport", "Store", "Search", "Terminology", "Orthography", "SozCore", "Matching",
        "Linting", .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "LintingTests",
      dependencies: [
        "Linting", "Terminology", "Orthography",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "AlignmentTests",
      dependencies: [
        "Alignment", "Orthography", "Terminology", "Matching",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "soz", "soz-gen"]),
    // `soz serve` over real HTTP on loopback, pages in headless Chromium,
    // and the storage conformance suite on SQLite and PostgreSQL.
    .testTarget(
      name: "ServerTests",
      dependencies: [
        "TestSupport", "soz", "SozCore", "Search", "Store", "PostgresStore", "Terminology",
        "Orthography",
      ]),
    .testTarget(
      name: "LanguageServerTests",
      dependencies: ["TestSupport", "LanguageServerProtocol", "SozLanguageServer", "soz"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "MemoryTests",
      dependencies: [
        "TestSupport",
        "Store", "Search", "Matching", "Terminology", "Orthography", "SozCore",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "ExchangeTests",
      dependencies: [
        "TestSupport",
        "Exchange", "Terminology", "Orthography",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Fixtures"]),
  ]
)

// The libFuzzer targets (Fuzz/), only when Scripts/fuzz builds them: they
// link libFuzzer without its main (SOZ_FUZZER_LIB, found by the script in
// the toolchain), which a plain build does not have.
if let fuzzer = ProcessInfo.processInfo.environment["SOZ_FUZZER_LIB"], !fuzzer.isEmpty {
  package.targets.append(
    .executableTarget(
      name: "soz-fuzz",
      dependencies: ["Exchange", "Terminology", "Linting", "SozCore", "LanguageServerProtocol"],
      path: "Fuzz/Sources/soz-fuzz",
      linkerSettings: [.unsafeFlags(["-Xlinker", fuzzer, "-lstdc++"])]))
  package.products.append(.executable(name: "soz-fuzz", targets: ["soz-fuzz"]))
}

// The XML reader comparison (Benchmarks/xmlreader.py): Söz's reader and
// libxml2's xmlTextReader (Debian libxml2-dev, through a C shim as ICU is)
// side by side. Declared only with SOZ_XMLBENCH=1, so a plain build needs
// no libxml2.
if ProcessInfo.processInfo.environment["SOZ_XMLBENCH"] == "1" {
  package.targets += [
    .systemLibrary(name: "CLibXML2", path: "Benchmarks/xmlreader/CLibXML2", pkgConfig: "libxml-2.0"),
    .target(
      name: "CXML2Shim", dependencies: ["CLibXML2"], path: "Benchmarks/xmlreader/CXML2Shim"),
    .executableTarget(
      name: "soz-xmlbench", dependencies: ["CXML2Shim", "Exchange"],
      path: "Benchmarks/xmlreader/soz-xmlbench"),
  ]
  package.products.append(.executable(name: "soz-xmlbench", targets: ["soz-xmlbench"]))
}
