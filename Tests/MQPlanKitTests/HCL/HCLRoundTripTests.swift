import Testing

@testable import MQPlanKit

/// The entries' values as one canonical JSON object, as a reader would see
/// them.
func hclCanonical(_ entries: [TFVarsWriter.Entry]) -> String {
  let location = MQPlanKit.SourceLocation(line: 1, column: 1)
  let members = entries.map {
    HCLObjectMember(key: $0.name, keyLocation: location, value: HCLNode($0.value, at: location))
  }
  return HCLValue.object(members).canonicalJSON
}

@Suite("HCL round trip: write, read, and get the same values")
struct HCLRoundTripTests {
  @Test(
    "HCL: write → read gives the same values; write → read → write gives the same bytes",
    arguments: HCLRoundTripCorpus.all)
  func hcl(_ example: HCLRoundTripCorpus.Case) throws {
    let text = TFVarsWriter.hcl(example.entries)
    let file: TFVarsFile
    do {
      file = try TFVarsReader.parse(text, file: "\(example.name).tfvars")
    } catch {
      Issue.record("\(example.name): the writer's output does not read back:\n\(error)\n\(text)")
      return
    }
    #expect(file.names == example.entries.map(\.name))
    #expect(file.canonicalJSON == hclCanonical(example.entries), "\(example.name):\n\(text)")
    let rewritten = TFVarsWriter.hcl(file.attributes.map { .init(name: $0.name, value: $0.value.value) })
    let uncommented = TFVarsWriter.hcl(example.entries.map { .init(name: $0.name, value: $0.value) })
    #expect(rewritten == uncommented, "\(example.name)")
  }

  @Test("JSON: write → read gives the same values", arguments: HCLRoundTripCorpus.all)
  func json(_ example: HCLRoundTripCorpus.Case) throws {
    let text = TFVarsWriter.json(example.entries)
    let file: TFVarsFile
    do {
      file = try TFVarsReader.parseJSON(text, file: "\(example.name).tfvars.json")
    } catch {
      Issue.record("\(example.name): the JSON writer's output does not read back:\n\(error)\n\(text)")
      return
    }
    #expect(file.names == example.entries.map(\.name))
    #expect(file.canonicalJSON == hclCanonical(example.entries), "\(example.name):\n\(text)")
  }

  @Test("HCL and JSON outputs of the same entries read as the same values", arguments: HCLRoundTripCorpus.all)
  func sameValues(_ example: HCLRoundTripCorpus.Case) throws {
    let hcl = try TFVarsReader.parse(TFVarsWriter.hcl(example.entries), file: "a")
    let json = try TFVarsReader.parseJSON(TFVarsWriter.json(example.entries), file: "b")
    #expect(hcl.canonicalJSON == json.canonicalJSON, "\(example.name)")
  }

  @Test("Read → write → read: a hand-written file with every construct keeps its values")
  func readWriteRead() throws {
    let original = try TFVarsReader.parse(HCLOracleCorpus.everyConstruct, file: "every.tfvars")
    let written = TFVarsWriter.hcl(original.attributes.map { .init(name: $0.name, value: $0.value.value) })
    #expect(try TFVarsReader.parse(written, file: "again.tfvars").canonicalJSON == original.canonicalJSON)
  }
}
