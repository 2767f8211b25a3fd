import SimKit
import TestSupport
import Testing

@testable import MQPlanKit

/// Oracle: a consumer outage of T seconds at produce rate p with spare
/// capacity s (consumers can read p + s) builds a lag of p·T messages and
/// recovers p·T/s seconds after the restart. The time lag at the restart is
/// T (the group resumes at data produced when it stopped).
@Suite("Consumer lag")
struct LagTests {
  @Test(
    "Outage of 30 min at 1,000 msg/s with 500 msg/s spare: peak lag 1.8 M messages, recovered 1 h after restart"
  )
  func outageAndCatchUp() throws {
    let p = 1_000.0
    let spare = 500.0
    let outage = 1_800.0
    var kafka = KafkaWorkload()
    kafka.topics = [
      KafkaTopic(
        name: "events", partitions: 6,
        producers: [KafkaProducer(name: "p", messagesPerSecond: p, messageSize: .constant(500))])
    ]
    kafka.consumerGroups = [
      ConsumerGroup(
        name: "worker", topics: ["events"], consumers: 6,
        capacityPerConsumer: .messagesPerSecond((p + spare) / 6))
    ]
    var workload = Workload(name: "outage", horizon: 6 * 3_600, seed: 3, kafka: kafka)
    workload.scenarios = [
      Scenario(
        name: "stop", incidents: [Incident(.consumerStopped(group: "worker"), start: 3_600, duration: outage)]
      )
    ]
    let result = try World.simulate(workload, configuration: Configuration())
    let group = try #require(result.runs[1].groups.first)
    let peak = Closeness(
      "peak lag (messages)", observed: group.maxLagMessages, expected: p * outage, relativeTolerance: 0.01)
    #expect(peak.holds, "\(peak)")
    let catchUp = try #require(group.catchUps.first ?? nil)
    // Measured from the stop: T + p·T/s, to the minute.
    let expected = outage + p * outage / spare
    #expect(abs(catchUp - expected) <= 120, "catch-up \(catchUp) s, expected \(expected) s")
    let timeLag = Closeness(
      "peak time lag (s)", observed: group.maxLagSeconds, expected: outage, absoluteTolerance: 60)
    #expect(timeLag.holds, "\(timeLag)")
    // The outage and catch-up are excluded from the lag objective.
    #expect(group.maxLagSecondsExcludingOutages <= 60)
    // The baseline never lags.
    #expect(result.baseline.groups[0].maxLagMessages == 0)
  }

  @Test("Time lag is exact in the flow model: P(t′) = C(t), lag = t − t′")
  func timeLagInversion() throws {
    // A group that can read half the production falls behind linearly: at
    // time t it has consumed C(t) = p·t/2, which was produced at t′ = t/2, so
    // its time lag is t/2.
    var kafka = KafkaWorkload()
    kafka.topics = [
      KafkaTopic(
        name: "events", partitions: 4,
        producers: [KafkaProducer(name: "p", messagesPerSecond: 2_000, messageSize: .constant(100))])
    ]
    kafka.consumerGroups = [
      ConsumerGroup(
        name: "slow", topics: ["events"], consumers: 4, capacityPerConsumer: .messagesPerSecond(250))
    ]
    let workload = Workload(name: "slow", horizon: 4 * 3_600, seed: 9, kafka: kafka)
    let result = try World.simulate(workload, configuration: Configuration())
    let lag = try #require(result.baseline.series["lag.slow"])
    for minute in [30, 60, 120, 239] {
      let t = Double(minute + 1) * 60
      let observed = try #require(lag.datapoint(at: minute)?.average)
      #expect(abs(observed - t / 2) <= 60, "minute \(minute): lag \(observed) s, expected \(t / 2)")
    }
  }
}
