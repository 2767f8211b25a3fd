/// Facts about this build of mqplan.
public enum MQPlan {
  /// The tool's version, printed by `mqplan --version` and written into every
  /// report. Follows semantic versioning; see CHANGELOG.md.
  public static let version = "0.1.0-dev"
}
