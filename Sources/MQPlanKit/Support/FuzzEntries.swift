/// What each libFuzzer target (Fuzz/) does with one input, here so that
/// the regression tests replay the corpus and every crash found through
/// exactly the same code. Bad input must give an error; a crash, a hang
/// or a sanitizer report is a bug.
package enum FuzzEntries {
  /// The workload decoder and validator. Trace files resolve against a
  /// folder that does not exist: fuzzing must not read the machine's files.
  package static func workload(_ bytes: UnsafeBufferPointer<UInt8>) {
    let text = String(decoding: bytes, as: UTF8.self)
    guard
      let workload = try? WorkloadReader.read(
        text: text, file: "fuzz.json", baseDirectory: "/nonexistent-mqplan-fuzz")
    else { return }
    // What a valid workload promises the models.
    precondition(workload.horizon > 0 && workload.horizon.isFinite, "a valid workload has a finite horizon")
  }

  /// The tfvars reader (JSON when the input starts with "{", else HCL),
  /// then the values applied to the seed modules' types, as --tfvars does.
  package static func tfvars(_ bytes: UnsafeBufferPointer<UInt8>) {
    let text = String(decoding: bytes, as: UTF8.self)
    let file =
      text.first == "{"
      ? try? TFVarsReader.parseJSON(text, file: "fuzz.tfvars.json")
      : try? TFVarsReader.parse(text, file: "fuzz.tfvars")
    guard let file else { return }
    var configuration = Configuration()
    _ = try? configuration.apply(file)
  }

  /// An event pattern and an event separated by the first NUL byte (the
  /// pattern alone is matched against a fixed event): the pattern parser
  /// and compiler, the JSON parser and the matcher.
  package static func pattern(_ bytes: UnsafeBufferPointer<UInt8>) {
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    let patternText = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<split]), as: UTF8.self)
    let eventText =
      split < bytes.count
      ? String(decoding: UnsafeBufferPointer(rebasing: bytes[(split + 1)...]), as: UTF8.self)
      : #"{"source": "orion.orders", "detail-type": "OrderPlaced", "detail": {"amount": 420, "tags": ["a", "b"], "ip": "10.0.0.1"}}"#
    guard let pattern = try? EventPattern.parse(patternText), let event = try? JSONParser.parse(eventText)
    else {
      return
    }
    _ = pattern.matches(event)
  }
}
