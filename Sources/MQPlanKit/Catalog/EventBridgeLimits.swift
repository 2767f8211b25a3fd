/// EventBridge quotas and semantics for a classic event bus with rules and
/// targets (reference/sqs-eventbridge.md §4), with sources.
public enum EventBridgeLimits {
  /// PutEvents requests per second, per account and Region (soft quota,
  /// S16a; account-level, not per bus, S37).
  public static func putEventsPerSecond(region: String) -> Double {
    switch region {
    case "us-east-1", "us-west-2", "eu-west-1": return 10_000
    case "us-east-2", "eu-central-1", "eu-south-2": return 2_400
    case "us-west-1", "ap-northeast-1", "ap-southeast-1", "ap-southeast-2", "eu-west-2": return 1_200
    case "ap-east-1", "ap-northeast-2", "ap-south-1", "ca-central-1", "eu-north-1", "eu-west-3", "sa-east-1":
      return 600
    default: return 400
    }
  }

  /// Target invocations per second, per account and Region (soft quota,
  /// S16a). Above it invocations are delayed, not dropped.
  public static func invocationsPerSecond(region: String) -> Double {
    switch region {
    case "us-east-1", "us-west-2", "eu-west-1": return 18_750
    case "us-east-2", "eu-central-1", "eu-south-2": return 4_500
    case "us-west-1", "ap-northeast-1", "ap-southeast-1", "ap-southeast-2", "eu-west-2": return 2_250
    case "ap-east-1", "ap-northeast-2", "ap-south-1", "ca-central-1", "eu-north-1", "eu-west-3", "sa-east-1":
      return 1_100
    default: return 750
    }
  }

  /// Entries per PutEvents call (S17).
  public static let entriesPerCall = 1...10
  /// Targets per rule (S16a, S16b; not adjustable).
  public static let targetsPerRule = 5
  /// Rules per event bus (S16a; 100 in af-south-1 and eu-south-1; adjustable).
  public static func rulesPerBus(region: String) -> Int {
    region == "af-south-1" || region == "eu-south-1" ? 100 : 300
  }
  /// Rules whose pattern uses a wildcard, per bus (S16a; not adjustable).
  public static let wildcardRulesPerBus = 30
  /// Characters in an event pattern (S16a).
  public static let patternCharacters = 2_048
  /// MaximumRetryAttempts range and default (S17, S19, S20).
  public static let retryAttempts = 0...185
  public static let defaultRetryAttempts = 185
  /// MaximumEventAgeInSeconds range and default, seconds (S17, S19, S20).
  public static let eventAge = 60...86_400
  public static let defaultEventAge = 86_400
  /// Bytes per billed event: 64 KB chunks (S14).
  public static let billingChunkBytes = 65_536.0
  /// Events may reach the archive late: AWS says to wait 10 minutes before
  /// replaying (S21a).
  public static let archiveLagSeconds = 600.0
  /// PutEvents total entry size: < 1 MB since 2026-01-29 (S18, S17); was
  /// 256 KB.
  public static let putEventsMaxBytes = 1_048_576
}
