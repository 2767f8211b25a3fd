import SimKit

/// The CloudWatch-style series a queue model records every minute, held by
/// position: looking each up by name in a dictionary every minute of every
/// run hashed ten strings a minute. ``SQSQueueResult/series`` gets them by
/// name at the end of the run.
struct SQSMinuteSeries {
  enum Metric: Int, CaseIterable {
    case visible, inFlight, delayed, dlq, sent, received, deleted, emptyReceives, consumers, ageOfOldest

    /// The name in ``SQSQueueResult/series``.
    var name: String {
      switch self {
      case .visible: "visible"
      case .inFlight: "inFlight"
      case .delayed: "delayed"
      case .dlq: "dlq"
      case .sent: "sent"
      case .received: "received"
      case .deleted: "deleted"
      case .emptyReceives: "emptyReceives"
      case .consumers: "consumers"
      case .ageOfOldest: "ageOfOldest"
      }
    }
  }

  private var series: [IntervalSeries]

  /// Series with room for every minute up to `horizon`.
  init(horizon: Double) {
    series = Metric.allCases.map { _ in IntervalSeries(interval: 60, reservingThrough: horizon) }
  }

  mutating func record(_ metric: Metric, _ value: Double, at time: Double) {
    series[metric.rawValue].record(value, at: time)
  }

  /// The series by name: those with at least one sample.
  var byName: [String: IntervalSeries] {
    var named: [String: IntervalSeries] = [:]
    for metric in Metric.allCases where series[metric.rawValue].intervalCount > 0 {
      named[metric.name] = series[metric.rawValue]
    }
    return named
  }
}
