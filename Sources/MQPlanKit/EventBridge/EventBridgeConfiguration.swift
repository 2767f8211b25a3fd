/// The eventbridge module's variables that change what is simulated: the
/// archive's `archive_retention_days` and each rule's `retry_policy`.
///
/// Unlike the msk and sqs variables, these have no defaults of their own
/// here: the workload's bus already holds a retry policy per rule and an
/// archive retention (with AWS's defaults where it says nothing), and a
/// value set here *overrides* the workload's. `World.simulate` applies the
/// overrides to the bus before it runs (``applied(to:)``).
///
/// Rule patterns, targets, enabled states and dead-letter queues stay the
/// workload's: the tfvars' `pattern`, `target_arn`, `enabled`, `dlq_arn`
/// and the like are type-checked and not used.
public struct EventBridgeConfiguration: Sendable, Hashable {
  /// One rule's `retry_policy`; `nil` fields keep the workload's value.
  public struct RetryPolicy: Sendable, Hashable {
    /// `max_retries` (the target's `maximum_retry_attempts`), 0–185.
    public var maxRetries: Int?
    /// `max_age` (the target's `maximum_event_age_in_seconds`), 60–86,400 s.
    public var maxEventAgeSeconds: Int?

    public init(maxRetries: Int? = nil, maxEventAgeSeconds: Int? = nil) {
      self.maxRetries = maxRetries
      self.maxEventAgeSeconds = maxEventAgeSeconds
    }

    /// AWS's policy for a target without one: 185 attempts, 24 hours
    /// (S17, S19, S20). What a rule whose `retry_policy` is null gets.
    public static let awsDefault = RetryPolicy(
      maxRetries: EventBridgeLimits.defaultRetryAttempts,
      maxEventAgeSeconds: EventBridgeLimits.defaultEventAge)
  }

  /// `archive_retention_days`: `nil` keeps the workload's; 0 keeps events
  /// indefinitely, as in AWS (S38).
  public var archiveRetentionDays: Int?
  /// Retry policies by rule name (the `event_rules` map's keys).
  public var retryPolicies: [String: RetryPolicy] = [:]

  public init() {}

  /// Whether nothing overrides the workload.
  public var isEmpty: Bool { archiveRetentionDays == nil && retryPolicies.isEmpty }

  /// The variable path of one rule's retry attribute (`max_retries` or
  /// `max_age`), as diagnostics and `Configuration.origins` name it:
  /// `event_rules.orders-to-queue.retry_policy.max_retries`.
  package static func path(rule: String, attribute: String) -> String {
    JSONPath([.key("event_rules"), .key(rule), .key("retry_policy"), .key(attribute)]).description
  }

  /// Problems that AWS would refuse, or overrides for rules the workload
  /// does not have. The limits are the ones the workload reader checks
  /// (EventBridgeLimits).
  public func problems(bus: EventBridgeWorkload?) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    if let days = archiveRetentionDays, days < 0 {
      problems.append(
        Diagnostic(
          path: "archive_retention_days", message: "must be 0 or more days, got \(days)",
          hint: "0 keeps events indefinitely (S38)"))
    }
    let names = bus?.rules.map(\.name) ?? []
    for (rule, policy) in retryPolicies.sorted(by: { $0.key < $1.key }) {
      if !names.contains(rule) {
        var hint =
          bus == nil
          ? "the workload has no eventbridge section"
          : "rules in the workload: " + names.joined(separator: ", ")
        if let guess = Suggestions.closest(to: rule, in: names) { hint = "did you mean \(guess)?" }
        problems.append(
          Diagnostic(
            path: JSONPath([.key("event_rules"), .key(rule)]).description,
            message: "no rule \"\(rule)\" in the workload", hint: hint))
      }
      let retries = EventBridgeLimits.retryAttempts
      if let value = policy.maxRetries, !retries.contains(value) {
        problems.append(
          Diagnostic(
            path: Self.path(rule: rule, attribute: "max_retries"),
            message:
              "must be between \(retries.lowerBound) and \(retries.upperBound) retry attempts, got \(value) (S17)"
          ))
      }
      let ages = EventBridgeLimits.eventAge
      if let value = policy.maxEventAgeSeconds, !ages.contains(value) {
        problems.append(
          Diagnostic(
            path: Self.path(rule: rule, attribute: "max_age"),
            message: "must be between \(ages.lowerBound) and \(ages.upperBound) seconds, got \(value) (S17)"))
      }
    }
    return problems
  }

  /// The bus with the overrides in place.
  ///
  /// - Precondition: ``problems(bus:)`` found nothing (overrides for
  ///   unknown rules would be silently lost).
  public func applied(to bus: EventBridgeWorkload) -> EventBridgeWorkload {
    var bus = bus
    if let days = archiveRetentionDays, var archive = bus.archive {
      archive.retentionDays = days == 0 ? nil : Double(days)
      bus.archive = archive
    }
    for index in bus.rules.indices {
      guard let policy = retryPolicies[bus.rules[index].name] else { continue }
      if let retries = policy.maxRetries { bus.rules[index].maxRetries = retries }
      if let age = policy.maxEventAgeSeconds { bus.rules[index].maxEventAgeSeconds = Double(age) }
    }
    return bus
  }

  /// Sets one variable from `--set` text: `archive_retention_days`, or
  /// `event_rules.<rule>.maximum_retry_attempts` and
  /// `event_rules.<rule>.maximum_event_age_in_seconds` (the AWS provider's
  /// names), also spelt as the seed's object path,
  /// `event_rules.<rule>.retry_policy.max_retries` and `….max_age`.
  ///
  /// - Returns: The variable's path for `Configuration.origins`.
  /// - Throws: ``InputError`` when the name is none of these or the value
  ///   is not a whole number. Ranges are checked by ``problems(bus:)``.
  mutating func set(_ name: String, _ value: String, path: String) throws(InputError) -> String {
    func fail(_ message: String, _ hint: String? = nil) -> InputError {
      InputError(Diagnostic(path: path, message: message, hint: hint))
    }
    func number() throws(InputError) -> Int {
      guard let number = Int(value) else { throw fail("must be a whole number, got \"\(value)\"") }
      return number
    }
    if name == "archive_retention_days" {
      archiveRetentionDays = try number()
      return name
    }
    let prefix = "event_rules."
    let suffixes = [
      (".maximum_retry_attempts", "max_retries"), (".retry_policy.max_retries", "max_retries"),
      (".maximum_event_age_in_seconds", "max_age"), (".retry_policy.max_age", "max_age"),
    ]
    guard name.hasPrefix(prefix),
      let (suffix, attribute) = suffixes.first(where: { name.hasSuffix($0.0) }),
      name.count > prefix.count + suffix.count
    else {
      throw fail(
        "rule retry policies are set as event_rules.<rule>.maximum_retry_attempts or event_rules.<rule>.maximum_event_age_in_seconds",
        "for example --set event_rules.orders-to-queue.maximum_retry_attempts=3")
    }
    let rule = String(name.dropFirst(prefix.count).dropLast(suffix.count))
    let given = try number()
    var policy = retryPolicies[rule] ?? RetryPolicy()
    if attribute == "max_retries" { policy.maxRetries = given } else { policy.maxEventAgeSeconds = given }
    retryPolicies[rule] = policy
    return Self.path(rule: rule, attribute: attribute)
  }
}
