import SimKit

struct Throughput {
  var operations: Int
  var seconds: Double
  var perSecond: Double { Double(operations) / seconds }
}

/// The "hold" model (Jones, CACM 1986): a calendar of steady size; each
/// operation pops the next event and schedules one a random time later.
enum FrequentBenchmarks {
  static func hold(calendarSize: Int, operations: Int) -> Throughput {
    let sim = Simulation<Int>()
    var rng = Xoshiro256StarStar(seed: 1)
    let delay = Distribution.exponential(mean: 1)
    for index in 0..<calendarSize { sim.schedule(index, after: delay.sample(using: &rng)) }
    var checksum = 0
    let seconds = ContinuousClock().measure {
      for _ in 0..<operations {
        guard let event = sim.step() else { preconditionFailure("calendar ran dry") }
        checksum &+= event.payload
        sim.schedule(event.payload, after: delay.sample(using: &rng))
      }
    }.seconds
    precondition(sim.pendingCount == calendarSize, "hold keeps the size constant")
    precondition(sim.processedCount == UInt64(operations))
    blackHole(checksum)
    return Throughput(operations: operations, seconds: seconds)
  }
}

/// The calendar under churn: per round, schedule two events, cancel one of
/// them (as an SQS model cancels a visibility timeout on delete), pop one.
enum TargetedBenchmarks {
  static func churn(calendarSize: Int, operations: Int) -> Throughput {
    var calendar = EventCalendar<Int>()
    var rng = Xoshiro256StarStar(seed: 2)
    var now = 0.0
    for index in 0..<calendarSize { calendar.schedule(index, at: rng.nextUnit()) }
    var popped = 0
    let rounds = operations / 4
    let seconds = ContinuousClock().measure {
      for round in 0..<rounds {
        calendar.schedule(round, at: now + rng.nextUnit())
        let doomed = calendar.schedule(-round, at: now + 30 * rng.nextUnit())
        calendar.cancel(doomed)
        guard let event = calendar.popNext() else { preconditionFailure("calendar ran dry") }
        now = event.time
        popped &+= 1
      }
    }.seconds
    precondition(calendar.count == calendarSize, "each round adds one live event and pops one")
    precondition(popped == rounds)
    return Throughput(operations: rounds * 4, seconds: seconds)
  }
}

func format(_ value: Double, _ decimals: Int) -> String {
  var scale = 1.0
  for _ in 0..<decimals { scale *= 10 }
  let rounded = (value * scale).rounded() / scale
  var text = "\(rounded)"
  if let dot = text.firstIndex(of: ".") {
    let fraction = text[text.index(after: dot)...].count
    if fraction < decimals { text += String(repeating: "0", count: decimals - fraction) }
  } else {
    text += "." + String(repeating: "0", count: decimals)
  }
  return text
}
