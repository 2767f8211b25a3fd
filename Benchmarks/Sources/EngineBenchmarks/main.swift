// SimKit benchmarks, in SimPy's three groups so the peer baseline compares
// like with like:
//   frequent   — schedule + step on a calendar of steady size (the "hold" model)
//   targeted   — the calendar under churn: schedules, cancellations, pops
//   simulation — whole models: M/M/c
//   sqs        — MQPlanKit's message-level SQS model, one queue
//
// Usage:
//   engine-benchmarks                      all groups, a table
//   engine-benchmarks mmc λ μ c N seed     one M/M/c run, SimPy's output format
//   engine-benchmarks sqs single|batched   one SQS run (for profiling)
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
} else if arguments.first == "sqs", arguments.count == 2, ["single", "batched"].contains(arguments[1]) {
  let s = SQSBenchmark.run(batched: arguments[1] == "batched")
  print(
    "messages=\(Int(s.messages)) seconds=\(format(s.seconds, 3)) messages_per_second=\(Int(s.messages / s.seconds))"
  )
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
  for (batched, label) in [
    (false, "single sends, 4 long-polling consumers"), (true, "batches of 10, 20 consumers"),
  ] {
    let s = SQSBenchmark.run(batched: batched)
    print(
      "| sqs | one queue, 2 h, \(label) (messages) | 1 | \(Int(s.messages)) | \(format(s.seconds, 3)) | \(Int(s.messages / s.seconds)) |"
    )
  }
}
