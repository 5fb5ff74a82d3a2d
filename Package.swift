// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "Crossroads",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "crossroads", targets: ["crossroads"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    // Without its Foundation trait, so the launcher links only FoundationEssentials.
    .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2", traits: []),
  ],
  targets: [
    .systemLibrary(
      name: "CNcurses",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    .target(
      name: "CrossroadsCore",
      dependencies: [
        .product(name: "Yams", package: "Yams"),
        .product(name: "Mustache", package: "swift-mustache"),
      ]
    ),
    .target(
      name: "CrossroadsLaunch",
      dependencies: [
        "CrossroadsCore",
        .product(name: "Subprocess", package: "swift-subprocess"),
      ]
    ),
    .target(
      name: "CrossroadsUI",
      dependencies: ["CrossroadsCore"]
    ),
    .target(
      name: "CursesTerminal",
      dependencies: ["CNcurses", "CrossroadsUI"]
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
      // On Linux the executable is linked fully static, `swift run` included: loading the
      // Swift runtime, Foundation and ncurses as shared libraries was most of the start-up.
      // Foundation's static archives need their C parts named, and a static ncurses its tinfo;
      // lld, unlike gold, does not warn that glibc's user and host lookups would then need the
      // running machine's glibc (Crossroads reads HOME and reaches 127.0.0.1 by number).
      linkerSettings: [
        .unsafeFlags(
          [
            "-static-executable", "-use-ld=lld", "-ltinfo", "-lCoreFoundation", "-l_FoundationICU",
            "-l_FoundationCShims", "-l_FoundationCollections", "-lstdc++",
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
