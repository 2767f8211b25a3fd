import SimKit
import Testing

@testable import MQPlanKit

/// Random patterns on random events: `explain` reaches the verdict of
/// `matches`, and a `$or` matches exactly when one of its expansions does
/// (the disjunctive normal form event-ruler compiles it into, S23
/// `JsonRuleCompiler`).
@Suite("Event patterns: random patterns")
struct EventPatternRandomPatternTests {
  /// Builds random pattern and event texts over a small vocabulary, so that
  /// fields often coincide.
  struct Generator {
    var random: SplitMix64
    let keys = ["a", "b", "c"]
    let scalars = [#""x""#, #""xy""#, #""""#, "1", "1.0", "-2", "true", "null", #""10.0.0.7""#, #""Xy""#]
    let operators = [
      #""x""#, "1", "null", #"{"prefix":"x"}"#, #"{"suffix":"y"}"#, #"{"equals-ignore-case":"xy"}"#,
      #"{"wildcard":"*y"}"#, #"{"anything-but":"x"}"#, #"{"anything-but":[1,2]}"#,
      #"{"anything-but":{"prefix":"x"}}"#, #"{"numeric":[">",0,"<=",1]}"#, #"{"numeric":["=",-2]}"#,
      #"{"exists":true}"#, #"{"exists":false}"#, #"{"cidr":"10.0.0.0/24"}"#,
      #"{"prefix":{"equals-ignore-case":"X"}}"#,
    ]

    mutating func pick<T>(_ list: [T]) -> T { list[random.nextIndex(below: list.count)] }

    /// A random event value, nested `depth` more levels at most.
    mutating func eventValue(depth: Int) -> String {
      switch depth > 0 ? random.nextIndex(below: 7) : 0 {
      case 0, 1, 2, 3: return pick(scalars)
      case 4:
        return "["
          + (0..<random.nextIndex(below: 3)).map { _ in eventValue(depth: depth - 1) }.joined(separator: ",")
          + "]"
      default: return eventObject(depth: depth - 1)
      }
    }

    mutating func eventObject(depth: Int) -> String {
      var members: [String] = []
      for key in keys where random.nextIndex(below: 5) != 0 {
        members.append(#""\#(key)":\#(eventValue(depth: depth))"#)
      }
      return "{" + members.joined(separator: ",") + "}"
    }

    /// A random pattern object; `orDepth` limits nested `$or`.
    mutating func patternObject(depth: Int, orDepth: Int) -> String {
      var members: [String] = []
      for key in keys where random.nextIndex(below: 3) == 0 {
        if depth > 0 && random.nextIndex(below: 3) == 0 {
          members.append(#""\#(key)":\#(patternObject(depth: depth - 1, orDepth: orDepth))"#)
        } else {
          let count = 1 + random.nextIndex(below: 3)
          members.append(
            #""\#(key)":["# + (0..<count).map { _ in pick(operators) }.joined(separator: ",") + "]")
        }
      }
      if orDepth > 0 && (members.isEmpty || random.nextIndex(below: 3) == 0) {
        members.append(
          #""$or":["# + orAlternatives(depth: depth, orDepth: orDepth).joined(separator: ",") + "]")
      }
      if members.isEmpty { members.append(#""a":["# + pick(operators) + "]") }
      return "{" + members.joined(separator: ",") + "}"
    }

    mutating func orAlternatives(depth: Int, orDepth: Int) -> [String] {
      (0..<(2 + random.nextIndex(below: 2))).map { _ in patternObject(depth: depth, orDepth: orDepth - 1) }
    }
  }

  @Test("explain agrees with matches (1,500 seeded patterns × 10 events)")
  func explainAgrees() throws {
    var matchedCount = 0
    for seed in UInt64(0)..<1_500 {
      var generator = Generator(random: SplitMix64(seed: seed))
      let patternText = generator.patternObject(depth: 2, orDepth: 2)
      let pattern = try EventPattern.parse(patternText)
      for _ in 0..<10 {
        let eventText = generator.eventObject(depth: 3)
        let event = try parseJSON(eventText)
        let verdict = pattern.matches(event)
        if verdict { matchedCount += 1 }
        let explanation = pattern.explain(event)
        if explanation.isMatch != verdict || (verdict ? explanation.matched : explanation.failed).isEmpty {
          Issue.record("seed \(seed):\npattern \(patternText)\nevent \(eventText)\n\(explanation)")
          return
        }
      }
    }
    // Both outcomes must be well represented, or the check proves little.
    #expect(matchedCount > 1_500 && matchedCount < 13_500, "matched \(matchedCount) of 15,000")
  }

  @Test("A $or matches exactly when one of its expansions does, arrays included (1,500 seeded patterns)")
  func orExpansion() throws {
    var matchedCount = 0
    for seed in UInt64(0)..<1_500 {
      var generator = Generator(random: SplitMix64(seed: seed &+ 1_000_000))
      // F ∧ (A₁ ∨ … ∨ Aₙ)  ≡  (F ∧ A₁) ∨ … ∨ (F ∧ Aₙ), each F ∧ Aᵢ written as
      // F's fields plus "$or": [Aᵢ, Aᵢ], since F and Aᵢ may name the same keys.
      let common = String(generator.patternObject(depth: 1, orDepth: 0).dropLast())
      let alternatives = generator.orAlternatives(depth: 1, orDepth: 1)
      let combinedText = #"{"w":"# + common + #","$or":["# + alternatives.joined(separator: ",") + "]}}"
      let combined = try EventPattern.parse(combinedText)
      let expansions = try alternatives.map { alternative in
        try EventPattern.parse(#"{"w":"# + common + #","$or":["# + alternative + "," + alternative + "]}}")
      }
      for _ in 0..<10 {
        // "w" is an array of objects a quarter of the time, to exercise element consistency.
        let inner = generator.eventObject(depth: 2)
        let value =
          generator.random.nextIndex(below: 4) == 0 ? "[\(inner),\(generator.eventObject(depth: 2))]" : inner
        let eventText = #"{"w":"# + value + "}"
        let event = try parseJSON(eventText)
        let expected = expansions.contains { $0.matches(event) }
        if expected { matchedCount += 1 }
        if combined.matches(event) != expected {
          Issue.record("seed \(seed):\npattern \(combinedText)\nevent \(eventText)")
          return
        }
      }
    }
    #expect(matchedCount > 750 && matchedCount < 14_250, "matched \(matchedCount) of 15,000")
  }
}
