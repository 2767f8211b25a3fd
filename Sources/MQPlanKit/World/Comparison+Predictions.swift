extension Comparison {
  /// One prediction on both sides: its worst value over the baseline and
  /// the scenarios, and the run it came from.
  public struct Prediction: Sendable {
    /// A side's worst value.
    public struct Value: Sendable, Hashable {
      public var value: Double
      /// "baseline" or the scenario's name (the first run on ties).
      public var run: String
      /// What the value is about when the name does not say: the binding
      /// limit's name.
      public var detail: String?
    }

    /// "peak disk used", "peak consumer lag", …
    public var name: String
    /// "cluster", "group orders", "queue jobs", "bus".
    public var subject: String
    /// "%", "s", "messages" or "events".
    public var unit: String
    /// `nil` where the side has nothing to measure (a Serverless cluster
    /// has no disks).
    public var a: Value?
    public var b: Value?
  }

  /// The key predictions: per cluster the fullest disk and the binding
  /// limit's peak use, per consumer group the largest lag, per queue the
  /// deepest backlog and the oldest message, and the bus's failed
  /// invocations, events sent to DLQs and events dropped after retries.
  public var predictions: [Prediction] {
    var rows: [Prediction] = []
    func add(
      _ name: String, _ subject: String, _ unit: String, _ measure: (ScenarioRun) -> (Double, String?)?
    ) {
      rows.append(
        Prediction(
          name: name, subject: subject, unit: unit, a: Self.worst(a, measure), b: Self.worst(b, measure)))
    }
    if a.workload.kafka != nil {
      add("peak disk used", "cluster", "%") { run in
        run.msk.flatMap { $0.brokers.map(\.peakDiskFraction).max() }.map { ($0 * 100, nil) }
      }
      add("binding limit, peak use", "cluster", "%") { run in
        run.msk?.bindingLimit.map { ($0.peak * 100, $0.limit.rawValue) }
      }
      let groups = (a.scenarios.first?.msk?.groups ?? b.scenarios.first?.msk?.groups ?? []).map(\.name)
      for group in groups {
        add("peak consumer lag", "group \(group)", "s") { run in
          run.msk?.groups.first { $0.name == group }.map { ($0.maxLagSeconds, nil) }
        }
      }
    }
    for queue in a.workload.sqs?.queues ?? [] {
      add("peak queue depth", "queue \(queue.name)", "messages") { run in
        run.queues.first { $0.name == queue.name }.map { ($0.visible.count > 0 ? $0.visible.max : 0, nil) }
      }
      add("oldest message", "queue \(queue.name)", "s") { run in
        run.queues.first { $0.name == queue.name }.map {
          ($0.ageOfOldest.count > 0 ? $0.ageOfOldest.max : 0, nil)
        }
      }
    }
    if a.workload.eventBridge != nil {
      add("EventBridge failed invocations", "bus", "events") { run in
        run.eventBridge.map { ($0.targets.reduce(0) { $0 + $1.failedInvocations }, nil) }
      }
      add("EventBridge events to DLQs", "bus", "events") { run in
        run.eventBridge.map { ($0.targets.reduce(0) { $0 + $1.sentToDLQ }, nil) }
      }
      add("EventBridge events dropped after retries", "bus", "events") { run in
        run.eventBridge.map { ($0.targets.reduce(0) { $0 + $1.dropped }, nil) }
      }
    }
    return rows
  }

  /// The largest value over `result`'s runs, with its run; the first run
  /// wins ties. `nil` when no run has the measure.
  private static func worst(
    _ result: SimulationResult, _ measure: (ScenarioRun) -> (Double, String?)?
  ) -> Prediction.Value? {
    var worst: Prediction.Value?
    for run in result.scenarios {
      guard let (value, detail) = measure(run) else { continue }
      if worst == nil || value > (worst?.value ?? 0) {
        worst = Prediction.Value(value: value, run: run.scenario, detail: detail)
      }
    }
    return worst
  }
}
