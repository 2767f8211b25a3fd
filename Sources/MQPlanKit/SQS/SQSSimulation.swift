import SimKit

/// Simulates every queue of a workload, choosing the fidelity per queue.
enum SQSSimulation {
  /// Which model to run.
  enum FidelityChoice: String, Sendable {
    case auto, message, cohort
  }

  /// Above this many messages over the horizon, `auto` picks the cohort
  /// model. The message model runs at 2.4–6 million messages a second in the
  /// benchmark (Benchmarks/README.md) but nearer one million with short
  /// polling and retries: prod-mid over 3 days (6 million messages on two
  /// queues, 7 scenarios) took 29 s with a budget of 10 million. One million
  /// keeps a queue's run to about a second; the fidelity tests show where the
  /// cohort model agrees.
  static let messageBudget = 1_000_000.0

  /// Expected messages over the horizon (mean rates, profiles integrated
  /// at one-minute resolution).
  static func expectedMessages(_ queue: SQSQueueWorkload, horizon: Double) -> Double {
    var total = 0.0
    for producer in queue.producers {
      var t = 0.0
      while t < horizon {
        total +=
          producer.profile.rate(base: producer.messagesPerSecond ?? 0, at: t + 30)
          * Swift.min(60, horizon - t)
        t += 60
      }
    }
    return total
  }

  static func check(_ sqs: SQSWorkload, configuration: Configuration, scenario: Scenario?) throws(InputError)
  {
    var problems: [Diagnostic] = []
    let names = sqs.queues.map(\.name)
    for name in configuration.queues.keys.sorted() where !names.contains(name) {
      var hint = "queues in the workload: " + names.joined(separator: ", ")
      if let guess = Suggestions.closest(to: name, in: names) { hint = "did you mean \(guess)?" }
      problems.append(
        Diagnostic(path: "queues.\(name)", message: "no queue \"\(name)\" in the workload", hint: hint))
    }
    for queue in sqs.queues {
      problems += configuration.queue(queue.name).problems(queue: queue.name)
    }
    if !problems.isEmpty { throw InputError(problems) }
  }

  static func simulate(
    queue: SQSQueueWorkload, configuration: SQSQueueConfiguration, workload: Workload, scenario: Scenario?,
    fidelity: FidelityChoice, replication: Int = 0
  ) -> SQSQueueResult {
    let incidents = (scenario?.incidents ?? []).filter { $0.kind.touches(queue: queue.name) }
    let source = RandomSource(seed: workload.seed).replication(replication).child("sqs").child(queue.name)
    let useMessages: Bool
    switch fidelity {
    case .message: useMessages = true
    case .cohort: useMessages = false
    case .auto: useMessages = expectedMessages(queue, horizon: workload.horizon) <= messageBudget
    }
    if useMessages {
      var simulation = SQSMessageSimulation(
        queue: queue, configuration: configuration, horizon: workload.horizon, incidents: incidents,
        source: source)
      return simulation.run()
    }
    var simulation = SQSCohortSimulation(
      queue: queue, configuration: configuration, horizon: workload.horizon, incidents: incidents,
      source: source)
    return simulation.run()
  }
}
