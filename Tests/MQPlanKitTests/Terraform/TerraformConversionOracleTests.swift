import Foundation
import Testing

@testable import MQPlanKit

/// The conversion table checked against Terraform itself: each row becomes
/// a variable of the row's type, set from a tfvars file. Oracle: Terraform
/// (checked with 1.11.4); it runs only where terraform is installed, and
/// the table keeps its recorded answers for everywhere else.
@Suite(
  "Terraform types: the conversion table against Terraform itself",
  .enabled(if: Terraform.path != nil, "needs terraform on the PATH"))
struct TerraformConversionOracleTests {
  /// A directory with one variable per row (`v0`, `v1`, …) and a tfvars
  /// file setting each.
  private func project(_ rows: [(index: Int, row: ConversionCase)]) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mqplan-types-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var configuration = ""
    var values = ""
    for (index, row) in rows {
      configuration += "variable \"v\(index)\" {\n  type = \(row.type)\n}\n"
      values += "v\(index) = \(row.value)\n"
    }
    configuration += "output \"all\" {\n  value = {\n"
    for (index, _) in rows { configuration += "    v\(index) = var.v\(index)\n" }
    configuration += "  }\n}\n"
    try configuration.write(
      to: directory.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
    try values.write(to: directory.appendingPathComponent("values.tfvars"), atomically: true, encoding: .utf8)
    return directory
  }

  @Test("Terraform accepts exactly the accepted rows, with the same converted values")
  func accepted() throws {
    let rows = ConversionCase.all.enumerated().filter { $0.element.expected != nil }.map {
      ($0.offset, $0.element)
    }
    let directory = try project(rows)
    defer { try? FileManager.default.removeItem(at: directory) }
    let apply = try Terraform.run(
      ["apply", "-auto-approve", "-input=false", "-var-file=values.tfvars"], in: directory)
    try #require(apply.status == 0, "terraform apply failed:\n\(apply.output)")
    let output = try Terraform.run(["output", "-json", "all"], in: directory)
    try #require(output.status == 0, "terraform output failed:\n\(output.output)")
    let seen = try TFVarsReader.parseJSON(output.output, file: "terraform output")
    for (index, row) in rows {
      #expect(seen["v\(index)"]?.value.value.canonicalJSON == row.expected, "\(row.testDescription)")
    }
  }

  @Test("Terraform rejects every rejected row")
  func rejected() throws {
    let rows = ConversionCase.all.enumerated().filter { $0.element.expected == nil }.map {
      ($0.offset, $0.element)
    }
    let directory = try project(rows)
    defer { try? FileManager.default.removeItem(at: directory) }
    let plan = try Terraform.run(["plan", "-input=false", "-var-file=values.tfvars"], in: directory)
    #expect(plan.status != 0)
    // Each rejection names its variable: "… not suitable for var.v12 declared at …".
    var named: Set<Int> = []
    var rest = plan.output[...]
    while let range = rest.range(of: "var.v") {
      let digits = rest[range.upperBound...].prefix { $0.isNumber }
      if let index = Int(digits) { named.insert(index) }
      rest = rest[range.upperBound...]
    }
    #expect(named == Set(rows.map(\.0)), "\(plan.output)")
  }
}
