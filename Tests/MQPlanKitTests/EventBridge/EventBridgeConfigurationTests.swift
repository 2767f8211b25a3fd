import Testing

@testable import MQPlanKit

private typealias Bus = EventBridgeTestBus

/// The eventbridge variables from tfvars and `--set` reaching the model
/// through `World.simulate`. Oracle: the retry rule of the existing
/// EventBridge oracle tests (a target that always fails gets exactly
/// `max_retries` retries per event, so `max_retries = 0` gives none) and
/// AWS's limits (0–185 attempts, 60–86,400 s), with the workload's own
/// policy as the control.
@Suite("EventBridge configuration: archive retention and retry policies reach the model")
struct EventBridgeConfigurationTests {
  /// One rule, "r", to a target that always fails; the workload's own
  /// policy allows 7 retries.
  private static func workload(horizon: Double = 7_200, archive: Bool = false) -> Workload {
    var workload = Workload(name: "t", region: "us-east-1", horizon: horizon, seed: 3)
    workload.eventBridge = EventBridgeWorkload(
      eventTypes: [Bus.type(rate: 5, profile: Bus.stopping(after: 600, horizon: horizon))],
      rules: [
        Bus.rule(
          "r", #"{"source": ["orion.test"]}"#, targets: [Bus.sink("broken", failure: 1)], maxRetries: 7)
      ],
      archive: archive ? Bus.archive(retentionDays: nil) : nil, samplesPerType: 100)
    return workload
  }

  private static let rule =
    #"description = "r", pattern = { source = ["orion.test"] }, enabled = true, target_arn = "arn:aws:lambda:us-east-1:1:function:f", target_type = "lambda", message_group_id = null, dlq_arn = null"#

  private static func target(_ configuration: Configuration, _ workload: Workload = workload()) throws
    -> EventBridgeRunResult.TargetResult
  {
    let result = try World.simulate(workload, configuration: configuration)
    return try #require(result.scenarios.first?.eventBridge?.targets.first)
  }

  @Test(
    "max_retries = 0 from tfvars against an always-failing target: no retries; the workload's 7 otherwise")
  func zeroRetriesFromTFVars() throws {
    let control = try Self.target(Configuration())
    #expect(control.matched > 0)
    #expect(control.retries == control.matched * 7)

    var configuration = Configuration()
    _ = try configuration.apply(
      try TFVarsReader.parse(
        "event_rules = { r = { \(Self.rule), retry_policy = { max_age = 3600, max_retries = 0 } } }",
        file: "eb.tfvars"))
    let target = try Self.target(configuration)
    #expect(target.matched == control.matched)
    #expect(target.retries == 0)
    #expect(target.invocations == target.matched)
    #expect(target.dropped == target.matched)
  }

  @Test("The same through --set, and a null retry_policy gives AWS's 185")
  func retriesFromSetAndNull() throws {
    var configuration = Configuration()
    try configuration.set("event_rules.r.maximum_retry_attempts=2")
    let target = try Self.target(configuration)
    #expect(target.retries == target.matched * 2)

    var defaults = Configuration()
    _ = try defaults.apply(
      try TFVarsReader.parse("event_rules = { r = { \(Self.rule), retry_policy = null } }", file: "eb.tfvars")
    )
    // 185 retries take far longer than the two hours simulated: every
    // event is still retrying at the end, none given up.
    let retrying = try Self.target(defaults)
    #expect(retrying.dropped == 0)
    #expect(retrying.retries > retrying.matched * 7)
  }

  @Test("archive_retention_days: 1 day keeps less than the workload's indefinite archive; 0 keeps it all")
  func archiveRetention() throws {
    let workload = Self.workload(horizon: 3 * 86_400, archive: true)
    func stored(_ days: Int?) throws -> Double {
      var configuration = Configuration()
      if let days { try configuration.set("archive_retention_days=\(days)") }
      let result = try World.simulate(workload, configuration: configuration)
      return try #require(result.scenarios.first?.eventBridge?.archive).storedBytesAtEnd
    }
    let indefinite = try stored(nil)
    #expect(indefinite > 0)
    #expect(try stored(1) < indefinite)
    #expect(try stored(0) == indefinite)
  }

  @Test("Out-of-range values and unknown rules are errors at the tfvars value; a missing rule a warning")
  func problems() throws {
    var configuration = Configuration()
    _ = try configuration.apply(
      try TFVarsReader.parse(
        """
        archive_retention_days = -1
        event_rules = {
          rr = { \(Self.rule), retry_policy = { max_age = 30, max_retries = 186 } }
        }
        """, file: "eb.tfvars"))
    let error = try #require(throws: InputError.self) {
      try World.simulate(Self.workload(), configuration: configuration)
    }
    #expect(
      configuration.locating(error).diagnostics.map(\.description) == [
        "eb.tfvars:1:26: error: archive_retention_days: must be 0 or more days, got -1 (0 keeps events indefinitely (S38))",
        "eb.tfvars:3:8: error: event_rules.rr: no rule \"rr\" in the workload (did you mean r?)",
        "eb.tfvars:3:248: error: event_rules.rr.retry_policy.max_retries: must be between 0 and 185 retry attempts, got 186 (S17)",
        "eb.tfvars:3:230: error: event_rules.rr.retry_policy.max_age: must be between 60 and 86400 seconds, got 30 (S17)",
      ])

    var missing = Configuration()
    _ = try missing.apply(
      try TFVarsReader.parse("event_rules = {}\narchive_retention_days = 7", file: "m.tfvars"))
    let result = try World.simulate(Self.workload(), configuration: missing)
    #expect(
      result.warnings.contains(
        "rule r is in the workload but not in the event_rules map of m.tfvars: Terraform would not create it; mqplan simulates it with the workload's retry policy"
      ))
    #expect(
      result.warnings.contains(
        "archive_retention_days is set, but the workload's eventbridge section has no archive: it changes nothing"
      ))
  }
}
