extension SimulationReportV1 {
  /// One alarm of the monitoring plan and every state change in every run.
  public struct AlarmV1: Codable, Sendable {
    public struct TransitionV1: Codable, Sendable {
      public var scenario: String
      public var timeSeconds: Double
      public var from: String
      public var to: String
      public var reason: String
    }

    public struct DetectionV1: Codable, Sendable {
      public var scenario: String
      public var incidentStartSeconds: Double
      public var firedAtSeconds: Double?
      public var clearedAtSeconds: Double?
    }

    public var name: String
    public var subject: String
    public var kind: String
    public var metric: String
    public var rule: String
    public var threshold: Double
    public var thresholdOrigin: String
    public var variable: String?
    public var quietLevel: Double?
    public var recommendedThreshold: Double?
    public var falseAlarmsPerMonth: Double
    public var replications: Int
    public var detections: [DetectionV1]
    public var transitions: [TransitionV1]
    public var notes: [String]
  }

  static func alarm(_ alarm: AlarmReport) -> AlarmV1 {
    AlarmV1(
      name: alarm.name, subject: alarm.subject, kind: alarm.kind, metric: alarm.metric, rule: alarm.rule,
      threshold: alarm.threshold, thresholdOrigin: alarm.origin.rawValue, variable: alarm.variable,
      quietLevel: alarm.quietLevel, recommendedThreshold: alarm.recommended,
      falseAlarmsPerMonth: alarm.falseAlarmsPerMonth, replications: alarm.replications,
      detections: alarm.detections.map {
        .init(
          scenario: $0.scenario, incidentStartSeconds: $0.incidentStart, firedAtSeconds: $0.firedAt,
          clearedAtSeconds: $0.clearedAt)
      },
      transitions: alarm.runs.flatMap { run in
        run.transitions.map {
          .init(
            scenario: run.scenario, timeSeconds: $0.time, from: $0.from.rawValue, to: $0.to.rawValue,
            reason: $0.reason)
        }
      }, notes: alarm.notes)
  }
}
