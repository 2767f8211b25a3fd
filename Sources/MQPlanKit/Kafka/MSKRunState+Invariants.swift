import SimKit

extension MSKRunState {
  /// The model's invariants at the end of every step, compiled only when
  /// `SIMKIT_INTERNAL_CHECKS` is defined (see `Package.swift`):
  ///
  /// - the accepted share of the step is within [0, 1];
  /// - per topic, every message offered was accepted or still waits in the
  ///   producers' backlog (never negative), so accepted ≤ offered;
  /// - per group and topic, every accepted message was consumed or is lag
  ///   (never negative), so consumed ≤ accepted;
  /// - every log holds a non-negative number of bytes;
  /// - a returning broker's re-replication debt is within [0, what it holds].
  ///
  /// Tolerances are the model's own rounding, not slack: the backlog is
  /// zeroed below 1e-9 message and lag below 1e-6 message each step, and
  /// sums of a month of steps drift by a few ulps.
  ///
  /// - Complexity: O(topics × brokers + groups × topics) per step, the order
  ///   of the step itself.
  @inline(__always)
  func _checkInvariants(scale: Double, at time: Double) {
    #if SIMKIT_INTERNAL_CHECKS
    func fail(_ message: String) -> Never {
      // Said before the trap: release builds drop precondition messages.
      print("MSK invariant at \(time) s: \(message)")
      preconditionFailure(message)
    }
    if !(scale >= 0 && scale <= 1) { fail("accepted share \(scale) outside [0, 1]") }
    for topic in kafka.topics.indices {
      let name = kafka.topics[topic].name
      let steps = Double(producedCumulative[topic].count)
      let offered = metrics.offered[topic].count
      let accepted = metrics.accepted[topic].count
      let waiting = backlog[topic].count
      if waiting < 0 || backlog[topic].bytes < 0 { fail("topic \(name): negative backlog \(backlog[topic])") }
      if abs(offered - accepted - waiting) > 1e-9 * Swift.max(1, offered) + 1e-9 * steps {
        fail("topic \(name): \(offered) offered, \(accepted) accepted, \(waiting) in the backlog")
      }
      if logs[topic].bytes < 0 { fail("topic \(name): \(logs[topic].bytes) bytes on disk") }
    }
    for group in groups {
      for (k, topic) in group.topics.enumerated() {
        let produced = producedCumulative[topic].last ?? 0
        let steps = Double(producedCumulative[topic].count)
        let lag = group.lag[k]
        if lag.count < 0 || lag.bytes < -1e-6 * steps {
          fail("group \(group.group.name), topic \(kafka.topics[topic].name): negative lag \(lag)")
        }
        if abs(group.consumed[k] + lag.count - produced) > 1e-9 * Swift.max(1, produced) + 1e-6 * steps {
          fail(
            "group \(group.group.name), topic \(kafka.topics[topic].name): \(produced) accepted, \(group.consumed[k]) consumed, \(lag.count) lag"
          )
        }
      }
    }
    for broker in 0..<brokerCount {
      let held = bytesHeld(by: broker)
      if deficit[broker] < 0 || deficit[broker] > held * (1 + 1e-9) + 1 {
        fail("broker \(broker): re-replication debt \(deficit[broker]) bytes, holding \(held)")
      }
    }
    #endif
  }
}
