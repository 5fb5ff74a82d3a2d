// swift-tools-version:6.1
import PackageDescription

// Concrete generic types (a dictionary of screens' keys, say) get their metadata from direct
// accessors instead of mangled names: the runtime resolves a mangled name by scanning every
// protocol conformance in the binary, which was a fifth of the work before the first frame.
let startFast: [SwiftSetting] = [
  .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])
]

let package = Package(
  name: "Crossroads",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "crossroads", targets: ["crossroads"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // Without its Foundation trait, so the launcher links only FoundationEssentials.
    .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2", traits: []),
  ],
  targets: [
    .systemLibrary(
      name: "CNcurses",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    // libyaml reads the content's YAML; Swift's YAML and Mustache packages import all of
    // Foundation, which alone was a third of the start-up and a quarter of the memory.
    .systemLibrary(
      name: "CLibYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),
    .target(
      name: "CrossroadsCore",
      dependencies: ["CLibYAML"],
      swiftSettings: startFast
    ),
    .target(
      name: "CrossroadsLaunch",
      dependencies: [
        "CrossroadsCore",
        .product(name: "Subprocess", package: "swift-subprocess"),
      ],
      swiftSettings: startFast
    ),
    .target(
      name: "CrossroadsUI",
      dependencies: ["CrossroadsCore"],
      swiftSettings: startFast
    ),
    .target(
      name: "CursesTerminal",
      dependencies: ["CNcurses", "CrossroadsUI"],
      swiftSettings: startFast
    ),
    .executableTarget(
      name: "crossroads",
      dependencies: [
        "CrossroadsCore",
        "CrossroadsUI",
        "CursesTerminal",
        "CrossroadsLaunch",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: startFast,
      // On Linux the executable is linked fully static, `swift run` included: loading the
      // Swift runtime, Foundation and ncurses as shared libraries was most of the start-up.
      // FoundationEssentials' static archive needs its C parts named, a static ncurses its tinfo;
      // lld, unlike gold, does not warn that glibc's user and host lookups would then need the
      // running machine's glibc (Crossroads reads HOME and reaches 127.0.0.1 by number).
      linkerSettings: [
        .unsafeFlags(
          [
            "-static-executable", "-use-ld=lld", "-ltinfo",
            "-l_FoundationCShims", "-l_FoundationCollections",
          ],
          .when(platforms: [.linux]))
      ],
      plugins: ["EmbedContent"]
    ),
    // Turns Lessons/ into Swift source, so a copied binary still has every lesson.
    .executableTarget(name: "embed-content"),
    .plugin(
      name: "EmbedContent",
      capability: .buildTool(),
      dependencies: ["embed-content"]
    ),
    .testTarget(
      name: "CrossroadsCoreTests",
      dependencies: ["CrossroadsCore", "TestSupport"]
    ),
    .testTarget(
      name: "CrossroadsUITests",
      dependencies: ["CrossroadsUI", "CrossroadsCore", "TestSupport"],
      exclude: ["__Snapshots__", "Fixtures"]
    ),
    // Starting programs from tests as a login shell would, output in files, for both
    // test targets that run the built binary; and a seeded generator for the fuzz tests.
    .target(name: "TestSupport", dependencies: ["CrossroadsCore"], path: "Tests/TestSupport"),
    // Generated samples set up and run with real Python, Flask and Django.
    .testTarget(
      name: "CrossroadsLaunchTests",
      dependencies: ["CrossroadsLaunch", "CrossroadsCore", "TestSupport"]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["TestSupport"]
    ),
  ]
)
