import Foundation
import Testing

@testable import MQPlanKit

/// python-hcl2 (https://pypi.org/project/python-hcl2/), run as an
/// independent oracle for the tfvars reader: an HCL parser written by other
/// people, in another language, on another parsing library (Lark).
///
/// All texts go to one `python3` process, as a JSON array in a temporary
/// file; it prints one JSON document with a result per text. python-hcl2's
/// serialization options are chosen to give values, not source text:
/// `strip_string_quotes`, no comments, heredocs converted to strings,
/// scientific notation expanded.
///
/// Differences of python-hcl2 8.1.4 from Terraform's values (and ours), and
/// how the comparison deals with each:
/// 1. Its grammar reads `$${` and `%%{` only as one token running to the
///    next `}` (across quotes and lines if need be: `"$${"` does not parse,
///    and `"$${\t}"` keeps its backslash), and it leaves them doubled. So
///    before a text goes to python-hcl2, each `$${` becomes U+E000 and each
///    `%%{` U+E001, left to right as HCL reads them (``protectTemplates(_:)``),
///    and its strings and keys map them back to `${` and `%{`
///    (``restoreTemplates(_:)``). No text of the corpus contains U+E000 or
///    U+E001 (checked). The meaning of `$${` itself is covered by unit tests
///    whose values were checked with Terraform 1.11.
/// 2. A heredoc's final line break (`\n`, or `\r\n` in a CRLF file) is
///    dropped; Terraform keeps it. Undone by dropping it from our value
///    for strings we read from a heredoc (``HCLNode/stringSyntax``).
/// 3. In an indented heredoc (`<<-`) python-hcl2 escapes `\` as `\\` and
///    `"` as `\"` even when asked for values. Undone by unescaping those two
///    (``unescapeIndentedHeredoc(_:)``).
/// 4. Numbers are Python `int` or `float`; ours are text plus `Double`.
///    Compared as `Double`s, exactly: both sides are correctly rounded
///    conversions of the same decimal literal.
///
/// Not normalised, so kept out of the corpus (and covered by unit tests,
/// with values checked against Terraform 1.11): python-hcl2 dedents `<<-`
/// heredocs by spaces only (Terraform also counts tabs), trims
/// whitespace-only lines inside them (Terraform leaves them), accepts a
/// closing marker at the very end of a file without a line break
/// (Terraform does not), restricts heredoc markers to
/// `[a-zA-Z][a-zA-Z0-9._-]*` (Terraform takes any identifier), and rejects
/// a comment between `=` and the value (`a = /* c */ 1`).
enum PythonHCL2 {
  /// The version the normalisations were written against; CI installs it.
  static let version = "8.1.4"

  static let installMessage = "python-hcl2 is not installed: pip install python-hcl2==\(version)"

  /// A failure to run the oracle at all, with the message to show.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  private static let script = #"""
    import json, sys
    try:
        import hcl2
        from hcl2.utils import SerializationOptions
        from importlib.metadata import version
    except ImportError as error:
        print("import failed: %s" % error, file=sys.stderr)
        sys.exit(3)
    options = SerializationOptions(
        with_comments=False, with_meta=False, explicit_blocks=False, preserve_heredocs=False,
        preserve_scientific_notation=False, strip_string_quotes=True)
    with open(sys.argv[1], encoding="utf-8") as source:
        texts = json.load(source)
    results = []
    for text in texts:
        try:
            value = hcl2.loads(text, serialization_options=options)
            json.dumps(value, allow_nan=False)
            results.append({"ok": value})
        except Exception as error:
            results.append({"error": "%s: %s" % (type(error).__name__, error)})
    json.dump({"version": version("python-hcl2"), "results": results}, sys.stdout, ensure_ascii=True, allow_nan=False)
    """#

  /// Parses each text with python-hcl2.
  ///
  /// - Returns: per text, python-hcl2's value (a JSON object of the
  ///   attributes) or its error message.
  /// - Throws: ``Failure`` when `python3` or python-hcl2 is missing, or the
  ///   installed version is not ``version``.
  static func parse(_ texts: [String]) throws(Failure) -> [Result<JSONNode, Failure>] {
    let directory = FileManager.default.temporaryDirectory
    let input = directory.appendingPathComponent("mqplan-hcl2-\(UUID().uuidString).json")
    let errors = directory.appendingPathComponent("mqplan-hcl2-\(UUID().uuidString).err")
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: errors)
    }
    for text in texts where text.unicodeScalars.contains(where: { $0 == "\u{E000}" || $0 == "\u{E001}" }) {
      throw Failure(
        description: "a corpus text contains U+E000 or U+E001, which the comparison reserves: \(text)")
    }
    let payload = "[" + texts.map { HCLText.jsonQuoted(protectTemplates($0)) }.joined(separator: ",") + "]"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, input.path]
    var environment = ProcessInfo.processInfo.environment
    environment["PYTHONIOENCODING"] = "utf-8"
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    do {
      try payload.write(to: input, atomically: true, encoding: .utf8)
      _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
      process.standardError = try FileHandle(forWritingTo: errors)
      try process.run()
    } catch {
      throw Failure(description: "\(installMessage) (could not run python3: \(error))")
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
    guard process.terminationStatus == 0 else {
      let reason = process.terminationStatus == 3 ? "" : " (python3 exited with \(process.terminationStatus))"
      throw Failure(description: installMessage + reason + "\n" + stderr)
    }
    let document: JSONNode
    do {
      document = try JSONParser.parse(String(decoding: data, as: UTF8.self))
    } catch {
      throw Failure(description: "python-hcl2 printed invalid JSON: \(error)")
    }
    guard case .string(let installed)? = object(document.value)?["version"]?.value, installed == version
    else {
      throw Failure(
        description:
          "python-hcl2 \(version) is required, found \(object(document.value)?["version"]?.value ?? .null): "
          + "pip install python-hcl2==\(version)")
    }
    guard case .array(let results)? = object(document.value)?["results"]?.value, results.count == texts.count
    else {
      throw Failure(description: "python-hcl2 returned no result list")
    }
    return results.map { result in
      if let value = object(result.value)?["ok"] { return .success(value) }
      if case .string(let message)? = object(result.value)?["error"]?.value {
        return .failure(Failure(description: message))
      }
      return .failure(Failure(description: "unexpected result \(result.value)"))
    }
  }

  private static func object(_ value: JSONValue) -> JSONObject? {
    guard case .object(let object) = value else { return nil }
    return object
  }

  // MARK: Comparison

  /// The differences between our reading of a file and python-hcl2's, after
  /// the normalisations listed above; empty when they agree.
  static func differences(_ file: TFVarsFile, _ theirs: JSONNode) -> [String] {
    guard case .object(let object) = theirs.value else {
      return ["python-hcl2 gave \(theirs.value.kindDescription)"]
    }
    guard object.keys == file.names else { return ["names: ours \(file.names), python-hcl2 \(object.keys)"] }
    return file.attributes.flatMap {
      matches(
        ours: $0.value, theirs: object.members[file.names.firstIndex(of: $0.name)!].value, path: $0.name)
    }
  }

  static func matches(ours: HCLNode, theirs: JSONNode, path: String) -> [String] {
    switch (ours.value, theirs.value) {
    case (.string(let mine), .string(let other)):
      var expected = mine
      var actual = restoreTemplates(other)
      if ours.stringSyntax == .heredoc || ours.stringSyntax == .indentedHeredoc {
        if expected.unicodeScalars.last == "\n" { expected.unicodeScalars.removeLast() }
        if expected.unicodeScalars.last == "\r" { expected.unicodeScalars.removeLast() }
      }
      if ours.stringSyntax == .indentedHeredoc { actual = unescapeIndentedHeredoc(actual) }
      return expected == actual
        ? [] : ["\(path): ours \(mine.debugDescription), python-hcl2 \(other.debugDescription)"]
    case (.number(let mine), .number(let other)):
      return mine.double == other.double ? [] : ["\(path): ours \(mine.text), python-hcl2 \(other.text)"]
    case (.bool(let mine), .bool(let other)):
      return mine == other ? [] : ["\(path): ours \(mine), python-hcl2 \(other)"]
    case (.null, .null):
      return []
    case (.list(let mine), .array(let other)):
      guard mine.count == other.count else {
        return ["\(path): ours \(mine.count) elements, python-hcl2 \(other.count)"]
      }
      return zip(mine, other).enumerated().flatMap {
        matches(ours: $1.0, theirs: $1.1, path: "\(path)[\($0)]")
      }
    case (.object(let mine), .object(let other)):
      let keys = other.members.map { restoreTemplates($0.key) }
      guard mine.map(\.key) == keys else {
        return ["\(path): ours keys \(mine.map(\.key)), python-hcl2 \(keys)"]
      }
      return zip(mine, other.members).flatMap {
        matches(ours: $0.value, theirs: $1.value, path: "\(path).\($0.key)")
      }
    default:
      return [
        "\(path): ours \(ours.value.kindDescription), python-hcl2 \(theirs.value.kindDescription) \(theirs.value)"
      ]
    }
  }

  /// Difference 1, before python-hcl2: `$${` → U+E000, `%%{` → U+E001,
  /// left to right (so `$$${` is `$` then U+E000, as HCL reads it).
  static func protectTemplates(_ text: String) -> String {
    text.replacingOccurrences(of: "$${", with: "\u{E000}").replacingOccurrences(of: "%%{", with: "\u{E001}")
  }

  /// Difference 1, after python-hcl2: U+E000 → `${`, U+E001 → `%{`.
  static func restoreTemplates(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{E000}", with: "${").replacingOccurrences(of: "\u{E001}", with: "%{")
  }

  /// Difference 3: `\\` → `\` and `\"` → `"`.
  static func unescapeIndentedHeredoc(_ text: String) -> String {
    var out = ""
    var escaped = false
    for character in text {
      if !escaped && character == "\\" {
        escaped = true
        continue
      }
      escaped = false
      out.append(character)
    }
    return out
  }
}
