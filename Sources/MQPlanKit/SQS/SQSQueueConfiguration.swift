/// One entry of the sqs module's `queues` map: the attributes sizing decides.
///
/// Defaults are AWS's where the seed gives none (S1): visibility 30 s,
/// retention 4 days, 1 MiB messages, no delay, short polling, SSE-SQS. The
/// seed's object type has no defaults at all, so every field must appear in
/// the tfvars; mqplan writes all of them. `enable_dlq` true and
/// `max_receive_count` 10 (botocore's stated default) follow the seed's
/// Definition of Done (DLQs configured); `depth_threshold` 1,000 is
/// mqplan's starting value, replaced by a recommended one when planning.
public struct SQSQueueConfiguration: Sendable, Hashable {
  public var visibilityTimeout: Int = SQSLimits.defaultVisibilityTimeout
  public var retentionSeconds: Int = SQSLimits.defaultRetention
  public var maxMessageSize: Int = SQSLimits.defaultMaxMessageSize
  public var delaySeconds: Int = 0
  public var receiveWaitTime: Int = 0
  public var useSQSManagedSSE: Bool = true
  public var enableDLQ: Bool = true
  public var maxReceiveCount: Int = SQSLimits.defaultMaxReceiveCount
  public var fifo: Bool = false
  public var depthThreshold: Double = 1_000

  public init() {}

  /// The object's attributes in the module's order, as HCL prints them.
  public var variables: [(name: String, value: String)] {
    [
      ("visibility_timeout", "\(visibilityTimeout)"), ("retention_seconds", "\(retentionSeconds)"),
      ("max_message_size", "\(maxMessageSize)"), ("delay_seconds", "\(delaySeconds)"),
      ("receive_wait_time", "\(receiveWaitTime)"), ("use_sqs_managed_sse", "\(useSQSManagedSSE)"),
      ("enable_dlq", "\(enableDLQ)"), ("max_receive_count", "\(maxReceiveCount)"), ("fifo", "\(fifo)"),
      (
        "depth_threshold",
        depthThreshold.rounded() == depthThreshold ? "\(Int(depthThreshold))" : "\(depthThreshold)"
      ),
    ]
  }

  public static let attributeNames = [
    "visibility_timeout", "retention_seconds", "max_message_size", "delay_seconds", "receive_wait_time",
    "use_sqs_managed_sse", "enable_dlq", "max_receive_count", "fifo", "depth_threshold",
  ]

  /// Problems that AWS would refuse, for the queue called `name`.
  public func problems(queue name: String) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    func check(_ attribute: String, _ value: Int, _ range: ClosedRange<Int>, _ source: String) {
      if !range.contains(value) {
        problems.append(
          Diagnostic(
            path: "queues.\(name).\(attribute)",
            message: "must be between \(range.lowerBound) and \(range.upperBound), got \(value) (\(source))"))
      }
    }
    check("visibility_timeout", visibilityTimeout, SQSLimits.visibilityTimeout, "S1")
    check("retention_seconds", retentionSeconds, SQSLimits.retention, "S1")
    check("max_message_size", maxMessageSize, SQSLimits.maxMessageSize, "S1")
    check("delay_seconds", delaySeconds, SQSLimits.delay, "S1")
    check("receive_wait_time", receiveWaitTime, SQSLimits.receiveWait, "S1")
    if enableDLQ { check("max_receive_count", maxReceiveCount, SQSLimits.maxReceiveCount, "S30f") }
    if depthThreshold < 0 || !depthThreshold.isFinite {
      problems.append(
        Diagnostic(path: "queues.\(name).depth_threshold", message: "must be a non-negative number"))
    }
    return problems
  }

  /// Sets one attribute from text.
  mutating func set(_ attribute: String, _ value: String, path: String) throws(InputError) {
    func fail(_ message: String, _ hint: String? = nil) -> InputError {
      InputError(Diagnostic(path: path, message: message, hint: hint))
    }
    func integer() throws(InputError) -> Int {
      guard let number = Int(value) else { throw fail("must be a whole number, got \"\(value)\"") }
      return number
    }
    func boolean() throws(InputError) -> Bool {
      switch value {
      case "true": return true
      case "false": return false
      default: throw fail("must be true or false, got \"\(value)\"")
      }
    }
    switch attribute {
    case "visibility_timeout": visibilityTimeout = try integer()
    case "retention_seconds": retentionSeconds = try integer()
    case "max_message_size": maxMessageSize = try integer()
    case "delay_seconds": delaySeconds = try integer()
    case "receive_wait_time": receiveWaitTime = try integer()
    case "use_sqs_managed_sse": useSQSManagedSSE = try boolean()
    case "enable_dlq": enableDLQ = try boolean()
    case "max_receive_count": maxReceiveCount = try integer()
    case "fifo": fifo = try boolean()
    case "depth_threshold":
      guard let number = Double(value), number.isFinite else {
        throw fail("must be a number, got \"\(value)\"")
      }
      depthThreshold = number
    default:
      var hint = "attributes: " + Self.attributeNames.joined(separator: ", ")
      if let guess = Suggestions.closest(to: attribute, in: Self.attributeNames) {
        hint = "did you mean \(guess)?"
      }
      throw fail("unknown queue attribute", hint)
    }
  }
}
