import Foundation
import Testing

@testable import MQPlanKit

/// The writer checked against Terraform itself. Terraform is not a CI
/// dependency, so this suite runs only where `terraform` is installed
/// (checked with Terraform 1.11.4); python-hcl2 remains the oracle that
/// always runs.
@Suite(
  "HCL writer against Terraform itself", .enabled(if: Terraform.path != nil, "needs terraform on the PATH"))
struct HCLTerraformTests {
  /// Every entry of the hand-written round-trip cases and of the first 100
  /// seeded ones, in one list: their names are distinct across cases, so
  /// one file can hold them all. (All seeds pass too; 100 keep
  /// `terraform apply` under ten seconds.)
  private static let allEntries =
    HCLRoundTripCorpus.handwritten.flatMap(\.entries)
    + HCLRoundTripCorpus.seeds.prefix(100).flatMap { HCLRoundTripCorpus.randomEntries(seed: $0) }

  @Test("terraform fmt leaves every writer output unchanged")
  func fmtIsFixedPoint() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mqplan-fmt-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for (index, example) in HCLRoundTripCorpus.all.enumerated() where !example.entries.isEmpty {
      try TFVarsWriter.hcl(example.entries).write(
        to: directory.appendingPathComponent("case\(index).tfvars"), atomically: true, encoding: .utf8)
    }
    let result = try Terraform.run(["fmt", "-check", "-list=true", "-diff", "."], in: directory)
    #expect(result.status == 0, "terraform fmt would change:\n\(result.output)")
  }

  @Test(
    "Terraform reads the writer's HCL and JSON as the values written", arguments: ["tfvars", "tfvars.json"])
  func terraformReadsSameValues(syntax: String) throws {
    #expect(Set(Self.allEntries.map(\.name)).count == Self.allEntries.count, "names are distinct")
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mqplan-tf-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var configuration = ""
    for entry in Self.allEntries { configuration += "variable \"\(entry.name)\" {\n  type = any\n}\n" }
    configuration += "output \"all\" {\n  value = {\n"
    for entry in Self.allEntries { configuration += "    \(entry.name) = var.\(entry.name)\n" }
    configuration += "  }\n}\n"
    try configuration.write(
      to: directory.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
    let text = syntax == "tfvars" ? TFVarsWriter.hcl(Self.allEntries) : TFVarsWriter.json(Self.allEntries)
    try text.write(
      to: directory.appendingPathComponent("values.\(syntax)"), atomically: true, encoding: .utf8)

    let apply = try Terraform.run(
      ["apply", "-auto-approve", "-input=false", "-var-file=values.\(syntax)"], in: directory)
    try #require(apply.status == 0, "terraform apply failed:\n\(apply.output)")
    let output = try Terraform.run(["output", "-json", "all"], in: directory)
    try #require(output.status == 0, "terraform output failed:\n\(output.output)")
    // Terraform's JSON has the shape of a .tfvars.json file: read it as one.
    let seen = try TFVarsReader.parseJSON(output.output, file: "terraform output")
    let expected = try TFVarsReader.parse(TFVarsWriter.hcl(Self.allEntries), file: "values.tfvars")
    for attribute in expected.attributes {
      let theirs = seen[attribute.name]?.value.value.canonicalJSON
      #expect(theirs == attribute.value.value.canonicalJSON, "\(attribute.name)")
    }
    #expect(seen.names.count == expected.names.count)
  }
}
