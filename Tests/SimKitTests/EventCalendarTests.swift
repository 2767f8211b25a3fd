import SimKit
import TestSupport
import Testing

/// The calendar against a naive sorted-array model, exhaustively on small
/// cases and on thousands of seeded random operation sequences.
@Suite("Event calendar")
struct EventCalendarTests {
  @Test("Same-time events run in the order they were scheduled (FIFO)")
  func tieBreaksAreFIFO() {
    var calendar = EventCalendar<Int>()
    for value in 0..<1_000 { calendar.schedule(value, at: 5) }
    var seen: [Int] = []
    while let event = calendar.popNext() { seen.append(event.payload) }
    #expect(seen == Array(0..<1_000))
  }

  @Test("Urgent events run before normal events of the same time, FIFO within each")
  func urgentBeforeNormal() {
    var calendar = EventCalendar<String>()
    calendar.schedule("n1", at: 1)
    calendar.schedule("u1", at: 1, priority: .urgent)
    calendar.schedule("n2", at: 1)
    calendar.schedule("early", at: 0.5)
    calendar.schedule("u2", at: 1, priority: .urgent)
    var seen: [String] = []
    while let event = calendar.popNext() { seen.append(event.payload) }
    #expect(seen == ["early", "u1", "u2", "n1", "n2"])
  }

  @Test("Every order of scheduling up to 6 events with ties pops in key order")
  func exhaustiveSmallPermutations() {
    // Times with deliberate ties; priorities alternate.
    let times: [Double] = [1, 0, 1, 2, 0, 1]
    for size in 1...times.count {
      for permutation in permutations(Array(0..<size)) {
        var calendar = EventCalendar<Int>()
        var model = SortedModel<Int>()
        for (sequence, index) in permutation.enumerated() {
          let priority: EventPriority = index % 3 == 0 ? .urgent : .normal
          calendar.schedule(index, at: times[index], priority: priority)
          model.insert(
            .init(time: times[index], priority: priority.rawValue, sequence: UInt64(sequence), payload: index)
          )
        }
        var popped: [Int] = []
        while let event = calendar.popNext() { popped.append(event.payload) }
        #expect(popped == model.entries.map(\.payload), "permutation \(permutation)")
      }
    }
  }

  @Test("Random schedule/cancel/pop sequences match the sorted model", arguments: 0..<4)
  func randomOperationsMatchModel(shard: Int) {
    // 4 shards × 750 seeds = 3,000 seeded cases, up to 300 operations each.
    for seed in (shard * 750)..<((shard + 1) * 750) {
      var rng = Xoshiro256StarStar(seed: UInt64(seed))
      var calendar = EventCalendar<UInt64>()
      var model = SortedModel<UInt64>()
      var handles: [EventID] = []
      var now = 0.0
      let operations = 1 + rng.nextIndex(below: 300)
      for _ in 0..<operations {
        switch rng.nextIndex(below: 10) {
        case 0..<5:  // schedule, often at tied times
          let time = now + Double(rng.nextIndex(below: 8)) * 0.25
          let priority: EventPriority = rng.nextIndex(below: 4) == 0 ? .urgent : .normal
          let id = calendar.schedule(UInt64(handles.count), at: time, priority: priority)
          model.insert(
            .init(time: time, priority: priority.rawValue, sequence: id.sequence, payload: id.sequence))
          handles.append(id)
        case 5..<7:  // cancel a random handle, pending or not
          guard !handles.isEmpty else { continue }
          let id = handles[rng.nextIndex(below: handles.count)]
          let expected = model.remove(sequence: id.sequence)
          let observed1 = calendar.cancel(id)
          #expect(observed1 == expected, "seed \(seed): cancel \(id)")
          let observed2 = !calendar.isPending(id)
          #expect(observed2, "seed \(seed)")
        default:  // pop
          let observed3 = calendar.peekTime()
          #expect(observed3 == model.firstTime, "seed \(seed): peek")
          let event = calendar.popNext()
          let expected = model.popFirst()
          #expect(event?.id.sequence == expected?.sequence, "seed \(seed): pop")
          #expect(event?.time == expected?.time, "seed \(seed): time")
          if let event { now = event.time }
        }
        let observed4 = calendar.count
        #expect(observed4 == model.entries.count, "seed \(seed): count")
      }
      while let expected = model.popFirst() {
        let event = calendar.popNext()
        #expect(event?.id.sequence == expected.sequence, "seed \(seed): drain")
      }
      let observed5 = calendar.popNext()
      #expect(observed5 == nil, "seed \(seed): empty at the end")
    }
  }

  @Test("Cancelling reports whether the event was pending; stale handles never hit reused slots")
  func cancellationIsExact() {
    var calendar = EventCalendar<String>()
    let a = calendar.schedule("a", at: 1)
    let observed6 = calendar.cancel(a)
    #expect(observed6)
    let observed7 = !calendar.cancel(a)
    #expect(observed7, "a second cancel is a no-op")
    let observed8 = calendar.peekTime()
    #expect(observed8 == .infinity, "the cancelled event is gone")
    // Slot of `a` is free again; `b` reuses it.
    let b = calendar.schedule("b", at: 2)
    let observed9 = !calendar.cancel(a)
    #expect(observed9, "a stale handle must not cancel the event in its old slot")
    let observed10 = calendar.isPending(b)
    #expect(observed10)
    let observed11 = calendar.popNext()
    #expect(observed11?.payload == "b")
    let observed12 = !calendar.cancel(b)
    #expect(observed12, "an event that ran cannot be cancelled")
    let observed13 = calendar.isEmpty
    #expect(observed13)
  }

  @Test("Peek on an empty calendar is +infinity, as in SimPy")
  func peekEmpty() {
    var calendar = EventCalendar<Int>()
    let observed14 = calendar.peekTime()
    #expect(observed14 == .infinity)
    let observed15 = calendar.popNext()
    #expect(observed15 == nil)
  }

  @Test("Payloads with reference-counted storage are released exactly once")
  func payloadLifetimes() {
    final class Token {
      nonisolated(unsafe) static var live = 0
      init() { Token.live += 1 }
      deinit { Token.live -= 1 }
    }
    do {
      var calendar = EventCalendar<Token>()
      var ids: [EventID] = []
      for index in 0..<100 { ids.append(calendar.schedule(Token(), at: Double(index % 7))) }
      for id in ids.prefix(30) { calendar.cancel(id) }
      var popped = 0
      while calendar.popNext() != nil { popped += 1 }
      #expect(popped == 70)
      #expect(Token.live == 0, "popped and discarded payloads are released")
      for index in 0..<50 { calendar.schedule(Token(), at: Double(index)) }
      #expect(Token.live == 50)
    }
    #expect(Token.live == 0, "the calendar's deinit releases every pending payload")
  }

  @Test("Scheduling at a non-finite time is a precondition failure")
  func nonFiniteTimeTraps() async {
    await #expect(processExitsWith: .failure) {
      var calendar = EventCalendar<Int>()
      calendar.schedule(1, at: .nan)
    }
  }
}

private func permutations(_ items: [Int]) -> [[Int]] {
  if items.count <= 1 { return [items] }
  var result: [[Int]] = []
  for (index, item) in items.enumerated() {
    var rest = items
    rest.remove(at: index)
    for tail in permutations(rest) { result.append([item] + tail) }
  }
  return result
}
