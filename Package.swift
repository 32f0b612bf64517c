// swift-tools-version:6.1
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
    .executableTarget(
      name: "soz",
      dependencies: [
        "SozCore", "SozServer", "Terminology", "Orthography", "Linting",
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
        "Orthography",
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
        "TestSupport", "Store", "Terminology", "Orthography", "SozCore", "Matching", "Linting",
        .product(name: "GRDB", package: "GRDB.swift"),
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
    .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "soz"]),
    // `soz serve` over real HTTP on loopback, pages in headless Chromium,
    // and the storage conformance suite on SQLite and PostgreSQL.
    .testTarget(
      name: "ServerTests",
      dependencies: [
        "TestSupport", "soz", "SozCore", "Search", "Store", "PostgresStore", "Terminology",
        "Orthography",
      ]),
    .testTarget(
      name: "MemoryTests",
      dependencies: [
        "TestSupport",
        "Store", "Matching", "Terminology", "Orthography", "SozCore",
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
