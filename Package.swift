// swift-tools-version:6.0
//
// mqplan: a capacity and cost planning simulator for a messaging stack on AWS
// (MSK, SQS, EventBridge, CloudWatch).
//
// Dependencies point one way: mqplan → MQPlanKit → SimKit.
// The package has no package dependencies on purpose: Foundation and the
// toolchain only. Benchmarks live in their own package (Benchmarks/), so
// `swift build` and `swift test` never compile them.

import Foundation
import PackageDescription

// Compile-time checks. Each flag is off unless named here or passed with
// `-Xswiftc -D<FLAG>`.
//
// - SIMKIT_INTERNAL_CHECKS: every mutating engine operation ends in
//   `_checkInvariants()`: the heap property over the whole calendar (O(n) per
//   operation), the clock never going backwards, and the slot table agreeing
//   with the pending count. In MQPlanKit: each SQS queue (message model)
//   conserves its messages every simulated minute (O(1)), and each
//   EventBridge run its events per type at the end. On in debug builds; in release it compiles to
//   nothing. Cost when on: roughly 2-20x on engine-heavy code, depending on
//   the calendar size.
let internalChecks: [SwiftSetting] = [
  .define("SIMKIT_INTERNAL_CHECKS", .when(configuration: .debug))
]

let package = Package(
  name: "mqplan",
  products: [
    .library(name: "SimKit", targets: ["SimKit"]),
    .library(name: "MQPlanKit", targets: ["MQPlanKit"]),
    .executable(name: "mqplan", targets: ["mqplan"]),
  ],
  dependencies: [],
  targets: [
    .target(
      name: "SimKit",
      swiftSettings: internalChecks),
    .target(
      name: "MQPlanKit",
      dependencies: ["SimKit"],
      swiftSettings: internalChecks),
    .executableTarget(
      name: "mqplan",
      dependencies: ["MQPlanKit"]),

    // MARK: - Tests

    .testTarget(
      name: "SimKitTests",
      dependencies: ["SimKit", "TestSupport"]),
    .testTarget(
      name: "MQPlanKitTests",
      dependencies: ["MQPlanKit", "TestSupport"]),
    .testTarget(
      name: "mqplanCLITests",
      dependencies: ["mqplan", "TestSupport"],
      exclude: ["Snapshots", "Fixtures"]),

    // MARK: - Implementation details

    // Shared test helpers: approximate equality, the built-binary runner,
    // snapshot assertions. Not a product; never shipped.
    .target(
      name: "TestSupport",
      dependencies: ["SimKit"]),
  ]
)

// MARK: - Fuzzing

// libFuzzer targets for the parsers: the workload decoder and validator,
// the tfvars reader, the event-pattern parser and matcher. Declared only
// with MQPLAN_FUZZ=1 in the environment, so `swift build` and `swift test`
// never compile them; Scripts/fuzz.sh builds them with
// -sanitize=fuzzer,address in .build-fuzz. They live in this package
// because the parsers are `package`, not public.
if ProcessInfo.processInfo.environment["MQPLAN_FUZZ"] == "1" {
  package.targets.append(.target(name: "FuzzDriver", path: "Fuzz/FuzzDriver"))
  for name in ["FuzzWorkload", "FuzzTFVars", "FuzzPattern"] {
    package.targets.append(
      .executableTarget(
        name: name, dependencies: ["FuzzDriver", "MQPlanKit"], path: "Fuzz/\(name)",
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
    package.products.append(.executable(name: name, targets: [name]))
  }
}
