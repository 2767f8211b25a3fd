import SimKit

extension SQSCohortSimulation {
  /// Conservation, every minute, on the model's own counts: each message
  /// sent (accepted) is deleted, moved to the DLQ, expired, or still in the
  /// queue (visible, delayed, or received and due back after the visibility
  /// timeout); no cohort holds a negative count; and the running visible
  /// total agrees with its cohorts. The reported visible depth is not
  /// checked here: in light load it is an Erlang C draw, not this count.
  /// Compiled only when `SIMKIT_INTERNAL_CHECKS` is defined (see
  /// `Package.swift`).
  ///
  /// Tolerance: a cohort drained to within 1e-9 message leaves the queue,
  /// so the sums may drift by that much a step, plus rounding.
  ///
  /// - Complexity: O(cohorts in the queue), the order of the step itself.
  @inline(__always)
  func _checkInvariants(now: Double) {
    #if SIMKIT_INTERNAL_CHECKS
    var negative = false
    var visibleSum = 0.0
    for offset in 0..<visible.count {
      visibleSum += visible[offset].count
      negative = negative || visible[offset].count < 0
    }
    var delayedSum = 0.0
    for offset in 0..<delayed.count {
      delayedSum += delayed[offset].cohort.count
      negative = negative || delayed[offset].cohort.count < 0
    }
    var returningSum = 0.0
    for offset in 0..<returning.count {
      returningSum += returning[offset].cohort.count
      negative = negative || returning[offset].cohort.count < 0
    }
    let steps = (now / 60).rounded(.up)
    let tolerance = 1e-9 * Swift.max(1, result.sent) + 1e-9 * steps
    let accounted =
      result.deleted + result.movedToDLQPoison + result.movedToDLQOther + result.expired + visibleSum
      + delayedSum + returningSum
    if negative || abs(accounted - result.sent) > tolerance || abs(visibleSum - visibleTotal) > tolerance
      || dlqCount < -tolerance
    {
      // Said before the trap: release builds drop precondition messages.
      print(
        "SQS \(queue.name) (cohorts) at \(now): sent \(result.sent), deleted \(result.deleted), DLQ \(result.movedToDLQPoison + result.movedToDLQOther), expired \(result.expired), visible \(visibleSum) (running total \(visibleTotal)), delayed \(delayedSum), due back \(returningSum), DLQ depth \(dlqCount), a negative cohort: \(negative)"
      )
      preconditionFailure("SQS \(queue.name): messages not conserved by the cohort model")
    }
    #endif
  }
}
