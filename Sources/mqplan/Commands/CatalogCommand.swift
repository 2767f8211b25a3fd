import MQPlanKit

enum CatalogCommand {
  static let spec = CommandSpec(
    name: "catalog",
    abstract: "Print the AWS figures mqplan uses, with their sources.",
    discussion: """
      MSK broker sizes (vCPU, memory, network and EBS baselines, provisioned \
      throughput, partitions, price), MSK quotas and Serverless limits, and every \
      price, each with the ids of its sources (shared/reference). --prices applies \
      a price file first, to check it.
      """,
    options: [
      OptionSpec(long: "prices", kind: .single(valueName: "file"), help: "Price overrides (JSON) to apply."),
      OptionSpec(long: "format", kind: .single(valueName: "format"), help: "text (default) or json."),
    ],
    run: run)

  static func run(_ invocation: Invocation, _ console: inout Console) throws -> ExitCode {
    let format = try CommandSupport.format(invocation, allowed: ["text", "json"])
    let prices: PriceBook
    do {
      prices = try CommandSupport.prices(invocation.value("prices"), console: console)
    } catch let failure as ReportedFailure {
      return failure.status
    }
    switch format {
    case "json": console.write(try CommandSupport.json(CatalogReportV1(prices: prices)))
    default: console.write(CatalogReport.text(prices: prices))
    }
    return .success
  }
}
