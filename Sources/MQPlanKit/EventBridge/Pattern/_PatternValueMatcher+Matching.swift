// Leaf matching: one pattern element against one scalar event value.
//
// Each operator applies to the JSON types AWS applies it to (reference §6,
// S22, S23): prefix, suffix, equals-ignore-case, wildcard and cidr only to
// strings; numeric only to numbers; exact values only to the same JSON type
// and text; anything-but to every present leaf value except those it
// names.

extension PatternValueMatcher {
  /// Whether this element matches a string value, given as UTF-8 bytes.
  @inline(__always)
  func matchesString(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    switch self {
    case .string(let text): return text.equals(bytes)
    case .prefix(let text): return text.isPrefix(of: bytes)
    case .suffix(let text): return text.isSuffix(of: bytes)
    case .equalsIgnoreCase(let folded): return folded.equals(bytes)
    case .prefixIgnoreCase(let folded): return folded.isPrefix(of: bytes)
    case .suffixIgnoreCase(let folded): return folded.isSuffix(of: bytes)
    case .wildcard(let wildcard): return wildcard.matches(bytes)
    case .cidr(let range):
      guard let address = PatternIPAddress.parse(bytes) else { return false }
      return range.contains(address)
    case .anythingBut(let excluded):
      switch excluded {
      case .strings(let texts): return !texts.contains { $0.equals(bytes) }
      case .numbers: return true
      case .prefixes(let texts): return !texts.contains { $0.isPrefix(of: bytes) }
      case .suffixes(let texts): return !texts.contains { $0.isSuffix(of: bytes) }
      case .ignoringCase(let folded): return !folded.contains { $0.equals(bytes) }
      case .wildcards(let wildcards): return !wildcards.contains { $0.matches(bytes) }
      }
    case .number, .boolean, .null, .numeric: return false
    }
  }

  /// Whether this element matches a JSON number.
  @inline(__always)
  func matchesNumber(_ number: JSONNumber) -> Bool {
    switch self {
    case .number(let text): return text.equals(number.text)
    case .numeric(let range):
      guard let micro = PatternMicroUnits.of(number.double) else { return false }
      return range.contains(micro)
    case .anythingBut(.numbers(let excluded)):
      guard let micro = PatternMicroUnits.of(number.double) else { return true }
      return !excluded.contains(micro)
    case .anythingBut: return true
    case .string, .boolean, .null, .prefix, .suffix, .equalsIgnoreCase, .prefixIgnoreCase, .suffixIgnoreCase,
      .wildcard, .cidr:
      return false
    }
  }

  /// Whether this element matches `true` or `false`.
  @inline(__always)
  func matchesBoolean(_ value: Bool) -> Bool {
    switch self {
    case .boolean(let expected): return expected == value
    case .anythingBut: return true
    default: return false
    }
  }

  /// Whether this element matches JSON `null`.
  @inline(__always)
  func matchesNull() -> Bool {
    switch self {
    case .null, .anythingBut: return true
    default: return false
    }
  }
}

extension PatternLeaf {
  /// Whether some element other than `exists` matches the scalar `value`
  /// (a string, number, boolean or null; never an array or object).
  @inline(__always)
  func matchesScalar(_ value: JSONValue) -> Bool {
    switch value {
    case .string(let string):
      return withPatternBytes(of: string) { bytes in matchers.contains { $0.matchesString(bytes) } }
    case .number(let number): return matchers.contains { $0.matchesNumber(number) }
    case .bool(let flag): return matchers.contains { $0.matchesBoolean(flag) }
    case .null: return matchers.contains { $0.matchesNull() }
    case .array, .object: return false
    }
  }

  /// The index of the first element other than `exists` that matches the
  /// scalar `value`, for explanations.
  func firstMatcher(for value: JSONValue) -> Int? {
    switch value {
    case .string(let string):
      return withPatternBytes(of: string) { bytes in matchers.firstIndex { $0.matchesString(bytes) } }
    case .number(let number): return matchers.firstIndex { $0.matchesNumber(number) }
    case .bool(let flag): return matchers.firstIndex { $0.matchesBoolean(flag) }
    case .null: return matchers.firstIndex { $0.matchesNull() }
    case .array, .object: return nil
    }
  }
}
