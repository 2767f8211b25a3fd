// swift-tools-version:6.0
//
// Benchmarks for SimKit and MQPlanKit, in their own package so that the main
// package's `swift build` and `swift test` never compile them. Always run in
// release: `swift run -c release --package-path Benchmarks engine-benchmarks`.

import PackageDescription

let package = Package(
  name: "mqplan-benchmarks",
  dependencies: [.package(name: "mqplan", path: "..")],
  targets: [
    .executableTarget(
      name: "engine-benchmarks",
      dependencies: [
        .product(name: "SimKit", package: "mqplan"), .product(name: "MQPlanKit", package: "mqplan"),
      ],
      path: "Sources/EngineBenchmarks")
  ]
)
