import Testing

@testable import MQPlanKit

/// The value of every attribute of `text`, as canonical JSON.
func hclCanonical(_ text: String, file: String = "test.tfvars") throws -> String {
  try TFVarsReader.parse(text, file: file).canonicalJSON
}

/// The value of the single attribute `a` in `text`.
func hclValueOfA(_ text: String) throws -> HCLNode {
  let file = try TFVarsReader.parse(text, file: "test.tfvars")
  return try #require(file["a"]).value
}

typealias HCLPosition = MQPlanKit.SourceLocation

@Suite("HCL reader: the constructs of a tfvars file")
struct HCLReaderTests {
  @Test("Attributes in source order, with the location of each name and value")
  func attributes() throws {
    let file = try TFVarsReader.parse(
      "broker_count = 3\n  kafka_version   =  \"3.5.1\"\nuse-serverless=false", file: "x")
    #expect(file.names == ["broker_count", "kafka_version", "use-serverless"])
    #expect(file.file == "x")
    let version = try #require(file["kafka_version"])
    #expect(version.nameLocation == HCLPosition(line: 2, column: 3))
    #expect(version.value.location == HCLPosition(line: 2, column: 22))
    #expect(version.value.stringSyntax == .quoted)
    #expect(file["missing"] == nil)
  }

  @Test("An empty file, and a file of comments only, set nothing")
  func empty() throws {
    #expect(try TFVarsReader.parse("", file: "x").attributes.isEmpty)
    #expect(try TFVarsReader.parse("# only\n// comments\n/* here */\n\n", file: "x").attributes.isEmpty)
  }

  @Test(
    "Quoted strings resolve every HCL escape",
    arguments: [
      (#"a = "plain""#, "plain"),
      (#"a = "line\nbreak""#, "line\nbreak"),
      (#"a = "cr\rtab\t""#, "cr\rtab\t"),
      (#"a = "say \"hi\"""#, "say \"hi\""),
      (#"a = "back\\slash""#, "back\\slash"),
      (#"a = "\u00e9\u00E9""#, "éé"),
      (#"a = "\U0001F600""#, "😀"),
      (#"a = "$${literal} %%{directive}""#, "${literal} %{directive}"),
      (#"a = "$$$${x} %%%{y}""#, "$$${x} %%{y}"),
      (#"a = "$ % $$ %% {}""#, "$ % $$ %% {}"),
      ("a = \"tab\there é ü 中\"", "tab\there é ü 中"),
      (#"a = """#, ""),
    ])
  func quotedStrings(text: String, expected: String) throws {
    let node = try hclValueOfA(text)
    #expect(node.value == .string(expected))
    #expect(node.stringSyntax == .quoted)
  }

  @Test(
    "Numbers keep their text and convert exactly",
    arguments: [
      ("a = 42", "42", 42.0), ("a = 0", "0", 0), ("a = 2.5", "2.5", 2.5), ("a = 1.50", "1.50", 1.5),
      ("a = 1e3", "1e3", 1000), ("a = 1E+3", "1E+3", 1000), ("a = 2.5e-3", "2.5e-3", 0.0025),
      ("a = -7", "-7", -7), ("a = - 7", "-7", -7), ("a = -0.5", "-0.5", -0.5), ("a = 007", "007", 7),
      ("a = 1.7976931348623157e308", "1.7976931348623157e308", Double.greatestFiniteMagnitude),
      ("a = 12345678901234567890", "12345678901234567890", 12_345_678_901_234_567_168),
    ])
  func numbers(text: String, literal: String, value: Double) throws {
    let node = try hclValueOfA(text)
    guard case .number(let number) = node.value else {
      Issue.record("expected a number, got \(node.value)")
      return
    }
    #expect(number.text == literal)
    #expect(number.double == value, "parsing is correctly rounded, so exact equality is the right check")
    #expect(node.stringSyntax == nil)
  }

  @Test("true, false and null")
  func keywords() throws {
    #expect(try hclCanonical("a = true\nb = false\nc = null\n") == #"{"a":true,"b":false,"c":null}"#)
  }

  @Test("Lists: commas, trailing comma, line breaks and comments anywhere inside")
  func lists() throws {
    #expect(try hclCanonical("a = []") == #"{"a":[]}"#)
    #expect(
      try hclCanonical("a = [1, \"b\", true, null, [2], {c = 3}]") == #"{"a":[1,"b",true,null,[2],{"c":3}]}"#)
    #expect(try hclCanonical("a = [1, 2, ]") == #"{"a":[1,2]}"#)
    let spread = """
      a = [
        "x", # first
        // second
        "y"
        ,
        /* third */ "z",
      ]
      """
    #expect(try hclCanonical(spread) == #"{"a":["x","y","z"]}"#)
    let node = try hclValueOfA("a = [\n  10,\n  20]")
    guard case .list(let elements) = node.value else {
      Issue.record("expected a list")
      return
    }
    #expect(elements.map(\.location) == [HCLPosition(line: 2, column: 3), HCLPosition(line: 3, column: 3)])
  }

  @Test("Objects: bare, quoted and keyword keys; '=' or ':'; commas or line breaks")
  func objects() throws {
    #expect(try hclCanonical("a = {}") == #"{"a":{}}"#)
    #expect(try hclCanonical(#"a = { x = 1, "y z" = 2, w: 3 }"#) == #"{"a":{"w":3,"x":1,"y z":2}}"#)
    #expect(
      try hclCanonical("a = { true = 1, null = 2, for-x = 3, _u = 4 }")
        == #"{"a":{"_u":4,"for-x":3,"null":2,"true":1}}"#)
    #expect(try hclCanonical(#"a = { "a\"b" = 1, "$${k}" = 2 }"#) == #"{"a":{"${k}":2,"a\"b":1}}"#)
    let layout = """
      a = {
        x = 1, y = 2
        # a comment line
        z = { nested = [1, 2] } // trailing

        w = "last",
      }
      """
    #expect(try hclCanonical(layout) == #"{"a":{"w":"last","x":1,"y":2,"z":{"nested":[1,2]}}}"#)
  }

  @Test("Object members keep source order and key locations")
  func objectOrder() throws {
    let node = try hclValueOfA("a = {\n  zeta = 1\n  \"alpha\" = 2\n}")
    guard case .object(let members) = node.value else {
      Issue.record("expected an object")
      return
    }
    #expect(members.map(\.key) == ["zeta", "alpha"])
    #expect(members.map(\.keyLocation) == [HCLPosition(line: 2, column: 3), HCLPosition(line: 3, column: 3)])
    #expect(node.value["alpha"]?.value == .number(HCLNumber(text: "2", double: 2)))
    #expect(node.value["beta"] == nil)
  }

  @Test("Comments of all three kinds, anywhere a line break or a space may be")
  func comments() throws {
    let text = """
      # hash
      // slashes
      /* block
         over lines */ a = 1 # after
      b = /* inline */ 2 // after
      c = 3 /* after */
      """
    #expect(try hclCanonical(text) == #"{"a":1,"b":2,"c":3}"#)
  }

  @Test("Heredoc: lines as written, backslashes literal, final line break kept")
  func heredoc() throws {
    let node = try hclValueOfA("a = <<EOT\n  hello \\n\n world \"q\" $${x}\nEOT\n")
    #expect(node.value == .string("  hello \\n\n world \"q\" ${x}\n"))
    #expect(node.stringSyntax == .heredoc)
    #expect(try hclValueOfA("a = <<EOT\nEOT\n").value == .string(""))
    #expect(try hclValueOfA("a = <<EOT\n\nEOT\n").value == .string("\n"))
    #expect(
      try hclValueOfA("a = <<END_OF-TEXT\nEOT\nEND_OF-TEXT\n").value == .string("EOT\n"), "any identifier")
    #expect(try hclValueOfA("a = <<_é\nEOT\n_é\n").value == .string("EOT\n"), "Unicode, as Terraform allows")
  }

  @Test("Heredoc: the closing marker may be indented and followed by spaces")
  func heredocClosingMarker() throws {
    #expect(try hclValueOfA("a = <<EOT\nx\n    EOT   \n").value == .string("x\n"))
    #expect(try hclValueOfA("a = <<EOT\nEOTX\n EOT\n").value == .string("EOTX\n"))
  }

  @Test("Indented heredoc strips the smallest indentation of the non-blank lines, tabs included")
  func indentedHeredoc() throws {
    let spaces = try hclValueOfA("a = <<-EOT\n    one\n      two\n\n    three\n  EOT\n")
    #expect(spaces.value == .string("one\n  two\n\nthree\n"))
    #expect(spaces.stringSyntax == .indentedHeredoc)
    // Checked against Terraform 1.11: tabs count as one column each, and a
    // whitespace-only line is neither measured nor changed.
    let tabs = try hclValueOfA("a = <<-EOT\n\ttab\n\t  two\n      \n\tend\n\tEOT\n")
    #expect(tabs.value == .string("tab\n  two\n      \nend\n"))
    #expect(try hclValueOfA("a = <<-EOT\nflush\n  indented\nEOT\n").value == .string("flush\n  indented\n"))
  }

  @Test("Heredocs and strings in CRLF files keep CRLF inside heredocs, as Terraform does")
  func crlf() throws {
    let file = try TFVarsReader.parse(
      "a = \"x\"\r\nb = <<EOT\r\nline1\r\nline2\r\nEOT\r\nc = 3\r\n", file: "x")
    #expect(file.canonicalJSON == #"{"a":"x","b":"line1\r\nline2\r\n","c":3}"#)
  }

  @Test("A heredoc inside a list and an object, followed by more members")
  func heredocNested() throws {
    let text = "a = {\n  h = <<EOT\ntext\nEOT\n  n = [<<-X\n    y\n    X\n  , 2]\n}\n"
    #expect(try hclCanonical(text) == #"{"a":{"h":"text\n","n":["y\n",2]}}"#)
  }

  @Test("A byte-order mark is skipped and does not shift columns")
  func byteOrderMark() throws {
    let file = try TFVarsReader.parse("\u{FEFF}a = 1\n", file: "x")
    #expect(file["a"]?.nameLocation == HCLPosition(line: 1, column: 1))
  }

  @Test("Columns count Unicode scalars, not bytes")
  func unicodeColumns() throws {
    let file = try TFVarsReader.parse("é = \"ü\"\nb = { \"中\" = 1 }\n", file: "x")
    #expect(file["é"]?.value.location == HCLPosition(line: 1, column: 5))
    guard case .object(let members) = file["b"]?.value.value else {
      Issue.record("expected an object")
      return
    }
    #expect(members[0].value.location == HCLPosition(line: 2, column: 13))
  }

  @Test("A long line reads in linear time, with exact columns", .timeLimit(.minutes(1)))
  func longLine() throws {
    let items = (0..<30_000).map { "\"item-\($0)\"" }
    let text = "a = [" + items.joined(separator: ", ") + "]\n"
    guard case .list(let elements) = try hclValueOfA(text).value else {
      Issue.record("expected a list")
      return
    }
    #expect(elements.count == items.count)
    let lastColumn = text.unicodeScalars.count - items.last!.unicodeScalars.count - 1
    #expect(elements.last?.location == HCLPosition(line: 1, column: lastColumn))
  }

  @Test("The sqs and eventbridge module shapes read as nested maps of objects")
  func moduleShapes() throws {
    let text = """
      queues = {
        orders = {
          visibility_timeout  = 30
          retention_seconds   = 345600
          enable_dlq          = true
          max_receive_count   = 5
          fifo                = false
          use_sqs_managed_sse = true
        }
      }
      event_rules = {
        order_created = {
          description = "Route order events"
          pattern     = { source = ["orion.orders"], "detail-type" = ["OrderCreated"] }
          enabled     = true
          target_arn  = "arn:aws:sqs:eu-west-1:123456789012:orders"
          retry_policy = {
            max_age     = 3600
            max_retries = 3
          }
          dlq_arn = null
        }
      }
      """
    let file = try TFVarsReader.parse(text, file: "sqs.tfvars")
    let retries = file["event_rules"]?.value.value["order_created"]?.value["retry_policy"]?.value[
      "max_retries"]
    #expect(retries?.value == .number(HCLNumber(text: "3", double: 3)))
    #expect(retries?.location == HCLPosition(line: 19, column: 21))
    #expect(file["queues"]?.value.value["orders"]?.value["fifo"]?.value == .bool(false))
  }

  @Test("Canonical JSON: sorted keys, numbers by value, strings escaped")
  func canonicalForm() throws {
    #expect(
      try hclCanonical("b = 1.0\na = { z = 1e0, y = [2.50, -0] }") == #"{"a":{"y":[2.5,0],"z":1},"b":1}"#)
    #expect(try hclCanonical(#"a = "q\" \\ \n \u0001""#) == #"{"a":"q\" \\ \n \u0001"}"#)
    #expect(try hclCanonical("a = 1e20\nb = 0.1") == #"{"a":1e+20,"b":0.1}"#)
    #expect(
      try hclCanonical("x = 1\ny = 2") == (try hclCanonical("y = 2.0\nx = 1")),
      "order and spelling do not matter")
  }

  @Test("Portable number literals: what both HCL and JSON accept")
  func portableLiterals() {
    for good in ["0", "-0", "12", "1.5", "-1.5e-3", "2E+10"] {
      #expect(HCLNumber.isPortableLiteral(good), "\(good)")
    }
    for bad in ["", "-", "007", "1.", ".5", "1e", "1e+", "+1", "1x", "0x10"] {
      #expect(!HCLNumber.isPortableLiteral(bad), "\(bad)")
    }
    #expect(HCLNumber(3.0).text == "3")
    #expect(HCLNumber(-0.0).text == "0")
    #expect(HCLNumber(0.1).text == "0.1")
    #expect(HCLNumber(1e300).text == "1e+300")
    #expect(HCLNumber(42).text == "42")
  }
}
