import SimKit
import Testing

@Suite("Simulation clock and run loop")
struct SimulationTests {
  @Test("step advances the clock to each event in order")
  func stepAdvancesClock() {
    let sim = Simulation<Int>()
    sim.schedule(2, at: 2.0)
    sim.schedule(1, after: 1.0)
    #expect(sim.peek() == 1.0)
    #expect(sim.step()?.payload == 1)
    #expect(sim.now == 1.0)
    #expect(sim.step()?.payload == 2)
    #expect(sim.now == 2.0)
    #expect(sim.step() == nil)
    #expect(sim.now == 2.0, "an empty step leaves the clock alone")
    #expect(sim.processedCount == 2)
  }

  @Test("run(until:) runs urgent events at the end time, not normal ones, and resumes exactly")
  func runUntilBoundary() {
    let sim = Simulation<String>()
    sim.schedule("before", at: 9.999)
    sim.schedule("normal-at-end", at: 10)
    sim.schedule("urgent-at-end", at: 10, priority: .urgent)
    sim.schedule("after", at: 11)
    var seen: [String] = []
    let outcome = sim.run(until: 10) { seen.append($0.payload) }
    #expect(outcome == .reachedEnd)
    #expect(seen == ["before", "urgent-at-end"])
    #expect(sim.now == 10)
    #expect(sim.pendingCount == 2)
    let rest = sim.run(until: 20) { seen.append($0.payload) }
    #expect(rest == .exhausted)
    #expect(seen == ["before", "urgent-at-end", "normal-at-end", "after"])
    #expect(sim.now == 20, "an exhausted bounded run moves the clock to its end")
  }

  @Test("A handler can stop the run; the clock stays at the stopping event")
  func stopEarly() {
    let sim = Simulation<Int>()
    for index in 1...10 { sim.schedule(index, at: Double(index)) }
    var last = 0
    let outcome = sim.run(until: 100) { event in
      last = event.payload
      if event.payload == 4 { sim.stop() }
    }
    #expect(outcome == .stopped)
    #expect(last == 4)
    #expect(sim.now == 4)
    #expect(sim.pendingCount == 6)
    #expect(sim.run { _ in } == .exhausted)
  }

  @Test("Handlers schedule and cancel during a run; events carry quantities")
  func batchedTrafficEvents() {
    // A producer step every second writes a batch; a consumer drains every
    // 5 seconds. Traffic moves as quantities, not messages.
    enum Event {
      case produce(Quantity)
      case consume
    }
    let sim = Simulation<Event>()
    var backlog = Quantity.zero
    var consumed = Quantity.zero
    let step = Quantity(count: 1_000_000, bytes: 1_000_000 * 512)
    sim.schedule(.produce(step), at: 0)
    sim.schedule(.consume, at: 5)
    sim.run(until: 60) { event in
      switch event.payload {
      case .produce(let batch):
        backlog += batch
        sim.schedule(.produce(batch), after: 1)
      case .consume:
        consumed += backlog
        backlog = .zero
        sim.schedule(.consume, after: 5)
      }
    }
    // Produces at t = 0…59 (60 batches); consumes at 5, 10, …, 55 (normal
    // events at exactly t = 60 stay pending). At each multiple of 5 both a
    // produce and a consume are due; the consume was scheduled earlier (5 s
    // before, against 1 s), so FIFO tie-breaking runs it first: each
    // consume takes the 5 batches before it, and batches 55…59 remain.
    #expect(consumed.count == 55 * 1_000_000)
    #expect(backlog.count == 5 * 1_000_000)
    #expect(consumed.meanSize == 512)
  }

  @Test("Cancelling through the simulation removes the event")
  func cancelThroughSimulation() {
    let sim = Simulation<Int>()
    let timeout = sim.schedule(1, after: 30)
    sim.schedule(2, after: 10)
    var seen: [Int] = []
    sim.run { event in
      seen.append(event.payload)
      if event.payload == 2 { #expect(sim.cancel(timeout)) }
    }
    #expect(seen == [2])
    #expect(!sim.isPending(timeout))
  }

  @Test("Scheduling in the past is a precondition failure")
  func pastTraps() async {
    await #expect(processExitsWith: .failure) {
      let sim = Simulation<Int>(startTime: 10)
      sim.schedule(1, at: 5)
    }
  }

  @Test("A negative delay is a precondition failure")
  func negativeDelayTraps() async {
    await #expect(processExitsWith: .failure) {
      let sim = Simulation<Int>()
      sim.schedule(1, after: -1)
    }
  }
}
