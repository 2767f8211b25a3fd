import SimKit

/// Which rules an event of a type matches, measured on generated events.
///
/// Each event type's `samplesPerType` events are built (envelope plus a
/// detail drawn from the samples or the field generators) and every rule's
/// pattern and the archive's are evaluated on each. Events that match the
/// same set of rules form a class; the simulation splits each minute's
/// events over the classes by their measured shares (thinning a Poisson
/// stream gives independent Poisson streams, so this is exact in
/// distribution for the measured shares).
struct EventClasses: Sendable {
  /// Events that match the same rules (and the archive, or not).
  struct Class: Sendable {
    /// Indices of the enabled rules matched.
    var rules: [Int]
    var archived: Bool
    /// Share of the type's events.
    var share: Double
  }

  var classes: [Class]
  /// Share of the type's events matching each rule (by rule index).
  var ruleShares: [Double]
  var archiveShare: Double
  var samples: Int
  /// Mean entry bytes, and mean billed 64 KB chunks per event.
  var meanBytes: Double
  var meanChunks: Double
  /// One generated event, for reports ("what the rules saw").
  var example: String

  /// Half-width of the 95 % interval of a measured share (normal
  /// approximation; at least the rule-of-three bound when nothing or
  /// everything matched).
  func halfWidth(_ share: Double) -> Double {
    let n = Double(samples)
    if share == 0 || share == 1 { return 3 / n }
    return 1.96 * (share * (1 - share) / n).squareRoot()
  }

  static func measure(
    type: EventType, rules: [EventRule], archive: EventArchive?, samples: Int, region: String,
    source: RandomSource
  ) -> EventClasses {
    var detailStream = source.stream("detail")
    var sizeStream = source.stream("size")
    var counts: [[Int]: (Int, Int)] = [:]  // rule set → (archived, not archived)
    var ruleHits = [Int](repeating: 0, count: rules.count)
    var archiveHits = 0
    var bytes = 0.0
    var chunks = 0.0
    var example = ""
    for index in 0..<samples {
      let event = EventGenerator.event(type: type, region: region, index: index, using: &detailStream)
      if index == 0 { example = event.compactText }
      var matched: [Int] = []
      for (ruleIndex, rule) in rules.enumerated() where rule.enabled && rule.pattern.matches(event) {
        matched.append(ruleIndex)
        ruleHits[ruleIndex] += 1
      }
      let archived = archive?.pattern.matches(event) ?? false
      if archived { archiveHits += 1 }
      var entry = counts[matched] ?? (0, 0)
      if archived { entry.0 += 1 } else { entry.1 += 1 }
      counts[matched] = entry
      let size = Swift.max(1, type.size.sample(using: &sizeStream))
      bytes += size
      chunks += (size / EventBridgeLimits.billingChunkBytes).rounded(.up)
    }
    let n = Double(samples)
    var classes: [Class] = []
    // Sorted so that the class order (and the draws per class) is the same
    // on every run.
    for key in counts.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      let (archived, plain) = counts[key]!
      if archived > 0 { classes.append(Class(rules: key, archived: true, share: Double(archived) / n)) }
      if plain > 0 { classes.append(Class(rules: key, archived: false, share: Double(plain) / n)) }
    }
    return EventClasses(
      classes: classes, ruleShares: ruleHits.map { Double($0) / n }, archiveShare: Double(archiveHits) / n,
      samples: samples, meanBytes: bytes / n, meanChunks: chunks / n, example: example)
  }
}
