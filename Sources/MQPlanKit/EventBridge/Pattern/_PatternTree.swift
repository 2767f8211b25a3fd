// The compiled form of an event pattern. Built once by `_PatternCompiler`,
// walked millions of times by `EventPattern+Matching.swift`.
//
// Implementation priorities, in order: correctness (AWS's semantics,
// reference/sqs-eventbridge.md §6), determinism, speed of `matches`.

/// One object level of a compiled pattern.
///
/// Every field must match (AND, reference §6.1); when the level has a `$or`,
/// at least one of its alternatives must match too, against the same event
/// object (reference §6.5, S23).
///
/// A final class, immutable after construction: the matching walk then
/// passes one reference per level instead of copying (and retaining) every
/// array a value type would carry. Equality and hashing are structural.
final class PatternObject: Hashable, Sendable {
  /// The named fields, in pattern order. Never empty unless `alternatives`
  /// is not (AWS rejects empty objects).
  let fields: [PatternField]
  /// The alternatives of this level's `$or`; empty when there is none.
  let alternatives: [PatternObject]
  /// Whether the level can match with every field it names absent: every
  /// leaf holds `{"exists": false}`, recursively, and some `$or`
  /// alternative (if any) can too. Array matching skips its absence pass
  /// when this is `false`.
  let isSatisfiableByAbsence: Bool

  init(fields: [PatternField], alternatives: [PatternObject]) {
    self.fields = fields
    self.alternatives = alternatives
    let fieldsAbsent = fields.allSatisfy { field in
      switch field.value {
      case .leaf(let leaf): return leaf.existsFalse
      case .object(let object): return object.isSatisfiableByAbsence
      }
    }
    self.isSatisfiableByAbsence =
      fieldsAbsent && (alternatives.isEmpty || alternatives.contains(where: \.isSatisfiableByAbsence))
  }

  static func == (lhs: PatternObject, rhs: PatternObject) -> Bool {
    lhs === rhs || (lhs.fields == rhs.fields && lhs.alternatives == rhs.alternatives)
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(fields)
    hasher.combine(alternatives)
  }

  /// Whether any leaf below uses `wildcard` (plain or under `anything-but`).
  /// AWS limits rules that contain wildcards to 30 per bus (reference §4, S16a).
  var usesWildcard: Bool {
    let here = fields.contains { field in
      switch field.value {
      case .leaf(let leaf): return leaf.matchers.contains(where: \.isWildcard)
      case .object(let object): return object.usesWildcard
      }
    }
    return here || alternatives.contains(where: \.usesWildcard)
  }
}

/// A named field of a pattern level and what its value must be.
struct PatternField: Hashable, Sendable {
  var key: PatternBytes
  var value: PatternFieldValue
}

/// A field's value: a leaf array of values and operators, or a nested object.
enum PatternFieldValue: Hashable, Sendable {
  case leaf(PatternLeaf)
  case object(PatternObject)
}

/// A leaf: the array of values and operators, any of which may match (OR,
/// reference §6.2). A final class for the reason given on ``PatternObject``.
final class PatternLeaf: Hashable, Sendable {
  /// Every element except `exists`, in pattern order.
  let matchers: [PatternValueMatcher]
  /// `{"exists": true}` is among the elements.
  let existsTrue: Bool
  /// `{"exists": false}` is among the elements.
  let existsFalse: Bool
  /// Each element as written (compact JSON), for ``EventPattern/explain(_:)``.
  let elementTexts: [String]
  /// The description of each matcher, parallel to `matchers`.
  let matcherTexts: [String]

  init(
    matchers: [PatternValueMatcher], existsTrue: Bool, existsFalse: Bool, elementTexts: [String],
    matcherTexts: [String]
  ) {
    self.matchers = matchers
    self.existsTrue = existsTrue
    self.existsFalse = existsFalse
    self.elementTexts = elementTexts
    self.matcherTexts = matcherTexts
  }

  static func == (lhs: PatternLeaf, rhs: PatternLeaf) -> Bool {
    lhs === rhs
      || (lhs.matchers == rhs.matchers && lhs.existsTrue == rhs.existsTrue
        && lhs.existsFalse == rhs.existsFalse
        && lhs.elementTexts == rhs.elementTexts)
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(matchers)
    hasher.combine(existsTrue)
    hasher.combine(existsFalse)
    hasher.combine(elementTexts)
  }
}

/// A string's UTF-8 bytes. Matching is byte-wise: AWS compares "character by
/// character ... without case-folding or any other string normalization"
/// (S21d), so Swift's `String ==` (canonical equivalence) would be wrong:
/// it equates "é" written as one scalar and as "e" plus a combining accent,
/// and even the Kelvin sign with "K".
struct PatternBytes: Hashable, Sendable, CustomStringConvertible {
  var bytes: [UInt8]

  init(_ text: String) { self.bytes = Array(text.utf8) }

  /// The text (for messages and explanations).
  var text: String { String(decoding: bytes, as: UTF8.self) }

  var description: String { text }

  /// Whether `other` has exactly these bytes.
  @inline(__always)
  func equals(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count == other.count else { return false }
    return bytes.withUnsafeBufferPointer { patternBytesEqual($0, other, count: other.count) }
  }

  /// Whether `other` is a string with exactly these bytes.
  @inline(__always)
  func equals(_ other: String) -> Bool {
    guard other.utf8.count == bytes.count else { return false }
    return withPatternBytes(of: other) { equals($0) }
  }

  @inline(__always)
  func isPrefix(of other: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count <= other.count else { return false }
    return bytes.withUnsafeBufferPointer { patternBytesEqual($0, other, count: $0.count) }
  }

  @inline(__always)
  func isSuffix(of other: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count <= other.count else { return false }
    let tail = UnsafeBufferPointer(rebasing: other[(other.count - bytes.count)...])
    return bytes.withUnsafeBufferPointer { patternBytesEqual($0, tail, count: $0.count) }
  }
}

/// Whether the first `count` bytes of `lhs` and `rhs` (both at least that
/// long) are equal.
@inline(__always)
func patternBytesEqual(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>, count: Int)
  -> Bool
{
  var index = 0
  while index < count {
    if lhs[index] != rhs[index] { return false }
    index += 1
  }
  return true
}

/// Calls `body` with the UTF-8 bytes of `string`, without copying when the
/// string is native (always, for strings from `JSONParser`).
@inline(__always)
func withPatternBytes<Result>(of string: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
  if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
  let copy = Array(string.utf8)
  return copy.withUnsafeBufferPointer(body)
}

/// One non-`exists` element of a leaf array.
enum PatternValueMatcher: Hashable, Sendable {
  /// `"text"`: the same string, byte for byte.
  case string(PatternBytes)
  /// `300`: a JSON number written exactly the same way (S21d: "300, 300.0,
  /// and 3.0e2 are not considered equal").
  case number(PatternBytes)
  /// `true` / `false`: the same JSON literal.
  case boolean(Bool)
  /// `null`: JSON null (not a missing field, not the string "null").
  case null
  /// `{"prefix": "…"}`: a string that starts with these bytes.
  case prefix(PatternBytes)
  /// `{"suffix": "…"}`: a string that ends with these bytes.
  case suffix(PatternBytes)
  /// `{"equals-ignore-case": "…"}`.
  case equalsIgnoreCase(PatternCaseFolding)
  /// `{"prefix": {"equals-ignore-case": "…"}}`.
  case prefixIgnoreCase(PatternCaseFolding)
  /// `{"suffix": {"equals-ignore-case": "…"}}`.
  case suffixIgnoreCase(PatternCaseFolding)
  /// `{"wildcard": "…"}`.
  case wildcard(PatternWildcard)
  /// `{"numeric": […]}`.
  case numeric(PatternNumericRange)
  /// `{"cidr": "…"}`.
  case cidr(PatternCIDRBlock)
  /// `{"anything-but": …}` in all its forms.
  case anythingBut(PatternAnythingBut)

  var isWildcard: Bool {
    switch self {
    case .wildcard, .anythingBut(.wildcards): return true
    default: return false
    }
  }
}

/// The forms of `anything-but`. Each matches any *present leaf value* that
/// the listed values do not match, including values of other JSON types
/// (a number, `true` or `null` passes `{"anything-but": "x"}`; a number
/// passes `{"anything-but": {"prefix": "x"}}`). A missing field never
/// matches (reference §6.5; AWS-recorded behaviour in LocalStack's
/// `content_anything_but_string_null`, `content_anything_prefix_int_value`,
/// `*_missing_NEG` cases).
enum PatternAnythingBut: Hashable, Sendable {
  /// Not one of these strings (byte-exact).
  case strings([PatternBytes])
  /// Not a JSON number equal to one of these, compared as numbers at six
  /// decimal places (as `numeric` does; event-ruler stores these with
  /// `ComparableNumber`, S23).
  case numbers([Int64])
  /// Not a string with one of these prefixes.
  case prefixes([PatternBytes])
  /// Not a string with one of these suffixes.
  case suffixes([PatternBytes])
  /// Not a string equal to one of these, ignoring case.
  case ignoringCase([PatternCaseFolding])
  /// Not a string matching one of these wildcards.
  case wildcards([PatternWildcard])
}
