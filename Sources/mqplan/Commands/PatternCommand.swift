/// `mqplan pattern`: groups the commands about EventBridge event patterns.
enum PatternCommand {
  static let spec = CommandSpec(
    name: "pattern",
    abstract: "Work with EventBridge event patterns.",
    discussion: """
      The patterns of the eventbridge module's rules and archives, matched \
      by EventBridge's rules as AWS documents them.
      """,
    subcommands: [PatternTestCommand.spec])
}
