// swift-tools-version: 6.1
// FormFold: report-form consolidation for grassroots reporting.
//
// Layers (dependencies point inward only):
//   FormFoldCore     form model, detection, type inference, normalisation — no I/O
//   FormFoldOpenCC   traditional → simplified script through the OpenCC C library
//   FormFoldIngest   readers: xlsx (own reader on ZIPFoundation), xls (FreeXL), csv (iconv)
//   FormFoldMatch    data dictionary (YAML via Yams, embedded from templates/), field matcher, review decisions
//   FormFoldPlan     redundancy analysis, the reduction plan with lineage, admission checks
//   FormFoldOutput   workbooks written through libxlsxwriter (Swift wrapper, templates, department forms, audits)
//   formfold         the command-line tool (swift-argument-parser), thin over the libraries
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "FormFold",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "formfold", targets: ["formfold"]),
        .library(name: "FormFoldCore", targets: ["FormFoldCore"]),
        .library(name: "FormFoldIngest", targets: ["FormFoldIngest"]),
        .library(name: "FormFoldMatch", targets: ["FormFoldMatch"]),
        .library(name: "FormFoldPlan", targets: ["FormFoldPlan"]),
        .library(name: "FormFoldOutput", targets: ["FormFoldOutput"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // C libraries, each behind one small Swift module.
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "COpenCC", pkgConfig: "opencc", providers: [.apt(["libopencc-dev"])]),
        .systemLibrary(name: "CFreeXL", pkgConfig: "freexl", providers: [.apt(["libfreexl-dev"])]),

        .target(name: "FormFoldCore", swiftSettings: strictSettings),
        .target(name: "FormFoldOpenCC", dependencies: ["FormFoldCore", "COpenCC"], swiftSettings: strictSettings),
        .target(
            name: "FormFoldIngest",
            dependencies: [
                "FormFoldCore", "CFreeXL",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FormFoldMatch",
            dependencies: ["FormFoldCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings,
            plugins: ["EmbedTemplates"]
        ),
        .target(
            name: "FormFoldPlan",
            dependencies: ["FormFoldCore", "FormFoldMatch", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FormFoldOutput",
            dependencies: ["FormFoldCore", "FormFoldMatch", "FormFoldPlan", "CXlsxWriter"],
            swiftSettings: strictSettings
        ),
        // Build-time: templates/*.yaml compiled into FormFoldMatch as the default dictionary.
        .executableTarget(name: "embed-templates", path: "Sources/embed-templates"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["embed-templates"]),

        .executableTarget(
            name: "formfold",
            dependencies: [
                "FormFoldCore", "FormFoldIngest", "FormFoldOpenCC", "FormFoldMatch", "FormFoldPlan", "FormFoldOutput",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        // Scale benchmark of the field matcher: index/blocking vs all pairs (make bench-match; bench/README-match.md).
        .executableTarget(
            name: "formfold-bench-match",
            dependencies: ["FormFoldCore", "FormFoldMatch", "FormFoldPlan"],
            path: "Sources/formfold-bench-match",
            swiftSettings: strictSettings
        ),

        // Write benchmark: a 100,000 × 20 consolidated sheet through FormFoldOutput vs C and Python XlsxWriter (make bench-write; bench/README-write.md).
        .executableTarget(
            name: "formfold-bench-write",
            dependencies: ["FormFoldCore", "FormFoldOutput"],
            path: "Sources/formfold-bench-write",
            swiftSettings: strictSettings
        ),

        .testTarget(name: "FormFoldCoreTests", dependencies: ["FormFoldCore"], swiftSettings: strictSettings),
        .testTarget(
            name: "FormFoldIngestTests",
            dependencies: ["FormFoldIngest", "FormFoldOpenCC"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FormFoldMatchTests",
            dependencies: ["FormFoldMatch", "FormFoldOpenCC", "FormFoldIngest", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Labelled")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FormFoldPlanTests",
            dependencies: ["FormFoldPlan", "FormFoldMatch", "FormFoldOpenCC", "FormFoldIngest"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FormFoldOutputTests",
            dependencies: ["FormFoldOutput", "FormFoldIngest", "FormFoldOpenCC"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "formfoldTests", dependencies: ["formfold"], swiftSettings: strictSettings),
    ]
)
