/// A constant HCL value, as a `.tfvars` or `.tfvars.json` file can give it.
///
/// Only literal values exist here: strings, numbers, booleans, `null`,
/// tuples (lists) and objects (maps). Terraform decides later, from the
/// variable's declared type, whether a tuple is a `list(...)` or a
/// `set(...)` and whether an object is a `map(...)` or an `object({...})`;
/// the reader does not guess.
///
/// ```swift
/// let file = try TFVarsReader.parse("broker_count = 3\n", file: "prod.tfvars")
/// if case .number(let n)? = file["broker_count"]?.value.value { print(n.double) }  // 3.0
/// ```
///
/// Equality compares structure, source locations included (through
/// ``HCLNode``); to compare *values* across files, compare
/// ``canonicalJSON``.
package indirect enum HCLValue: Hashable, Sendable {
  /// A string, with every escape resolved.
  case string(String)
  /// A number, as written and as a `Double`.
  case number(HCLNumber)
  /// `true` or `false`.
  case bool(Bool)
  /// `null`: Terraform uses the variable's default.
  case null
  /// A tuple `[a, b]`, in source order.
  case list([HCLNode])
  /// An object or map `{ key = value }`, members in source order. Keys are
  /// unique: the reader rejects duplicates.
  case object([HCLObjectMember])

  /// A short name of the kind, for messages: "a string", "an object".
  package var kindDescription: String {
    switch self {
    case .string: return "a string"
    case .number: return "a number"
    case .bool: return "a boolean"
    case .null: return "null"
    case .list: return "a list"
    case .object: return "an object"
    }
  }

  /// The member named `key` when this is an object; `nil` otherwise.
  ///
  /// - Complexity: O(*n*) in the number of members.
  package subscript(key: String) -> HCLNode? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }
}
