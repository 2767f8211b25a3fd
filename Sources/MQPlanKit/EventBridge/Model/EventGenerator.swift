import SimKit

/// Builds events as EventBridge delivers them to rules: the envelope
/// (version, id, detail-type, source, account, time, region, resources) and
/// a detail drawn from the type's samples or generated field by field.
enum EventGenerator {
  /// The account id put in generated envelopes (AWS's documentation example).
  static let account = "123456789012"

  static func event(
    type: EventType, region: String, index: Int, using rng: inout some RandomNumberGenerator
  ) -> JSONNode {
    let detail: JSONNode
    if !type.samples.isEmpty {
      detail = type.samples[rng.nextIndex(below: type.samples.count)]
    } else {
      var root = JSONObject(members: [])
      for field in type.fields {
        if field.presence < 1 && rng.nextUnit() >= field.presence { continue }
        insert(value(field.generator, using: &rng), at: field.path[...], into: &root)
      }
      detail = node(.object(root))
    }
    let members: [(String, JSONValue)] = [
      ("version", .string("0")),
      ("id", .string("00000000-0000-0000-0000-\(String(index, radix: 16).leftPadded(to: 12))")),
      ("detail-type", .string(type.detailType)),
      ("source", .string(type.source)),
      ("account", .string(account)),
      ("time", .string("2026-01-05T00:00:00Z")),
      ("region", .string(region)),
      ("resources", .array([])),
      ("detail", detail.value),
    ]
    return node(
      .object(
        JSONObject(
          members: members.map { JSONObject.Member(key: $0.0, keyLocation: origin, value: node($0.1)) })))
  }

  static let origin = SourceLocation(line: 1, column: 1)

  static func node(_ value: JSONValue) -> JSONNode { JSONNode(value, at: origin) }

  static func value(_ generator: EventField.Generator, using rng: inout some RandomNumberGenerator)
    -> JSONValue
  {
    switch generator {
    case .oneOf(let values, let weights):
      guard !weights.isEmpty else { return values[rng.nextIndex(below: values.count)].value }
      var target = rng.nextUnit() * weights.reduce(0, +)
      for (index, weight) in weights.enumerated() {
        target -= weight
        if target < 0 { return values[index].value }
      }
      return values[values.count - 1].value
    case .number(let distribution, let decimals):
      let draw = distribution.sample(using: &rng)
      return .number(JSONNumber(text: format(draw, decimals: decimals), double: draw))
    case .ipv4(let network, let prefixLength):
      let hostBits = 32 - prefixLength
      let host = hostBits == 0 ? 0 : UInt32(truncatingIfNeeded: rng.next()) & (UInt32.max >> prefixLength)
      let address = network | host
      let text = [24, 16, 8, 0].map { String((address >> UInt32($0)) & 0xFF) }.joined(separator: ".")
      return .string(text)
    }
  }

  /// A number as JSON text with `decimals` places (integers without a
  /// point), so that patterns comparing JSON text see what a producer would
  /// write.
  static func format(_ value: Double, decimals: Int) -> String {
    let scale = StableMath.pow(10, Double(decimals))
    let scaled = (value * scale).rounded()
    let negative = scaled < 0
    let magnitude = Swift.abs(scaled)
    guard magnitude < 9e15 else { return String(value) }
    let digits = String(Int64(magnitude))
    var text: String
    if decimals == 0 {
      text = digits
    } else {
      let padded = digits.leftPadded(to: decimals + 1, with: "0")
      let split = padded.index(padded.endIndex, offsetBy: -decimals)
      text = padded[..<split] + "." + padded[split...]
    }
    return negative && magnitude != 0 ? "-" + text : text
  }

  static func insert(_ value: JSONValue, at path: ArraySlice<String>, into object: inout JSONObject) {
    guard let key = path.first else { return }
    let index = object.members.firstIndex { $0.key == key }
    if path.count == 1 {
      if let index {
        object.members[index].value = node(value)
      } else {
        object.members.append(JSONObject.Member(key: key, keyLocation: origin, value: node(value)))
      }
      return
    }
    var child = JSONObject(members: [])
    if let index, case .object(let existing) = object.members[index].value.value { child = existing }
    insert(value, at: path.dropFirst(), into: &child)
    if let index {
      object.members[index].value = node(.object(child))
    } else {
      object.members.append(JSONObject.Member(key: key, keyLocation: origin, value: node(.object(child))))
    }
  }
}

extension String {
  fileprivate func leftPadded(to length: Int, with pad: Character = "0") -> String {
    count >= length ? self : String(repeating: pad, count: length - count) + self
  }
}
