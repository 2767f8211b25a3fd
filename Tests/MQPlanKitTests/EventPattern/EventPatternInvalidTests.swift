import Testing

@testable import MQPlanKit

/// Patterns AWS refuses, and the message, pattern path and line:column we
/// refuse them with. Message fragments in quotes are AWS's own wording
/// (recorded by LocalStack, 2024-12-05, or from S23 `JsonRuleCompiler`).
@Suite("Event patterns: invalid patterns")
struct EventPatternInvalidTests {
  /// One refused pattern: where the problem is (the first occurrence of
  /// `anchor` in the one-line `pattern`), its path, and part of the message.
  struct Rejection: Sendable, CustomTestStringConvertible {
    var pattern: String
    var anchor: String
    var path: String
    var message: String

    init(_ pattern: String, at anchor: String, path: String, _ message: String) {
      self.pattern = pattern
      self.anchor = anchor
      self.path = path
      self.message = message
    }

    var testDescription: String { message }
  }

  static let rows: [Rejection] = [
    // Shape.
    Rejection(#"["not","an object"]"#, at: "[", path: "(root)", "Filter is not an object"),
    Rejection(#"{}"#, at: "{", path: "(root)", "Empty objects are not allowed"),
    Rejection(#"{"a": {}}"#, at: "{}", path: "a", "Empty objects are not allowed"),
    Rejection(
      #"{"string": "my-value"}"#, at: #""my"#, path: "string", #""string" must be an object or an array"#),
    Rejection(#"{"int": 42}"#, at: "42", path: "int", #""int" must be an object or an array"#),
    Rejection(#"{"a": {"b": null}}"#, at: "null", path: "a.b", #""b" must be an object or an array"#),
    Rejection(#"{"resources": []}"#, at: "[", path: "resources", "Empty arrays are not allowed"),
    Rejection(#"{"a": [["x"]]}"#, at: #"["x"]"#, path: "a[0]", "Match value must be String, number"),
    Rejection(#"{"a": [{}]}"#, at: "{}", path: "a[0]", "Match expression name not found"),
    // Operators.
    Rejection(
      #"{"a": [{"prefx": "x"}]}"#, at: #""prefx""#, path: "a[0].prefx", "Unrecognized match type prefx"),
    Rejection(
      #"{"a": [{"EXISTS": true}]}"#, at: #""EXISTS""#, path: "a[0].EXISTS", "Unrecognized match type EXISTS"),
    Rejection(
      #"{"a": [{"prefix": "x", "suffix": "y"}]}"#, at: #""suffix""#, path: "a[0].suffix",
      "Only one key allowed in match expression"),
    Rejection(
      #"{"time": [{"prefix": 123}]}"#, at: "123", path: "time[0].prefix",
      "prefix match pattern must be a string"),
    Rejection(
      #"{"time": [{"prefix": ["2022-07-13"]}]}"#, at: "[\"2022", path: "time[0].prefix",
      "prefix match pattern must be a string"),
    Rejection(
      #"{"f": [{"suffix": [".png"]}]}"#, at: "[\".png", path: "f[0].suffix",
      "suffix match pattern must be a string"),
    Rejection(
      #"{"a": [{"prefix": {"equals-ignore-case": 5}}]}"#, at: "5", path: "a[0].prefix.equals-ignore-case",
      "equals-ignore-case match pattern must be a string"),
    Rejection(
      #"{"a": [{"prefix": {"wildcard": "x"}}]}"#, at: #""wildcard""#, path: "a[0].prefix.wildcard",
      "Unsupported prefix pattern: wildcard"),
    Rejection(
      #"{"d": [{"equals-ignore-case": ["ec2"]}]}"#, at: "[\"ec2", path: "d[0].equals-ignore-case",
      "equals-ignore-case match pattern must be a string"),
    Rejection(
      #"{"d": [{"equals-ignore-case": {"prefix": "ec2"}}]}"#, at: "{\"prefix",
      path: "d[0].equals-ignore-case",
      "equals-ignore-case match pattern must be a string"),
    Rejection(
      #"{"a": [{"exists": "true"}]}"#, at: #""true""#, path: "a[0].exists",
      "exists match pattern must be either"),
    Rejection(
      #"{"a": [{"exists": 1}]}"#, at: "1", path: "a[0].exists", "exists match pattern must be either"),
    // Wildcard.
    Rejection(
      #"{"a": [{"wildcard": "arn:aws:events:us-east-1:**:event-bus/*"}]}"#, at: #""arn"#,
      path: "a[0].wildcard",
      "Consecutive wildcard characters at character 26"),
    Rejection(
      #"{"a": [{"wildcard": "a\\b"}]}"#, at: #""a\"#, path: "a[0].wildcard",
      "Invalid escape character at character 2"),
    Rejection(
      #"{"a": [{"wildcard": "ab\\"}]}"#, at: #""ab"#, path: "a[0].wildcard",
      "Invalid escape character at character 3"),
    Rejection(
      #"{"a": [{"wildcard": 123}]}"#, at: "123", path: "a[0].wildcard",
      "wildcard match pattern must be a string"),
    Rejection(
      #"{"a": [{"wildcard": ["x*"]}]}"#, at: "[\"x", path: "a[0].wildcard",
      "wildcard match pattern must be a string"),
    // Numeric.
    Rejection(
      #"{"c": [{"numeric": [">", 0, ">", 0]}]}"#, at: #"">", 0]"#, path: "c[0].numeric[2]",
      "Bad numeric range operator: \">\""),
    Rejection(
      #"{"c": [{"numeric": ["<", 5, ">", 0]}]}"#, at: #"">""#, path: "c[0].numeric[2]",
      "Too many elements in numeric expression"),
    Rejection(
      #"{"c": [{"numeric": ["=", 5, "<", 6]}]}"#, at: #""<""#, path: "c[0].numeric[2]",
      "Too many elements in numeric expression"),
    Rejection(
      #"{"c": [{"numeric": [">", "0"]}]}"#, at: #""0""#, path: "c[0].numeric[1]", "Value of > must be numeric"
    ),
    Rejection(
      #"{"c": [{"numeric": [">", 0, "<"]}]}"#, at: #""<""#, path: "c[0].numeric[2]",
      "Value of < must be numeric"),
    Rejection(
      #"{"c": [{"numeric": [">", 0, 5]}]}"#, at: "5]", path: "c[0].numeric[2]",
      "Bad numeric range operator: 5"),
    Rejection(
      #"{"c": [{"numeric": ["==", 5]}]}"#, at: #""==""#, path: "c[0].numeric[0]",
      "Unrecognized numeric range operator: =="),
    Rejection(
      #"{"c": [{"numeric": [5, ">"]}]}"#, at: "[5", path: "c[0].numeric", "Invalid member in numeric match: 5"
    ),
    Rejection(
      #"{"c": [{"numeric": []}]}"#, at: "[]", path: "c[0].numeric", "Invalid member in numeric match"),
    Rejection(
      #"{"c": [{"numeric": 5}]}"#, at: "5", path: "c[0].numeric", "Value of numeric must be an array"),
    Rejection(
      #"{"c": [{"numeric": [">", 5, "<", 5]}]}"#, at: "[\">", path: "c[0].numeric",
      "Bottom must be less than top"),
    Rejection(
      #"{"c": [{"numeric": [">=", 10, "<=", 5]}]}"#, at: "[\">", path: "c[0].numeric",
      "Bottom must be less than top"),
    Rejection(
      #"{"c": [{"numeric": [">", 5e9]}]}"#, at: "[\">", path: "c[0].numeric", "Bottom must be less than top"),
    Rejection(
      #"{"c": [{"numeric": [">", 0, "<", 5, 6]}]}"#, at: "6", path: "c[0].numeric[4]",
      "Too many terms in numeric range"),
    Rejection(
      #"{"c": [{"numeric": ["=", 6e9]}]}"#, at: "6e9", path: "c[0].numeric[1]",
      "Value must be between -5.0E9 and 5.0E9"),
    Rejection(
      #"{"c": [{"numeric": ["<", -5000000001]}]}"#, at: "-5", path: "c[0].numeric[1]", "Value must be between"
    ),
    Rejection(
      #"{"c": [{"numeric": ["=", 0.0000001]}]}"#, at: "0.0", path: "c[0].numeric[1]",
      "Only values up to 6 decimal places"),
    // cidr.
    Rejection(
      #"{"ip": [{"cidr": "10.0.0.0"}]}"#, at: #""10"#, path: "ip[0].cidr", "Malformed CIDR, one '/' required"),
    Rejection(
      #"{"ip": [{"cidr": "10.0.0.0/24/8"}]}"#, at: #""10"#, path: "ip[0].cidr",
      "Malformed CIDR, one '/' required"),
    Rejection(
      #"{"ip": [{"cidr": "10.0.0.0/x"}]}"#, at: #""10"#, path: "ip[0].cidr", "mask bits must be an integer"),
    Rejection(
      #"{"ip": [{"cidr": "10.0.0.0/-1"}]}"#, at: #""10"#, path: "ip[0].cidr", "mask bits must be an integer"),
    Rejection(
      #"{"ip": [{"cidr": "xx.11.xx/24"}]}"#, at: #""xx"#, path: "ip[0].cidr",
      "Nonstandard IP address: xx.11.xx"),
    Rejection(
      #"{"ip": [{"cidr": "xxxx:db8:1234:1a00::/64"}]}"#, at: #""xxxx"#, path: "ip[0].cidr",
      "Nonstandard IP address: xxxx:db8:1234:1a00::"),
    Rejection(
      #"{"ip": [{"cidr": "10.0.0.1/32"}]}"#, at: #""10"#, path: "ip[0].cidr", "IPv4 mask bits must be < 32"),
    Rejection(
      #"{"ip": [{"cidr": "::1/128"}]}"#, at: #""::"#, path: "ip[0].cidr", "IPv6 mask bits must be < 128"),
    Rejection(
      #"{"ip": [{"cidr": ["bad-type"]}]}"#, at: "[\"bad", path: "ip[0].cidr",
      "cidr match pattern must be a string"),
    // anything-but.
    Rejection(
      #"{"s": [{"anything-but": null}]}"#, at: "null", path: "s[0].anything-but",
      "Value of anything-but must be an array or single"),
    Rejection(
      #"{"s": [{"anything-but": true}]}"#, at: "true", path: "s[0].anything-but",
      "Value of anything-but must be an array or single"),
    Rejection(
      #"{"s": [{"anything-but": ["x", 1]}]}"#, at: "[\"x", path: "s[0].anything-but",
      "mixed type is not supported"),
    Rejection(
      #"{"s": [{"anything-but": ["x", null]}]}"#, at: "null", path: "s[0].anything-but[1]",
      "only strings or numbers"),
    Rejection(
      #"{"s": [{"anything-but": []}]}"#, at: "[]", path: "s[0].anything-but", "Empty arrays are not allowed"),
    Rejection(
      #"{"s": [{"anything-but": 6e9}]}"#, at: "6e9", path: "s[0].anything-but", "Value must be between"),
    Rejection(
      #"{"s": [{"anything-but": {}}]}"#, at: "{}", path: "s[0].anything-but",
      "Anything-But expression name not found"),
    Rejection(
      #"{"s": [{"anything-but": {"numeric": [">", 1]}}]}"#, at: #""numeric""#,
      path: "s[0].anything-but.numeric",
      "Unsupported anything-but pattern: numeric"),
    Rejection(
      #"{"s": [{"anything-but": {"prefix": "a", "suffix": "b"}}]}"#, at: #""suffix""#,
      path: "s[0].anything-but.suffix",
      "Only one key allowed in match expression"),
    Rejection(
      #"{"s": [{"anything-but": {"prefix": ""}}]}"#, at: #""""#, path: "s[0].anything-but.prefix",
      "Null prefix/suffix not allowed"),
    Rejection(
      #"{"s": [{"anything-but": {"suffix": ["a", ""]}}]}"#, at: #""""#, path: "s[0].anything-but.suffix[1]",
      "Null prefix/suffix not allowed"),
    Rejection(
      #"{"s": [{"anything-but": {"prefix": 123}}]}"#, at: "123", path: "s[0].anything-but.prefix",
      "prefix/suffix match pattern must be a string"),
    Rejection(
      #"{"s": [{"anything-but": {"suffix": [123, ".txt"]}}]}"#, at: "123",
      path: "s[0].anything-but.suffix[0]",
      "prefix/suffix match pattern must be a string"),
    Rejection(
      #"{"s": [{"anything-but": {"equals-ignore-case": 123}}]}"#, at: "123",
      path: "s[0].anything-but.equals-ignore-case",
      "Inside anything-but/equals-ignore-case list"),
    Rejection(
      #"{"s": [{"anything-but": {"wildcard": [123, "*/dir/*"]}}]}"#, at: "123",
      path: "s[0].anything-but.wildcard[0]",
      "wildcard match pattern must be a string"),
    Rejection(
      #"{"s": [{"anything-but": {"wildcard": "a**"}}]}"#, at: #""a**""#, path: "s[0].anything-but.wildcard",
      "Consecutive wildcard characters at character 2"),
    Rejection(
      #"{"s": [{"anything-but": {"prefix": {"equals-ignore-case": "file"}}}]}"#, at: "{\"equals",
      path: "s[0].anything-but.prefix",
      "Value of anything-but must be an array or single string/number value"),
    Rejection(
      #"{"s": [{"anything-but": {"prefix": []}}]}"#, at: "[]", path: "s[0].anything-but.prefix",
      "Empty arrays are not allowed"),
    // $or.
    Rejection(
      #"{"$or": [{"a": ["x"]}, "b"]}"#, at: #""b""#, path: #"["$or"][1]"#,
      "Only JSON objects are allowed in a $or array"),
    Rejection(#"{"$or": [{"a": ["x"]}]}"#, at: "[{", path: #"["$or"]"#, "There must be at least 2 objects"),
    Rejection(#"{"$or": [], "a": ["x"]}"#, at: "[]", path: #"["$or"]"#, "There must be at least 2 objects"),
    Rejection(
      #"{"$or": [{"a": ["x"]}, {"b": []}]}"#, at: "[]", path: #"["$or"][1].b"#, "Empty arrays are not allowed"
    ),
  ]

  @Test("Refused with path, line:column and message", arguments: rows)
  func refused(_ row: Rejection) throws {
    let error = try #require(rejection(row.pattern))
    let first = try #require(error.diagnostics.first)
    let anchor = try #require(row.pattern.range(of: row.anchor), "anchor \(row.anchor) not in the pattern")
    let column =
      row.pattern.unicodeScalars.distance(
        from: row.pattern.unicodeScalars.startIndex, to: anchor.lowerBound) + 1
    #expect(first.message.contains(row.message), "message: \(first.message)")
    #expect(first.path == row.path, "path")
    #expect(first.line == 1, "line")
    #expect(first.column == column, "column: got \(first.column ?? 0), want \(column) for \(row.pattern)")
    #expect(first.severity == .error)
  }

  @Test("Every problem is reported, in order")
  func collectsAll() throws {
    let error = try #require(
      rejection(#"{"a": "x", "b": [], "c": [{"exists": 1}], "d": {"e": [{"prefix": 2}]}}"#))
    #expect(error.diagnostics.map(\.path) == ["a", "b", "c[0].exists", "d.e[0].prefix"])
  }

  @Test("Lines and columns in a multi-line pattern")
  func multiLine() throws {
    let text = """
      {
        "source": ["aws.ec2"],
        "detail": {
          "state": [{"anything-but": {"prefx": "init"}}],
          "count": [{"numeric": [">", 10, "<=", 5]}]
        }
      }
      """
    let error = try #require(rejection(text))
    #expect(error.diagnostics.count == 2)
    #expect(error.diagnostics.map(\.line) == [4, 5])
    #expect(error.diagnostics.map(\.column) == [33, 27])
    #expect(error.diagnostics[0].hint == #"did you mean "prefix"?"#)
    #expect(
      error.description
        == """
        (pattern):4:33: error: detail.state[0].anything-but.prefx: Unsupported anything-but pattern: prefx \
        (did you mean "prefix"?)
        (pattern):5:27: error: detail.count[0].numeric: Bottom must be less than top: the range \
        [">",10,"<=",5] is empty (numeric matching covers -5.0e9 … 5.0e9)
        """)
  }

  @Test("Operator names are case-sensitive, with a hint")
  func caseHint() throws {
    let error = try #require(rejection(#"{"detail": {"equal": [{"NUMERIC": ["=", 5]}]}}"#))
    #expect(error.diagnostics[0].message == "Unrecognized match type NUMERIC")
    #expect(error.diagnostics[0].hint == #"did you mean "numeric"? Operators are case-sensitive"#)
    let typo = try #require(rejection(#"{"a": [{"prefx": "x"}]}"#))
    #expect(typo.diagnostics[0].hint == #"did you mean "prefix"?"#)
  }

  @Test("Malformed JSON is refused with its position")
  func malformedJSON() throws {
    let error = try #require(rejection("{\n  \"a\": [\"x\",]\n}"))
    #expect(error.diagnostics.count == 1)
    #expect(error.diagnostics[0].message.hasPrefix("Event pattern is not valid JSON: Trailing comma"))
    #expect(error.diagnostics[0].line == 2 && error.diagnostics[0].column == 13)
  }

  @Test("A pattern embedded in a file reports that file and its own path")
  func embedded() throws {
    let document = try parseJSON("{\"rules\": [\n  {\"pattern\": {\"source\": \"aws.ec2\"}}\n]}")
    guard case .object(let root) = document.value, case .array(let rules)? = root["rules"]?.value,
      case .object(let rule) = rules[0].value, let node = rule["pattern"]
    else {
      Issue.record("unexpected document shape")
      return
    }
    let path = JSONPath.root.appending("rules").appending(0).appending("pattern")
    do {
      _ = try EventPattern(node, file: "workload.json", path: path)
      Issue.record("accepted")
    } catch {
      #expect(error.diagnostics.count == 1)
      #expect(error.diagnostics[0].path == "rules[0].pattern.source")
      #expect(error.diagnostics[0].file == "workload.json")
      #expect(error.description.hasPrefix("workload.json:2:26: error: rules[0].pattern.source: "))
      #expect(error.inputError.diagnostics == error.diagnostics)
    }
  }

  @Test("A programmatic pattern nested deeper than the parser allows is refused, not overflowed")
  func tooDeep() throws {
    var node = JSONNode(
      .array([JSONNode(.string("x"), at: .init(line: 1, column: 1))]), at: .init(line: 1, column: 1))
    for _ in 0..<2_000 {
      let member = JSONObject.Member(key: "a", keyLocation: .init(line: 1, column: 1), value: node)
      node = JSONNode(.object(JSONObject(members: [member])), at: .init(line: 1, column: 1))
    }
    do {
      _ = try EventPattern(node)
      Issue.record("accepted")
    } catch {
      #expect(error.diagnostics.count == 1)
      #expect(error.diagnostics[0].message.contains("Nesting deeper than 512 levels"))
    }
  }
}
