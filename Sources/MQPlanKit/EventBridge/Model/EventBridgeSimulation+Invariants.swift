extension EventBridgeSimulation {
  /// Conservation at the end of every simulated minute, compiled only when
  /// `SIMKIT_INTERNAL_CHECKS` is defined (see `Package.swift`); the counts
  /// are whole events, so the checks are exact:
  ///
  /// - per event type, every event offered was published, dropped by
  ///   throttling, or waits in a throttled line to be re-sent;
  /// - per target, every event matched to it (replays included) was
  ///   delivered, sent to the rule's DLQ, dropped after its retries, or is
  ///   still pending: waiting for the invocations quota, scheduled for a
  ///   retry in a later minute, or due back after the horizon.
  ///
  /// - Complexity: O(types × classes × waiting cohorts + targets); the lines
  ///   hold at most `throttledLineLimit` cohorts each.
  @inline(__always)
  static func _checkInvariants(
    minute: Int, types: [EventBridgeRunResult.TypeResult],
    throttled: [[FIFOLine<(count: Int, since: Int)>]], targets: [Target]
  ) {
    #if SIMKIT_INTERNAL_CHECKS
    func fail(_ message: String) -> Never {
      // Said before the trap: release builds drop precondition messages.
      print("EventBridge invariant at minute \(minute): \(message)")
      preconditionFailure(message)
    }
    for (typeIndex, type) in types.enumerated() {
      var waiting = 0
      for line in throttled[typeIndex] {
        for cohort in line.waiting {
          if cohort.count < 0 { fail("\(type.name): a throttled cohort of \(cohort.count) events") }
          waiting += cohort.count
        }
      }
      let accounted = type.published + type.droppedByThrottle + Double(waiting)
      if type.offered != accounted {
        fail(
          "\(type.name): \(type.offered) offered, \(type.published) published, \(type.droppedByThrottle) dropped, \(waiting) waiting to be re-sent"
        )
      }
    }
    for target in targets {
      let result = target.result
      if target.waitingCount < 0 || target.scheduledCount < 0 {
        fail("\(result.target): \(target.waitingCount) waiting, \(target.scheduledCount) scheduled")
      }
      let accounted =
        result.delivered + result.sentToDLQ + result.dropped + result.pendingAtEnd
        + Double(target.waitingCount + target.scheduledCount)
      if result.matched != accounted {
        fail(
          "\(result.rule) → \(result.target): \(result.matched) matched, \(result.delivered) delivered, \(result.sentToDLQ) to the DLQ, \(result.dropped) dropped, \(target.waitingCount) waiting, \(target.scheduledCount) scheduled, \(result.pendingAtEnd) past the horizon"
        )
      }
    }
    #endif
  }
}
