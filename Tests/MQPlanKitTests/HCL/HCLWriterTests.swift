import Testing

@testable import MQPlanKit

@Suite("HCL writer: deterministic, human-formatted tfvars")
struct HCLWriterTests {
  @Test("Module-shaped values: comments, blank lines, aligned '=', nested maps and lists")
  func golden() {
    let entries = Array(HCLRoundTripCorpus.moduleExample.prefix(7))
    let expected = """
      # Peak 42 MB/s in needs 2.1 brokers at 60% of kafka.m5.large; rounded up to one per AZ
      broker_count = 3

      # Cheapest type with headroom at p99
      broker_instance_type = "kafka.m5.large"

      broker_volume_size = 500

      private_subnet_ids = ["subnet-0a1", "subnet-0b2", "subnet-0c3"]

      # Consumer lag per topic
      enhanced_monitoring_level = "PER_TOPIC_PER_BROKER"

      tags = {
        Team          = "payments"
        cost-center   = "cc-42"
        "Owner email" = "a@b.c"
      }

      # Visibility 30 s = 6 x p99 handler time (5 s)
      queues = {
        orders = {
          visibility_timeout  = 30
          retention_seconds   = 345600
          max_message_size    = 262144
          delay_seconds       = 0
          receive_wait_time   = 20
          use_sqs_managed_sse = true
          enable_dlq          = true
          max_receive_count   = 5
          fifo                = false
          depth_threshold     = 1000
        }
        "orders-v2.fifo" = {
          visibility_timeout = 45.0
          fifo               = true
          tags               = {}
        }
      }

      """
    #expect(TFVarsWriter.hcl(entries) == expected)
  }

  @Test("A multi-line member ends a run of aligned members, as terraform fmt does")
  func alignmentRuns() {
    let value = hclObject([
      "description": hclString("d"),
      "pattern": hclObject(["source": hclList([hclString("s")]), "detail-type": hclList([hclString("t")])]),
      "enabled": .bool(true), "target_type": hclString("sqs"),
      "retry_policy": hclObject(["max_age": hclNumber(3600)]),
      "dlq_arn": .null,
    ])
    let expected = """
      rule = {
        description = "d"
        pattern = {
          source      = ["s"]
          detail-type = ["t"]
        }
        enabled     = true
        target_type = "sqs"
        retry_policy = {
          max_age = 3600
        }
        dlq_arn = null
      }

      """
    #expect(TFVarsWriter.hcl([.init(name: "rule", value: value)]) == expected)
  }

  @Test("Keys are padded by grapheme clusters, as hclwrite counts columns")
  func unicodeKeyWidth() {
    let text = TFVarsWriter.hcl([
      .init(name: "m", value: hclObject(["é": hclNumber(1), "ab": hclNumber(2), "中文字": hclNumber(3)]))
    ])
    #expect(text == "m = {\n  \"é\"   = 1\n  ab    = 2\n  \"中文字\" = 3\n}\n")
  }

  @Test(
    "Strings are escaped so that they read back unchanged and never as templates",
    arguments: [
      ("plain", #""plain""#), (#"a "q" \ b"#, #""a \"q\" \\ b""#), ("a\nb\r\tc", #""a\nb\r\tc""#),
      ("${x}", #""$${x}""#), ("$${x}", #""$$${x}""#), ("%{x}", #""%%{x}""#), ("%%{x}", #""%%%{x}""#),
      ("$ % { } $$", #""$ % { } $$""#), ("\u{1}\u{7F}", #""\u0001\u007F""#), ("é😀", #""é😀""#), ("", #""""#),
    ])
  func stringEscaping(value: String, expected: String) throws {
    let text = TFVarsWriter.hcl([.init(name: "a", value: .string(value))])
    #expect(text == "a = \(expected)\n")
    #expect(try hclValueOfA(text).value == .string(value))
  }

  @Test("Numbers keep their text when it is a portable literal, else their canonical spelling")
  func numbers() {
    let entries: [TFVarsWriter.Entry] = [
      .init(name: "a", value: hclNumber("1.50")),
      .init(name: "b", value: .number(HCLNumber(text: "007", double: 7))),
      .init(name: "c", value: hclNumber(0.1)), .init(name: "d", value: hclNumber(1e21)),
      .init(name: "e", value: hclNumber(-3)),
    ]
    #expect(TFVarsWriter.hcl(entries) == "a = 1.50\n\nb = 7\n\nc = 0.1\n\nd = 1e+21\n\ne = -3\n")
    #expect(
      TFVarsWriter.json(entries)
        == "{\n  \"a\": 1.50,\n  \"b\": 7,\n  \"c\": 0.1,\n  \"d\": 1e+21,\n  \"e\": -3\n}\n")
  }

  @Test("Lists of scalars stay on one line up to the limit; others take a line per element")
  func listLayout() {
    let short = hclList((1...3).map { hclNumber(Double($0)) })
    #expect(TFVarsWriter.hcl([.init(name: "a", value: short)]) == "a = [1, 2, 3]\n")
    let fits = hclList([hclString(String(repeating: "x", count: TFVarsWriter.inlineListLimit - 4))])
    #expect(TFVarsWriter.hcl([.init(name: "a", value: fits)]).split(separator: "\n").count == 1)
    let tooLong = hclList([hclString(String(repeating: "x", count: TFVarsWriter.inlineListLimit - 3))])
    #expect(TFVarsWriter.hcl([.init(name: "a", value: tooLong)]).split(separator: "\n").count == 3)
    let nested = hclList([hclList([hclNumber(1)]), hclObject(["k": .bool(true)]), hclObject([:])])
    #expect(
      TFVarsWriter.hcl([.init(name: "a", value: nested)])
        == "a = [\n  [1],\n  {\n    k = true\n  },\n  {},\n]\n")
  }

  @Test("Keys that are not plain names, or that are HCL keywords, are quoted")
  func keys() {
    let value = hclObject([
      "ok_name": hclNumber(1), "true": hclNumber(2), "for": hclNumber(3), "a.b": hclNumber(4),
      "x y": hclNumber(5), "${k}": hclNumber(6),
    ])
    let expected = """
      a = {
        ok_name = 1
        "true"  = 2
        "for"   = 3
        "a.b"   = 4
        "x y"   = 5
        "$${k}" = 6
      }

      """
    #expect(TFVarsWriter.hcl([.init(name: "a", value: value)]) == expected)
  }

  @Test("A comment is one line: line breaks become spaces, ends are trimmed")
  func comments() {
    let entries: [TFVarsWriter.Entry] = [
      .init(name: "a", value: hclNumber(1), comment: "first\nsecond\r\nthird"),
      .init(name: "b", value: hclNumber(2), comment: "   "), .init(name: "c", value: hclNumber(3)),
    ]
    #expect(TFVarsWriter.hcl(entries) == "# first second third\na = 1\n\n#\nb = 2\n\nc = 3\n")
  }

  @Test("JSON: pretty, keys in the order given, strings not template-escaped, no comments")
  func json() {
    let entries: [TFVarsWriter.Entry] = [
      .init(
        name: "z", value: hclObject(["b": hclList([hclNumber(1), hclString("${x}")]), "a": hclObject([:])]),
        comment: "dropped"),
      .init(name: "a", value: hclList([])),
    ]
    let expected = """
      {
        "z": {
          "b": [
            1,
            "${x}"
          ],
          "a": {}
        },
        "a": []
      }

      """
    #expect(TFVarsWriter.json(entries) == expected)
  }

  @Test("No entries: an empty HCL file, an empty JSON object")
  func empty() {
    #expect(TFVarsWriter.hcl([]) == "")
    #expect(TFVarsWriter.json([]) == "{}\n")
  }

  @Test("The same input always gives the same bytes")
  func deterministic() {
    let entries = HCLRoundTripCorpus.moduleExample
    #expect(TFVarsWriter.hcl(entries) == TFVarsWriter.hcl(entries))
    #expect(TFVarsWriter.json(entries) == TFVarsWriter.json(entries))
  }

  @Test("Invalid or repeated names are programmer errors")
  func preconditions() async {
    await #expect(processExitsWith: .failure) {
      _ = TFVarsWriter.hcl([.init(name: "not a name", value: .null)])
    }
    await #expect(processExitsWith: .failure) {
      _ = TFVarsWriter.hcl([.init(name: "a", value: .null), .init(name: "a", value: .null)])
    }
    await #expect(processExitsWith: .failure) {
      let location = MQPlanKit.SourceLocation(line: 1, column: 1)
      let member = HCLObjectMember(key: "k", keyLocation: location, value: HCLNode(.null, at: location))
      _ = TFVarsWriter.json([.init(name: "a", value: .object([member, member]))])
    }
  }
}
