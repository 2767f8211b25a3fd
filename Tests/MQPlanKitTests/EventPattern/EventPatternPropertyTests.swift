import SimKit
import Testing

@testable import MQPlanKit

/// Seeded random checks against naive models and between the two walks
/// (`matches` and `explain`). A failure names its seed; rerun that seed alone
/// by narrowing the range.
@Suite("Event patterns: seeded properties")
struct EventPatternPropertyTests {
  // MARK: Wildcards against a backtracking model

  /// Naive wildcard semantics: exponential in the worst case, so only for
  /// short inputs. Tokens: `nil` is a star, a value is a literal byte.
  private func naiveWildcard(_ tokens: ArraySlice<UInt8?>, _ text: ArraySlice<UInt8>) -> Bool {
    guard let first = tokens.first else { return text.isEmpty }
    guard let literal = first else {
      for split in text.startIndex...text.endIndex where naiveWildcard(tokens.dropFirst(), text[split...]) {
        return true
      }
      return false
    }
    guard let head = text.first, head == literal else { return false }
    return naiveWildcard(tokens.dropFirst(), text.dropFirst())
  }

  @Test("Wildcard matching agrees with a backtracking model (20,000 seeded cases)")
  func wildcardModel() throws {
    for seed in UInt64(0)..<20_000 {
      var random = SplitMix64(seed: seed)
      // A pattern over {a, b, *, \*}, never two stars in a row.
      var tokens: [UInt8?] = []
      var text = ""
      for _ in 0..<random.nextIndex(below: 7) {
        switch random.nextIndex(below: 5) {
        case 0 where tokens.last != .some(nil):
          tokens.append(nil)
          text += "*"
        case 1:
          tokens.append(UInt8(ascii: "*"))
          text += "\\*"
        case 2:
          tokens.append(UInt8(ascii: "b"))
          text += "b"
        default:
          tokens.append(UInt8(ascii: "a"))
          text += "a"
        }
      }
      let alphabet: [UInt8] = [UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "*")]
      let subject = (0..<random.nextIndex(below: 9)).map { _ in alphabet[random.nextIndex(below: 3)] }
      let wildcard = try PatternWildcard.parse(text).get()
      let fast = subject.withUnsafeBufferPointer { wildcard.matches($0) }
      let naive = naiveWildcard(tokens[...], subject[...])
      if fast != naive {
        Issue.record(
          "seed \(seed): wildcard \(text) on \(String(decoding: subject, as: UTF8.self)): \(fast) vs \(naive)"
        )
        return
      }
    }
  }

  @Test("A hostile wildcard runs in linear time")
  func hostileWildcard() throws {
    let stars = String(repeating: "*a", count: 500) + "*b"
    let pattern = try EventPattern.parse(#"{"s":[{"wildcard":""# + stars + #""}]}"#)
    let event = try parseJSON(#"{"s":""# + String(repeating: "a", count: 200_000) + #""}"#)
    let clock = ContinuousClock()
    var result = true
    let elapsed = clock.measure { result = pattern.matches(event) }
    #expect(!result)
    #expect(elapsed < .seconds(2), "took \(elapsed)")
  }

  // MARK: Folding, numbers and blocks against direct computations

  @Test("equals-ignore-case on ASCII agrees with lowercased() (5,000 seeded cases)")
  func caseFoldingModel() throws {
    let letters = Array("aAbBzZ09-_ ".unicodeScalars)
    for seed in UInt64(0)..<5_000 {
      var random = SplitMix64(seed: seed)
      let pattern = String(
        String.UnicodeScalarView(
          (0..<random.nextIndex(below: 5)).map { _ in letters[random.nextIndex(below: letters.count)] }))
      var event = pattern
      if random.nextIndex(below: 2) == 0 {
        event = String(
          String.UnicodeScalarView(
            (0..<random.nextIndex(below: 5)).map { _ in letters[random.nextIndex(below: letters.count)] }))
      } else {
        event = String(event.map { random.nextIndex(below: 2) == 0 ? Character($0.uppercased()) : $0 })
      }
      let folded = PatternCaseFolding(pattern)
      let expected = pattern.lowercased() == event.lowercased()
      let got = withPatternBytes(of: event) { folded.equals($0) }
      let prefix = withPatternBytes(of: event) { folded.isPrefix(of: $0) }
      let suffix = withPatternBytes(of: event) { folded.isSuffix(of: $0) }
      if got != expected || prefix != event.lowercased().hasPrefix(pattern.lowercased())
        || suffix != event.lowercased().hasSuffix(pattern.lowercased())
      {
        Issue.record("seed \(seed): \(pattern) vs \(event)")
        return
      }
    }
  }

  @Test("numeric agrees with Double comparisons on values with ≤ 6 decimals (5,000 seeded cases)")
  func numericModel() throws {
    let operators = [">", ">=", "<", "<="]
    for seed in UInt64(0)..<5_000 {
      var random = SplitMix64(seed: seed)
      func value() -> Int { random.nextIndex(below: 2_001) - 1_000 }  // thousandths
      let low = value()
      let high = low + 1 + random.nextIndex(below: 500)
      let lowOp = operators[random.nextIndex(below: 2)]
      let highOp = operators[2 + random.nextIndex(below: 2)]
      let x = value()
      let text =
        #"{"x":[{"numeric":[""# + lowOp + #"",\#(Double(low) / 1000),""# + highOp
        + #"",\#(Double(high) / 1000)]}]}"#
      let pattern = try EventPattern.parse(text)
      let event = try parseJSON(#"{"x":\#(Double(x) / 1000)}"#)
      let aboveLow = lowOp == ">" ? x > low : x >= low
      let belowHigh = highOp == "<" ? x < high : x <= high
      if pattern.matches(event) != (aboveLow && belowHigh) {
        Issue.record("seed \(seed): \(text) on \(Double(x) / 1000)")
        return
      }
    }
  }

  @Test("cidr agrees with integer arithmetic on IPv4 (5,000 seeded cases)")
  func cidrModel() throws {
    for seed in UInt64(0)..<5_000 {
      var random = SplitMix64(seed: seed)
      let base = UInt32(truncatingIfNeeded: random.next())
      let mask = random.nextIndex(below: 32)
      let hostMask: UInt32 = mask == 0 ? .max : (UInt32(1) << UInt32(32 - mask)) - 1
      // Half the addresses near the block, half anywhere.
      let address =
        random.nextIndex(below: 2) == 0
        ? (base & ~hostMask) | (UInt32(truncatingIfNeeded: random.next()) & hostMask)
        : UInt32(truncatingIfNeeded: random.next())
      func dotted(_ value: UInt32) -> String {
        [24, 16, 8, 0].map { String((value >> UInt32($0)) & 0xFF) }.joined(separator: ".")
      }
      let pattern = try EventPattern.parse(#"{"ip":[{"cidr":"\#(dotted(base))/\#(mask)"}]}"#)
      let event = try parseJSON(#"{"ip":"\#(dotted(address))"}"#)
      let expected = address >= base && address <= base | hostMask
      if pattern.matches(event) != expected {
        Issue.record("seed \(seed): \(dotted(base))/\(mask) on \(dotted(address))")
        return
      }
    }
  }
}
