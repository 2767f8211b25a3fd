// SimKit benchmarks, in SimPy's three groups so the peer baseline compares
// like with like:
//   frequent   — schedule + step on a calendar of steady size (the "hold" model)
//   targeted   — the calendar under churn: schedules, cancellations, pops
//   simulation — whole models: M/M/c
//
// Usage:
//   engine-benchmarks                      all groups, a table
//   engine-benchmarks mmc λ μ c N seed     one M/M/c run, SimPy's output format
//
// Build in release only: swift build -c release --package-path Benchmarks
import SimKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "mmc" {
  guard arguments.count == 6, let lambda = Double(arguments[1]), let mu = Double(arguments[2]),
    let servers = Int(arguments[3]), let customers = Int(arguments[4]), let seed = UInt64(arguments[5])
  else {
    print("usage: engine-benchmarks mmc LAMBDA MU C CUSTOMERS SEED")
    exit(64)
  }
  let m = MMcBenchmark.run(
    arrivalRate: lambda, serviceRate: mu, servers: servers, customers: customers, seed: seed)
  print(
    "customers=\(customers) seconds=\(format(m.seconds, 3)) "
      + "customers_per_second=\(Int(m.customersPerSecond)) mean_wait=\(format(m.result.meanWait, 6))")
} else {
  print("| group | benchmark | size | operations | seconds | ops/s |")
  print("|---|---|---:|---:|---:|---:|")
  for size in [10, 1_000, 100_000] {
    let r = FrequentBenchmarks.hold(calendarSize: size, operations: 5_000_000)
    print(
      "| frequent | hold (pop + schedule) | \(size) | \(r.operations) | \(format(r.seconds, 3)) | \(Int(r.perSecond)) |"
    )
  }
  for size in [1_000, 100_000] {
    let r = TargetedBenchmarks.churn(calendarSize: size, operations: 2_000_000)
    print(
      "| targeted | churn (2 schedules, 1 cancel, 1 pop) | \(size) | \(r.operations) | \(format(r.seconds, 3)) | \(Int(r.perSecond)) |"
    )
  }
  let m = MMcBenchmark.run(arrivalRate: 9, serviceRate: 1, servers: 10, customers: 1_000_000, seed: 1)
  print(
    "| simulation | M/M/c, c = 10, ρ = 0.9 (customers) | 10 | \(m.customers) | \(format(m.seconds, 3)) | \(Int(m.customersPerSecond)) |"
  )
}
