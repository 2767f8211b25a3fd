import Testing

@testable import MQPlanKit

/// Reads every text with our reader and with python-hcl2, and compares.
/// Fails, rather than skips, when python-hcl2 is not installed.
@Suite("HCL oracle: python-hcl2 reads the same values")
struct HCLOracleTests {
  @Test("The hand-written corpus and every file the writer produces in the round-trip tests")
  func sameValues() {
    var texts = HCLOracleCorpus.valid.map { (name: $0.name, text: $0.text) }
    #expect(texts.count >= 25)
    texts += HCLRoundTripCorpus.all.map {
      (name: "writer output, \($0.name)", text: TFVarsWriter.hcl($0.entries))
    }
    let results: [Result<JSONNode, PythonHCL2.Failure>]
    do {
      results = try PythonHCL2.parse(texts.map(\.text))
    } catch {
      Issue.record(Comment(rawValue: error.description))
      return
    }
    for (text, result) in zip(texts, results) {
      let ours: TFVarsFile
      do {
        ours = try TFVarsReader.parse(text.text, file: text.name)
      } catch {
        Issue.record("\(text.name): our reader rejects it:\n\(error)\n--- text\n\(text.text)")
        continue
      }
      switch result {
      case .failure(let failure):
        Issue.record("\(text.name): python-hcl2 rejects it: \(failure)\n--- text\n\(text.text)")
      case .success(let theirs):
        let differences = PythonHCL2.differences(ours, theirs)
        #expect(
          differences.isEmpty, "\(text.name):\n\(differences.joined(separator: "\n"))\n--- text\n\(text.text)"
        )
      }
    }
  }

  @Test("Valid HCL that is not literal: python-hcl2 reads an expression, our reader says it is not literal")
  func notLiteral() {
    let texts = HCLOracleCorpus.notLiteral
    let results: [Result<JSONNode, PythonHCL2.Failure>]
    do {
      results = try PythonHCL2.parse(texts.map(\.text))
    } catch {
      Issue.record(Comment(rawValue: error.description))
      return
    }
    for (text, result) in zip(texts, results) {
      switch result {
      case .failure(let failure):
        Issue.record("\(text.name): python-hcl2 rejects it, so it is not a test of literalness: \(failure)")
      case .success(let theirs):
        guard case .object(let object) = theirs.value,
          case .string(let expression)? = Self.firstString(object)
        else {
          Issue.record("\(text.name): python-hcl2 gave \(theirs.value), not an expression string")
          continue
        }
        #expect(expression.contains("${"), "\(text.name): python-hcl2 gave \(expression)")
      }
      let messages = hclDiagnostics(text.text).map(\.message)
      #expect(messages.contains { $0.contains("tfvars values must be literal") }, "\(text.name): \(messages)")
    }
  }

  @Test("The comparison catches a wrong value, so the oracle test can fail")
  func comparisonCanFail() throws {
    let theirs = try JSONParser.parse(#"{"a": {"b": [1, "x"]}, "c": "\ue000y}"}"#)
    let right = try TFVarsReader.parse("a = { b = [1, <<EOT\nx\nEOT\n] }\nc = \"$${y}\"\n", file: "x")
    #expect(PythonHCL2.differences(right, theirs).isEmpty)
    let wrong = [
      "a = { b = [1, <<EOT\nx\n\nEOT\n] }\nc = \"$${y}\"\n",  // one more line break
      "a = { b = [1, \"x\\n\"] }\nc = \"$${y}\"\n",  // not a heredoc: the line break counts
      "a = { b = [2, \"x\"] }\nc = \"$${y}\"\n",
      "a = { b = [1] }\nc = \"$${y}\"\n",
      "a = { b = [1, \"x\"] }\nc = \"$$${y}\"\n",
      "c = \"$${y}\"\na = { b = [1, \"x\"] }\n",
      "a = { c = [1, \"x\"] }\nc = \"$${y}\"\n",
    ]
    for text in wrong {
      let file = try TFVarsReader.parse(text, file: "x")
      #expect(PythonHCL2.differences(file, theirs).count == 1, "\(text)")
    }
  }

  @Test("Normalisations undo exactly python-hcl2's representation")
  func normalisations() {
    let protected = PythonHCL2.protectTemplates("$${a} %%{b} $$$${c} $$ %% {")
    #expect(protected == "\u{E000}a} \u{E001}b} $$\u{E000}c} $$ %% {")
    #expect(
      PythonHCL2.restoreTemplates(protected) == "${a} %{b} $$${c} $$ %% {", "as Terraform reads the original")
    #expect(PythonHCL2.unescapeIndentedHeredoc(#"say \"hi\" \\o/ \\\\"#) == #"say "hi" \o/ \\"#)
  }

  private static func firstString(_ object: JSONObject) -> JSONValue? {
    guard let value = object.members.first?.value.value else { return nil }
    if case .object(let inner) = value { return firstString(inner) }
    return value
  }
}
