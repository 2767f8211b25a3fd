import Testing

@testable import MQPlanKit

@Suite("Did-you-mean suggestions")
struct SuggestionsTests {
  @Test(
    "Edit distance: insertions, deletions, substitutions, transpositions",
    arguments: [
      ("", "", 0), ("abc", "", 3), ("", "ab", 2), ("kitten", "sitting", 3),
      ("retention", "retnetion", 1), ("seed", "sede", 1), ("broker_count", "broker_count", 0),
    ])
  func distances(a: String, b: String, distance: Int) {
    #expect(Suggestions.editDistance(a, b) == distance)
    #expect(Suggestions.editDistance(b, a) == distance, "symmetric")
  }

  @Test("Closest plausible candidate, or none")
  func closest() {
    let keys = ["messagesPerSecond", "messageSize", "partitions", "replicationFactor"]
    #expect(Suggestions.closest(to: "mesagesPerSecond", in: keys) == "messagesPerSecond")
    #expect(Suggestions.closest(to: "partitons", in: keys) == "partitions")
    #expect(Suggestions.closest(to: "zzz", in: keys) == nil)
    #expect(Suggestions.closest(to: "--versoin", in: ["--version", "--help"]) == "--version")
    #expect(Suggestions.closest(to: "partitions", in: keys) == nil, "an exact match is not a typo")
  }
}
