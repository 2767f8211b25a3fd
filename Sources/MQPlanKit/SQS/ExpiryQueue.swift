import SimKit

/// Quantities that expire at given times, taken out in time order: the
/// messages of a dead-letter queue, which expire 14 days after their
/// original enqueue time, in an order unrelated to when they arrived.
///
/// A class only to hold the non-copyable ``EventCalendar`` inside the
/// copyable simulation structs; each simulation owns its own.
final class ExpiryQueue {
  private var calendar = EventCalendar<Double>()

  /// Adds `count` items that expire at `time`.
  func add(_ count: Double, expiringAt time: Double) { calendar.schedule(count, at: time) }

  /// Removes everything that has expired by `now`; returns how much.
  func removeExpired(until now: Double) -> Double {
    var total = 0.0
    while calendar.peekTime() <= now, let entry = calendar.popNext() { total += entry.payload }
    return total
  }
}
