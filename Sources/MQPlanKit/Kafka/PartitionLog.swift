import SimKit

// Implementation priorities, in order: correctness (Kafka's mechanics),
// bounded memory, speed.

/// One partition replica's log on disk, following Kafka's retention
/// mechanics (reference/msk.md §3, from apache/kafka UnifiedLog.scala and
/// TopicConfig.java):
///
/// - records are appended to the active segment, which rolls when it
///   reaches `segment.bytes`, or at the first append after it is
///   `segment.ms` old;
/// - retention runs only at the retention checks
///   (`log.retention.check.interval.ms`), walks from the oldest segment,
///   and deletes a segment only when its *newest* record is older than
///   `retention.ms`, stopping at the first segment it may not delete;
/// - with `retention.bytes` it deletes oldest segments while the log stays
///   at or above the limit without them, so a log may exceed the limit by
///   up to one segment;
/// - the active segment is never deleted while it receives writes; if every
///   segment is deletable, Kafka first rolls a new empty active segment.
///
/// Traffic arrives as a quantity of bytes spread evenly over a time step.
/// Segments that fill within one step are kept as a *run* of identical
/// segments (same size, newest-record times evenly spaced), so memory
/// grows with the number of steps in the retention window, not with the
/// number of segments, however small `segment.bytes` is.
///
/// - Complexity: `append` is O(1); `enforceRetention` is O(runs deleted).
struct PartitionLog: Sendable {
  /// `count` closed segments of `bytesEach`, the newest record of the i-th
  /// (0-based) at `firstNewest + i · spacing`.
  struct Run: Sendable, Equatable {
    var count: Int
    var bytesEach: Double
    var firstNewest: Double
    var spacing: Double

    var bytes: Double { Double(count) * bytesEach }
    func newest(_ index: Int) -> Double { firstNewest + Double(index) * spacing }
    var lastNewest: Double { newest(count - 1) }
  }

  let segmentBytes: Double
  let segmentMs: Double
  let retentionMs: Double
  let retentionBytes: Double?

  /// Closed segments, oldest first.
  private(set) var closed = RingBuffer<Run>(capacity: 64)
  private var closedBytes = 0.0
  /// The active segment.
  private(set) var activeBytes = 0.0
  private(set) var activeCreated: Double
  private(set) var activeNewest: Double?

  init(segmentBytes: Double, segmentMs: Double, retentionMs: Double, retentionBytes: Double?, start: Double) {
    precondition(segmentBytes > 0 && segmentMs > 0 && retentionMs > 0, "Log settings must be positive")
    self.segmentBytes = segmentBytes
    self.segmentMs = segmentMs
    self.retentionMs = retentionMs
    self.retentionBytes = retentionBytes
    self.activeCreated = start
  }

  /// Bytes on disk: closed segments plus the active one.
  var bytes: Double { closedBytes + activeBytes }

  /// Number of segments on disk, the active one included.
  var segmentCount: Int {
    var total = 1
    for index in 0..<closed.count { total += closed[index].count }
    return total
  }

  /// Time of the oldest record still on disk, if any.
  var oldestNewest: Double? { closed.first?.firstNewest ?? activeNewest }

  /// Appends `bytes` spread evenly over `[start, start + duration)`.
  ///
  /// - Precondition: `bytes >= 0`, `duration > 0`, times non-decreasing.
  mutating func append(_ bytes: Double, from start: Double, duration: Double) {
    precondition(bytes >= 0 && duration > 0, "Append needs non-negative bytes over a positive duration")
    guard bytes > 0 else { return }
    // segment.ms: roll at the first append after the segment is that old.
    if activeBytes > 0 && start - activeCreated >= segmentMs / 1_000 {
      roll(at: start)
    }
    let rate = bytes / duration
    var remaining = bytes
    var now = start
    let end = start + duration
    // Fill the active segment.
    let room = segmentBytes - activeBytes
    if remaining < room {
      activeBytes += remaining
      activeNewest = end
      return
    }
    if activeBytes == 0 { activeCreated = now }
    now += room / rate
    activeBytes = segmentBytes
    activeNewest = now
    remaining -= room
    roll(at: now)
    // Whole segments filled within this step: one run.
    let whole = Int((remaining / segmentBytes).rounded(.down))
    if whole > 0 {
      let spacing = segmentBytes / rate
      pushClosed(Run(count: whole, bytesEach: segmentBytes, firstNewest: now + spacing, spacing: spacing))
      now += Double(whole) * spacing
      remaining -= Double(whole) * segmentBytes
      activeCreated = now
    }
    if remaining > 0 {
      activeBytes = remaining
      activeNewest = end
      activeCreated = now
    }
  }

  /// Closes the active segment (if it holds data) and starts a new one.
  private mutating func roll(at time: Double) {
    if activeBytes > 0, let newest = activeNewest {
      pushClosed(Run(count: 1, bytesEach: activeBytes, firstNewest: newest, spacing: 0))
    }
    activeBytes = 0
    activeNewest = nil
    activeCreated = time
  }

  private mutating func pushClosed(_ run: Run) {
    closed.append(run)
    closedBytes += run.bytes
  }

  /// One retention check at time `now`: time-based, then size-based.
  /// Returns the bytes deleted.
  @discardableResult
  mutating func enforceRetention(at now: Double) -> Double {
    var deleted = 0.0
    let cutoff = now - retentionMs / 1_000
    // Time: delete while the oldest segment's newest record is older than
    // retention (strictly: now − newest > retention.ms).
    while var run = closed.first {
      if run.firstNewest >= cutoff { break }
      // How many of the run's segments are past the cutoff.
      let expired: Int
      if run.spacing == 0 || run.count == 1 {
        expired = run.count
      } else {
        expired = Swift.min(
          run.count, Swift.max(1, Int(((cutoff - run.firstNewest) / run.spacing).rounded(.up))))
      }
      deleted += Double(expired) * run.bytesEach
      if expired == run.count {
        _ = closed.popFirst()
        closedBytes -= run.bytes
        continue
      }
      run.count -= expired
      run.firstNewest += Double(expired) * run.spacing
      closed[0] = run
      closedBytes -= Double(expired) * run.bytesEach
      break
    }
    // Every closed segment went and the active one is stale too: Kafka rolls
    // first, then deletes it.
    if closed.isEmpty, let newest = activeNewest, newest < cutoff {
      deleted += activeBytes
      activeBytes = 0
      activeNewest = nil
      activeCreated = now
    }
    // Size: delete oldest while the log without it is still at or above
    // retention.bytes.
    if let limit = retentionBytes {
      while var run = closed.first, bytes - run.bytesEach >= limit {
        let excess = bytes - limit
        let removable = Swift.min(run.count, Int((excess / run.bytesEach).rounded(.down)))
        guard removable > 0 else { break }
        deleted += Double(removable) * run.bytesEach
        closedBytes -= Double(removable) * run.bytesEach
        if removable < run.count {
          run.count -= removable
          run.firstNewest += Double(removable) * run.spacing
          closed[0] = run
          break
        }
        _ = closed.popFirst()
      }
    }
    if closed.isEmpty { closedBytes = 0 }  // no drift from repeated subtraction
    return deleted
  }
}
