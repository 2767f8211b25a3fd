import MQPlanKit

/// The command table. Each subcommand lives in its own file and is added
/// here.
enum RootCommand {
  static let spec = CommandSpec(
    name: "mqplan",
    abstract: "Plan the capacity and cost of an AWS messaging stack before you deploy it.",
    discussion: """
      mqplan simulates a workload on Amazon MSK, SQS and EventBridge over a \
      horizon (a month by default), predicts storage, lag, queue depth, alarms \
      and the monthly bill, and recommends the Terraform variable values of \
      the msk, sqs and eventbridge modules, with the reason for each.
      """,
    subcommands: [
      PlanCommand.spec, SimulateCommand.spec, CompareCommand.spec, ValidateCommand.spec, CatalogCommand.spec,
      InitCommand.spec, PatternCommand.spec,
    ])
}
