import Testing

@testable import MQPlanKit

// Values to write and read back: a hand-written set shaped like the msk, sqs
// and eventbridge modules' variables, plus seeded random values. The
// round-trip tests and the python-hcl2 oracle test use the same list, so
// every file the writer produces in a round-trip test is also checked
// against the oracle.

private let nowhere = MQPlanKit.SourceLocation(line: 1, column: 1)

/// A value builder for tests: `hclObject(["a": hclNumber(1)])`, `hclList([hclString("x")])`.
func hclObject(_ pairs: KeyValuePairs<String, HCLValue>) -> HCLValue {
  .object(
    pairs.map { HCLObjectMember(key: $0.key, keyLocation: nowhere, value: HCLNode($0.value, at: nowhere)) })
}

func hclList(_ values: [HCLValue]) -> HCLValue { .list(values.map { HCLNode($0, at: nowhere) }) }

func hclString(_ text: String) -> HCLValue { .string(text) }

func hclNumber(_ value: Double) -> HCLValue { .number(HCLNumber(value)) }

func hclNumber(_ text: String) -> HCLValue { .number(HCLNumber(text: text, double: Double(text)!)) }

/// SplitMix64 (Steele, Lea and Flood 2014), for reproducible test values.
struct HCLTestGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

enum HCLRoundTripCorpus {
  /// A case: a name for messages and the entries to write.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var entries: [TFVarsWriter.Entry]
    var testDescription: String { name }
  }

  /// Seeds of the random cases.
  static let seeds: Range<UInt64> = 0..<300

  /// Every case: the hand-written ones, then one per seed.
  static let all: [Case] =
    handwritten + seeds.map { Case(name: "seed \($0)", entries: randomEntries(seed: $0)) }

  static let moduleExample: [TFVarsWriter.Entry] = [
    .init(
      name: "broker_count", value: hclNumber(3),
      comment: "Peak 42 MB/s in needs 2.1 brokers at 60% of kafka.m5.large; rounded up to one per AZ"),
    .init(
      name: "broker_instance_type", value: hclString("kafka.m5.large"),
      comment: "Cheapest type with headroom at p99"),
    .init(name: "broker_volume_size", value: hclNumber(500)),
    .init(
      name: "private_subnet_ids",
      value: hclList([hclString("subnet-0a1"), hclString("subnet-0b2"), hclString("subnet-0c3")])),
    .init(
      name: "enhanced_monitoring_level", value: hclString("PER_TOPIC_PER_BROKER"),
      comment: "Consumer lag per topic"
    ),
    .init(
      name: "tags",
      value: hclObject([
        "Team": hclString("payments"), "cost-center": hclString("cc-42"), "Owner email": hclString("a@b.c"),
      ])),
    .init(
      name: "queues",
      value: hclObject([
        "orders": hclObject([
          "visibility_timeout": hclNumber(30), "retention_seconds": hclNumber(345_600),
          "max_message_size": hclNumber(262_144),
          "delay_seconds": hclNumber(0), "receive_wait_time": hclNumber(20),
          "use_sqs_managed_sse": .bool(true),
          "enable_dlq": .bool(true), "max_receive_count": hclNumber(5), "fifo": .bool(false),
          "depth_threshold": hclNumber(1000),
        ]),
        "orders-v2.fifo": hclObject([
          "visibility_timeout": hclNumber("45.0"), "fifo": .bool(true), "tags": hclObject([:]),
        ]),
      ]),
      comment: "Visibility 30 s = 6 x p99 handler time (5 s)"),
    .init(
      name: "event_rules",
      value: hclObject([
        "order_created": hclObject([
          "description": hclString("Route \"OrderCreated\" to the orders queue"),
          "pattern": hclObject([
            "source": hclList([hclString("orion.orders")]),
            "detail-type": hclList([hclString("OrderCreated")]),
            "detail": hclObject([
              "amount": hclList([hclObject(["numeric": hclList([hclString(">"), hclNumber(100)])])])
            ]),
          ]),
          "enabled": .bool(true), "target_arn": hclString("arn:aws:sqs:eu-west-1:123456789012:orders"),
          "target_type": hclString("sqs"), "message_group_id": .null,
          "retry_policy": hclObject(["max_age": hclNumber(3600), "max_retries": hclNumber(3)]),
          "dlq_arn": .null,
        ])
      ])),
    .init(
      name: "event_schemas",
      value: hclObject([
        "order": hclObject([
          "schema_content": hclString("{\n  \"openapi\": \"3.0.0\",\n  \"x\": \"${not a template}\"\n}\n"),
          "description": hclString("100% of %{orders} cost $${0}"),
        ])
      ]),
      comment: "Schema text is written quoted, with ${ and %{ escaped"),
  ]

  static let handwritten: [Case] = [
    Case(name: "module example", entries: moduleExample),
    Case(name: "empty", entries: []),
    Case(
      name: "strings",
      entries: [
        .init(name: "quotes", value: hclString(#"say "hi" \ back\slash"#)),
        .init(name: "breaks", value: hclString("a\nb\r\nc\td")),
        .init(name: "templates", value: hclString("${x} $${y} $$${z} %{a} %%{b} $ % {} $$ %%")),
        .init(name: "controls", value: hclString("\u{1}\u{7}\u{1B}\u{7F}")),
        .init(name: "unicode", value: hclString("é ü 中 😀 \u{2028}")),
        .init(name: "comment_like", value: hclString("# not /* a */ // comment")),
        .init(name: "empty_string", value: hclString("")),
      ]),
    Case(
      name: "numbers",
      entries: [
        .init(name: "int", value: hclNumber(42)), .init(name: "negative", value: hclNumber(-7)),
        .init(name: "decimal", value: hclNumber("1.50")), .init(name: "exponent", value: hclNumber("2.5e-3")),
        .init(name: "big", value: hclNumber(1e300)), .init(name: "tiny", value: hclNumber("5e-324")),
        .init(name: "leading_zeros", value: .number(HCLNumber(text: "007", double: 7))),
        .init(name: "negative_zero", value: hclNumber("-0")),
      ]),
    Case(
      name: "lists",
      entries: [
        .init(name: "empty", value: hclList([])),
        .init(name: "mixed", value: hclList([hclNumber(1), hclString("a"), .bool(false), .null])),
        .init(
          name: "long",
          value: hclList((1...12).map { hclString("arn:aws:sns:eu-west-1:123456789012:topic-\($0)") })),
        .init(
          name: "nested",
          value: hclList([
            hclList([]), hclList([hclNumber(1), hclNumber(2)]), hclObject([:]),
            hclObject(["a": hclNumber(1)]),
          ])),
      ]),
    Case(
      name: "keys",
      entries: [
        .init(
          name: "keys",
          value: hclObject([
            "plain": hclNumber(1), "with-dash": hclNumber(2), "with space": hclNumber(3),
            "true": hclNumber(4), "null": hclNumber(5),
            "for": hclNumber(6), "in": hclNumber(7), "if": hclNumber(8), "9lives": hclNumber(9),
            "é": hclNumber(10), "": hclNumber(11),
            "a.b": hclNumber(12), "${x}": hclNumber(13), "quote\"d": hclNumber(14),
          ]))
      ]),
    Case(
      name: "comments",
      entries: [
        .init(name: "a", value: hclNumber(1), comment: "two\nlines\r\nand more"),
        .init(name: "b", value: hclNumber(2), comment: ""),
        .init(name: "c", value: hclNumber(3), comment: "  padded  "),
        .init(name: "d", value: hclNumber(4), comment: "# hash and */ and ${x}"),
      ]),
  ]

  // MARK: Random values

  static func randomEntries(seed: UInt64) -> [TFVarsWriter.Entry] {
    var generator = HCLTestGenerator(seed: seed)
    let count = Int.random(in: 1...4, using: &generator)
    return (0..<count).map { index in
      let comment: String? = Bool.random(using: &generator) ? randomString(&generator) : nil
      return .init(name: "v\(index)_\(seed)", value: randomValue(&generator, depth: 0), comment: comment)
    }
  }

  private static func randomValue(_ generator: inout HCLTestGenerator, depth: Int) -> HCLValue {
    let kinds = depth >= 4 ? 4 : 7
    switch Int.random(in: 0..<kinds, using: &generator) {
    case 0: return hclString(randomString(&generator))
    case 1: return randomNumber(&generator)
    case 2: return .bool(Bool.random(using: &generator))
    case 3: return Int.random(in: 0..<4, using: &generator) == 0 ? .null : hclString(randomString(&generator))
    case 4:
      let count = Int.random(in: 0...5, using: &generator)
      return hclList((0..<count).map { _ in randomValue(&generator, depth: depth + 1) })
    default:
      let count = Int.random(in: 0...5, using: &generator)
      var members: [HCLObjectMember] = []
      var used: Set<String> = []
      for _ in 0..<count {
        let key = Bool.random(using: &generator) ? randomIdentifier(&generator) : randomString(&generator)
        guard used.insert(key).inserted else { continue }
        members.append(
          HCLObjectMember(
            key: key, keyLocation: nowhere,
            value: HCLNode(randomValue(&generator, depth: depth + 1), at: nowhere)))
      }
      return .object(members)
    }
  }

  private static func randomNumber(_ generator: inout HCLTestGenerator) -> HCLValue {
    switch Int.random(in: 0..<4, using: &generator) {
    case 0: return hclNumber(Double(Int.random(in: -1000...1000, using: &generator)))
    case 1: return hclNumber(Double(Int.random(in: -(1 << 53)...(1 << 53), using: &generator)))
    case 2: return hclNumber(Double.random(in: -1e6...1e6, using: &generator))
    default:
      let mantissa = Double.random(in: 1..<10, using: &generator)
      let exponent = Int.random(in: -300...300, using: &generator)
      return hclNumber(Double("\(mantissa)e\(exponent)")!)
    }
  }

  private static let alphabet: [String] = [
    "a", "b", "Z", "0", "9", "_", "-", ".", " ", " ", "$", "$", "{", "}", "%", "%", "\"", "\\", "\n", "\t",
    "\r", "é", "中", "😀", "#", "/", "*", "=", ",", "[", "]", "\u{1}", "\u{7F}", "<<", "EOT",
  ]

  private static func randomString(_ generator: inout HCLTestGenerator) -> String {
    let length = Int.random(in: 0...12, using: &generator)
    return (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
  }

  private static func randomIdentifier(_ generator: inout HCLTestGenerator) -> String {
    let first = Array("abcxyzAZ_")
    let rest = Array("abcxyzAZ_09-")
    let length = Int.random(in: 0...8, using: &generator)
    return String(first.randomElement(using: &generator)!)
      + String((0..<length).map { _ in rest.randomElement(using: &generator)! })
  }
}
