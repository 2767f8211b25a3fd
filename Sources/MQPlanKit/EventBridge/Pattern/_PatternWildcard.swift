/// A compiled `{"wildcard": "…"}` pattern.
///
/// Syntax (reference §6.5; S23 README and `WildcardParser`): `*` matches any
/// run of characters, including none; two consecutive `*` are refused; `\*`
/// is a literal star and `\\` a literal backslash; a backslash before
/// anything else, or at the end, is refused. `\**` (a literal star, then a
/// wildcard) and `*\*` are allowed.
///
/// Matching splits the pattern at its stars into literal segments
/// `s₀ * s₁ * … * sₖ`: `s₀` must be a prefix, `sₖ` a suffix, and each middle
/// segment is found left to right with Knuth–Morris–Pratt. Taking the
/// leftmost occurrence of each middle segment is optimal for star-only
/// patterns (any later occurrence leaves less room for the rest), so there
/// is no backtracking: time is O(|event| + |pattern|) whatever the pattern,
/// and a hostile pattern such as `*a*a*a*…b` cannot hang the simulator.
/// Segments are valid UTF-8, so byte matches fall on character boundaries.
struct PatternWildcard: Hashable, Sendable {
  /// The literal segments between stars; `segments.count == stars + 1`.
  private var segments: [[UInt8]]
  /// KMP failure tables for the middle segments (index 1 ..< count-1).
  private var failure: [[Int32]]
  /// The pattern as written.
  var text: String

  /// Why a wildcard text is refused; positions count characters from 1.
  enum ParseError: Error, Equatable {
    case consecutiveStars(position: Int)
    case invalidEscape(position: Int)
  }

  static func parse(_ text: String) -> Result<PatternWildcard, ParseError> {
    var segments: [[UInt8]] = [[]]
    var previousWasStar = false
    var position = 0  // characters consumed so far
    var iterator = text.unicodeScalars.makeIterator()
    while let scalar = iterator.next() {
      position += 1
      switch scalar {
      case "*":
        if previousWasStar { return .failure(.consecutiveStars(position: position - 1)) }
        segments.append([])
        previousWasStar = true
        continue
      case "\\":
        guard let escaped = iterator.next(), escaped == "*" || escaped == "\\" else {
          return .failure(.invalidEscape(position: position))
        }
        position += 1
        segments[segments.count - 1].append(UInt8(escaped.value))
      default:
        segments[segments.count - 1].append(contentsOf: String(scalar).utf8)
      }
      previousWasStar = false
    }
    var failure: [[Int32]] = []
    if segments.count > 2 {
      failure = segments[1..<(segments.count - 1)].map(Self.failureTable)
    }
    return .success(PatternWildcard(segments: segments, failure: failure, text: text))
  }

  private static func failureTable(_ needle: [UInt8]) -> [Int32] {
    var table = [Int32](repeating: 0, count: needle.count)
    var length: Int32 = 0
    var index = 1
    while index < needle.count {
      if needle[index] == needle[Int(length)] {
        length += 1
        table[index] = length
        index += 1
      } else if length > 0 {
        length = table[Int(length) - 1]
      } else {
        table[index] = 0
        index += 1
      }
    }
    return table
  }

  /// Whether the whole of `bytes` matches the pattern.
  func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let first = segments[0]
    if segments.count == 1 {
      return first.count == bytes.count && first.withUnsafeBufferPointer { $0.elementsEqual(bytes) }
    }
    let last = segments[segments.count - 1]
    guard first.count + last.count <= bytes.count else { return false }
    for index in 0..<first.count where first[index] != bytes[index] { return false }
    let end = bytes.count - last.count
    for index in 0..<last.count where last[index] != bytes[end + index] { return false }
    var position = first.count
    for middle in 1..<(segments.count - 1) {
      guard
        let found = Self.find(
          segments[middle], table: failure[middle - 1], in: bytes, from: position, to: end)
      else { return false }
      position = found + segments[middle].count
    }
    return true
  }

  /// The first index at which `needle` occurs in `bytes[from..<to]`.
  private static func find(
    _ needle: [UInt8], table: [Int32], in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int
  ) -> Int? {
    if needle.isEmpty { return from }
    var matched = 0
    var index = from
    while index < to {
      let byte = bytes[index]
      while matched > 0 && needle[matched] != byte { matched = Int(table[matched - 1]) }
      if needle[matched] == byte { matched += 1 }
      index += 1
      if matched == needle.count { return index - matched }
    }
    return nil
  }
}
