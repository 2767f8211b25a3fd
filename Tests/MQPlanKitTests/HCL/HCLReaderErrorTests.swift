import Testing

@testable import MQPlanKit

/// The diagnostics `TFVarsReader.parse` throws for `text`; records an issue
/// and returns none if it does not throw.
func hclDiagnostics(_ text: String, file: String = "bad.tfvars") -> [Diagnostic] {
  do {
    let parsed = try TFVarsReader.parse(text, file: file)
    Issue.record("expected an error, read \(parsed.canonicalJSON)")
    return []
  } catch {
    return error.diagnostics
  }
}

/// One expected error: where, on what, and a fragment of the message.
struct HCLExpectedError: Sendable, CustomTestStringConvertible {
  var text: String
  var line: Int
  var column: Int
  var path: String?
  var message: String

  init(_ text: String, _ line: Int, _ column: Int, _ path: String?, _ message: String) {
    self.text = text
    self.line = line
    self.column = column
    self.path = path
    self.message = message
  }

  var testDescription: String { text.debugDescription }
}

@Suite("HCL reader: every error has file, line:column, path, message and hint")
struct HCLReaderErrorTests {
  static let notLiteral: [HCLExpectedError] = [
    .init(#"a = "x ${var.y} z""#, 1, 8, "a", "${...} is an interpolation, and tfvars values must be literal"),
    .init(
      #"a = "%{ if true }x""#, 1, 6, "a", "%{...} is a template directive, and tfvars values must be literal"),
    .init("a = <<EOT\nhello ${name}\nEOT\n", 2, 7, "a", "${...} is an interpolation"),
    .init("a = var.x", 1, 5, "a", "var.x is a reference, and tfvars values must be literal"),
    .init("a = local.m[0]", 1, 5, "a", "local.m is a reference"),
    .init("a = foo", 1, 5, "a", "foo is not a value, and tfvars values must be literal"),
    .init("a = max(1, 2)", 1, 5, "a", "max(...) is a function call, and tfvars values must be literal"),
    .init("a = { x = [1, upper (\"s\")] }", 1, 15, "a.x[1]", "upper(...) is a function call"),
    .init("a = 1 + 2", 1, 7, "a", "'+' makes an addition, and tfvars values must be literal"),
    .init("a = 1 == 1", 1, 7, "a", "'==' makes a comparison"),
    .init("a = true ? 1 : 2", 1, 10, "a", "'?' makes a conditional expression"),
    .init("a = [1, 2][0]", 1, 11, "a", "'[' makes an index"),
    .init("a = { x = 1 }.x", 1, 14, "a", "'.' makes an attribute access"),
    .init("a = [1 * 2]", 1, 8, "a[0]", "'*' makes a multiplication"),
    .init("a = { x = 1 - 2 }", 1, 13, "a.x", "'-' makes a subtraction"),
    .init("a = 5-3", 1, 6, "a", "'-' makes a subtraction"),
    .init("a = foo /* c */ (1)", 1, 5, "a", "foo is not a value"),
    .init("a = !true", 1, 5, "a", "'!' makes a logical negation"),
    .init("a = -var.x", 1, 5, "a", "'-' before 'v' makes an expression"),
    .init("a = (1)", 1, 5, "a", "parentheses make an expression"),
    .init("a = [for x in y : x]", 1, 6, "a", "a 'for' expression is not a literal value"),
    .init("a = {for k, v in m : k => v}", 1, 6, "a", "a 'for' expression is not a literal value"),
  ]

  static let syntax: [HCLExpectedError] = [
    .init(#"a = "abc"#, 1, 5, "a", "this string is never closed"),
    .init(#"a = "a\qb""#, 1, 7, "a", #"'\q' is not an escape sequence"#),
    .init(#"a = "\u12""#, 1, 6, "a", #"\u must be followed by 4 hexadecimal digits"#),
    .init(#"a = "\U1F600""#, 1, 6, "a", #"\U must be followed by 8 hexadecimal digits"#),
    .init(#"a = "\uD800""#, 1, 6, "a", #"\uD800 is not a character"#),
    .init(#"a = "\U00110000""#, 1, 6, "a", #"\U110000 is not a character"#),
    .init(
      "a = 1e400", 1, 5, "a",
      "the number 1e400 is too large: it does not fit in a 64-bit floating-point number"),
    .init("a = { x = -1e400 }", 1, 11, "a.x", "the number -1e400 is too large"),
    .init("a = 1.", 1, 6, "a", "a decimal point must be followed by digits"),
    .init("a = 1e", 1, 6, "a", "an exponent needs digits"),
    .init("a = 12ab", 1, 7, "a", "unexpected 'a' after the number 12"),
    .init("a = 1\nb = 2\na = 3", 3, 1, "a", "the variable \"a\" is set twice (first at 1:1)"),
    .init("a = { x = 1, x = 2 }", 1, 14, "a.x", "the key x appears twice in this object (first at 1:7)"),
    .init(
      "variable \"a\" {\n}", 1, 1, "variable", "variable starts a block, and a tfvars file holds no blocks"),
    .init("a 1", 1, 3, "a", "expected '=' after the variable name a, found '1'"),
    .init("a: 1", 1, 2, "a", "expected '=' after the variable name a, found ':'"),
    .init("a =", 1, 4, "a", "expected a value after '=' for a, found end of file"),
    .init("a =\n  1", 1, 4, "a", "expected a value after '=' for a, found a line break"),
    .init("a = # nothing\n", 1, 5, "a", "expected a value after '=' for a, found a comment"),
    .init("a = 1 b = 2", 1, 7, "a", "unexpected 'b'; expected a line break after the value of a"),
    .init("a = [1, 2", 1, 5, "a", "this list is never closed"),
    .init("a = [1 2]", 1, 8, "a[0]", "unexpected '2'; expected ',' or ']' after a list element"),
    .init("a = [,]", 1, 6, "a[0]", "unexpected ','; expected a value"),
    .init("a = { x = 1", 1, 5, "a", "this object is never closed"),
    .init(
      "a = { x = 1 y = 2 }", 1, 13, "a.x",
      "unexpected 'y'; expected a comma, a line break or '}' after the value"),
    .init("a = { x }", 1, 9, "a.x", "expected '=' after the key x, found '}'"),
    .init("a = {\n  x\n  = 1\n}", 2, 4, "a.x", "expected '=' after the key x, found a line break"),
    .init(
      "a = {\n  x =\n  1\n}", 2, 6, "a.x", "expected a value after '=' for the key x, found a line break"),
    .init("a = { x.y = 1 }", 1, 7, "a", "the key x.… is ambiguous: HCL reads a dotted name as a reference"),
    .init("a = { 1 = \"a\" }", 1, 7, "a", "a number cannot be an object key here"),
    .init("a = { (k) = 1 }", 1, 7, "a", "a key in parentheses is an expression"),
    .init("a = { = 1 }", 1, 7, "a", "expected a key (a name or a quoted string), found '='"),
    .init("a = <<EOT\nabc\n", 1, 5, "a", "this heredoc is never closed"),
    .init("a = <<EOT\nabc", 1, 5, "a", "this heredoc is never closed"),
    .init("a = <<EOT\nabc\n  EOT", 3, 3, "a", "the closing marker EOT must be followed by a line break"),
    .init(
      "a = <<EOT \nx\nEOT\n", 1, 10, "a", "the heredoc marker EOT must be followed by a line break, found ' '"
    ),
    .init("a = << EOT\nx\nEOT\n", 1, 7, "a", "expected a marker such as EOT after '<<', found ' '"),
    .init("a = 1 /* open", 1, 7, nil, "this comment is never closed"),
    .init("\"a\" = 1", 1, 1, nil, "expected a variable name, found '\"'"),
    .init("a = \u{1}", 1, 5, "a", "unexpected control character U+1; expected a value"),
    .init("a = ]", 1, 5, "a", "unexpected ']'; expected a value"),
    .init("a = \"x\" \"y\"", 1, 9, "a", "unexpected '\"'; expected a line break after the value of a"),
  ]

  @Test("Values that are not literal are named as such", arguments: notLiteral)
  func notLiteralValues(expected: HCLExpectedError) {
    check(expected)
  }

  @Test("Syntax errors", arguments: syntax)
  func syntaxErrors(expected: HCLExpectedError) {
    check(expected)
  }

  private func check(_ expected: HCLExpectedError, sourceLocation: Testing.SourceLocation = #_sourceLocation)
  {
    let found = hclDiagnostics(expected.text)
    guard let first = found.first else { return }
    #expect(first.file == "bad.tfvars", sourceLocation: sourceLocation)
    #expect(first.severity == .error, sourceLocation: sourceLocation)
    #expect(first.line == expected.line, "\(first)", sourceLocation: sourceLocation)
    #expect(first.column == expected.column, "\(first)", sourceLocation: sourceLocation)
    #expect(first.path == expected.path, "\(first)", sourceLocation: sourceLocation)
    #expect(first.message.contains(expected.message), "\(first)", sourceLocation: sourceLocation)
    #expect(
      first.hint?.isEmpty == false, "every error says what would be valid: \(first)",
      sourceLocation: sourceLocation)
  }

  @Test("The printed form is compiler-style: file:line:column: error: path: message (hint)")
  func printedForm() {
    let found = hclDiagnostics("broker_count = var.brokers\n", file: "prod.tfvars")
    #expect(
      found.map(\.description) == [
        "prod.tfvars:1:16: error: broker_count: var.brokers is a reference, and tfvars values must be literal"
          + " (write the value itself; to give the text var.brokers, quote it: \"var.brokers\")"
      ])
  }

  @Test("After a broken attribute, reading resumes at the next line outside any bracket")
  func recoveryAtNextLine() {
    let text = """
      a = var.x
      b = 2
      c = foo(
        1)
      d = { x = [
        var.y,
      ] }
      e = "ok"
      f = 1 +
      g = <<EOT
      ${not checked twice}
      EOT
      h = bar
      """
    let found = hclDiagnostics(text)
    #expect(found.map(\.line) == [1, 3, 6, 9, 11, 13], "\(found.map(\.description))")
    #expect(found.map(\.path) == ["a", "c", "d.x[0]", "f", "g", "h"])
  }

  @Test(
    "An unclosed bracket costs one error: a line starting with 'name =' in column 1 is the next attribute")
  func recoveryFromUnclosedBracket() {
    let found = hclDiagnostics("a = [1, 2\nb = var.x\nc = 3\n")
    #expect(found.map(\.line) == [2, 2], "\(found.map(\.description))")
    #expect(found.map(\.column) == [1, 5])
    #expect(found.map(\.path) == ["a[1]", "b"])
  }

  @Test("Problems that leave the text readable do not stop the attribute")
  func severalErrorsInOneAttribute() {
    let text = #"a = { x = "${p}", y = "\q", x = 1e999, z = "%{ if c }" }"#
    let found = hclDiagnostics(text)
    #expect(found.map(\.column) == [12, 24, 29, 33, 45], "\(found.map(\.description))")
    #expect(found.map(\.path) == ["a.x", "a.y", "a.x", "a.x", "a.z"])
  }

  @Test("An unclosed interpolation reports the interpolation and the open string, in source order")
  func unclosedInterpolation() {
    let found = hclDiagnostics(#"a = "${x"#)
    #expect(found.map(\.column) == [5, 6])
    #expect(
      found.map(\.message) == [
        "this string is never closed", "${...} is an interpolation, and tfvars values must be literal",
      ])
  }

  @Test("Duplicate variables and keys are all reported, each pointing at its second occurrence")
  func duplicates() {
    let found = hclDiagnostics("a = 1\nb = { k = 1, k = 2, k = 3 }\na = 2\na = 3\n")
    #expect(found.map(\.line) == [2, 2, 3, 4])
    #expect(found.map(\.column) == [14, 21, 1, 1])
  }

  @Test("Nesting is limited, so a hostile file cannot overflow the stack")
  func depthLimit() {
    let deep =
      "a = " + String(repeating: "[", count: HCLParser.maximumDepth + 1)
      + String(repeating: "]", count: HCLParser.maximumDepth + 1)
    let found = hclDiagnostics(deep)
    #expect(found.count == 1)
    #expect(found.first?.message == "nesting deeper than 256 levels is not accepted")
    let fine =
      "a = " + String(repeating: "{x = ", count: HCLParser.maximumDepth) + "1"
      + String(repeating: "}", count: HCLParser.maximumDepth)
    #expect(throws: Never.self) { try TFVarsReader.parse(fine, file: "x") }
  }
}
