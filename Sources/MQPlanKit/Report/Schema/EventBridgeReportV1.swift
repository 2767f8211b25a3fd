extension SimulationReportV1 {
  /// The EventBridge bus in one run (absent without an eventbridge section).
  public struct EventBridgeV1: Codable, Sendable {
    public struct TypeV1: Codable, Sendable {
      public var name: String
      public var offeredEvents: Double
      public var publishedEvents: Double
      public var throttledRequests: Double
      public var droppedByThrottle: Double
      public var pendingAtEnd: Double
      public var maxThrottleDelaySeconds: Double
      public var billedChunks: Double
      public var archiveShare: Double
      public var samples: Int
      public var ruleShares: [RuleShareV1]
    }

    public struct RuleShareV1: Codable, Sendable {
      public var rule: String
      public var share: Double
      /// Half-width of the 95 % interval.
      public var halfWidth: Double
    }

    public struct TargetV1: Codable, Sendable {
      public var rule: String
      public var target: String
      public var kind: String
      public var matched: Double
      public var invocations: Double
      public var delivered: Double
      public var failedInvocations: Double
      public var retries: Double
      public var sentToDLQ: Double
      public var dropped: Double
      public var pendingAtEnd: Double
      public var maxQuotaDelaySeconds: Double
    }

    public struct ArchiveV1: Codable, Sendable {
      public var events: Double
      public var bytesProcessed: Double
      public var peakStoredBytes: Double
      public var storedBytesAtEnd: Double
      public var averageStoredBytes: Double
    }

    public struct ReplayV1: Codable, Sendable {
      public var fromSeconds: Double
      public var toSeconds: Double
      public var startSeconds: Double
      public var finishedAtSeconds: Double?
      public var events: Double
      public var billedChunks: Double
    }

    public var putEventsQuotaPerSecond: Double
    public var invocationsQuotaPerSecond: Double
    public var peakPutEventsRequestsPerSecond: Double
    public var peakInvocationsPerSecond: Double
    public var quotaDelayedMinutes: Int
    public var eventTypes: [TypeV1]
    public var targets: [TargetV1]
    public var archive: ArchiveV1?
    public var replay: ReplayV1?
    public var events: [EventV1]
  }

  static func eventBridge(_ bus: EventBridgeRunResult) -> EventBridgeV1 {
    EventBridgeV1(
      putEventsQuotaPerSecond: bus.putEventsQuota, invocationsQuotaPerSecond: bus.invocationsQuota,
      peakPutEventsRequestsPerSecond: bus.peakPutEventsRequestsPerSecond,
      peakInvocationsPerSecond: bus.peakInvocationsPerSecond, quotaDelayedMinutes: bus.quotaDelayedMinutes,
      eventTypes: bus.types.map { type in
        EventBridgeV1.TypeV1(
          name: type.name, offeredEvents: type.offered, publishedEvents: type.published,
          throttledRequests: type.throttledRequests, droppedByThrottle: type.droppedByThrottle,
          pendingAtEnd: type.pendingAtEnd, maxThrottleDelaySeconds: type.maxThrottleDelay,
          billedChunks: type.chunks,
          archiveShare: type.archiveShare, samples: type.samples,
          ruleShares: type.ruleShares.map { .init(rule: $0.rule, share: $0.share, halfWidth: $0.halfWidth) })
      },
      targets: bus.targets.map { target in
        EventBridgeV1.TargetV1(
          rule: target.rule, target: target.target, kind: target.kind, matched: target.matched,
          invocations: target.invocations, delivered: target.delivered,
          failedInvocations: target.failedInvocations,
          retries: target.retries, sentToDLQ: target.sentToDLQ, dropped: target.dropped,
          pendingAtEnd: target.pendingAtEnd, maxQuotaDelaySeconds: target.maxQuotaDelay)
      },
      archive: bus.archive.map {
        EventBridgeV1.ArchiveV1(
          events: $0.events, bytesProcessed: $0.bytesProcessed, peakStoredBytes: $0.peakStoredBytes,
          storedBytesAtEnd: $0.storedBytesAtEnd, averageStoredBytes: $0.byteSeconds / bus.horizon)
      },
      replay: bus.replay.map {
        EventBridgeV1.ReplayV1(
          fromSeconds: $0.from, toSeconds: $0.to, startSeconds: $0.start, finishedAtSeconds: $0.finished,
          events: $0.events, billedChunks: $0.chunks)
      },
      events: bus.events.map { EventV1(timeSeconds: $0.time, message: $0.message) })
  }
}
