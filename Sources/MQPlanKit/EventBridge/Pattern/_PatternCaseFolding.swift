/// A pattern string for the `equals-ignore-case` family, compiled for
/// byte-wise matching.
///
/// Case folding follows event-ruler (S23, `EqualsIgnoreCaseParser`): each
/// character of the *pattern* may appear in the event as its lower-case or
/// its upper-case form (full, locale-independent mappings, like Java's
/// `Locale.ROOT`). So `"alice"` matches `"ALICE"` and `"aLiCe"`; `"ß"`
/// matches `"ß"` and `"SS"` (its upper case); the Kelvin sign K does not
/// match `"k"` written in the pattern, because the pattern's `k` only allows
/// `k` and `K`. We fold per Unicode scalar where Java folds per UTF-16 unit;
/// they differ only for letters outside the Basic Multilingual Plane.
///
/// Matching is a walk over the event's bytes. When a character's two forms
/// have different lengths (`ß`/`SS`), a set of positions is tracked instead,
/// so the time stays O(pattern × event) with no backtracking.
struct PatternCaseFolding: Hashable, Sendable {
  /// The pattern's characters, each as one or two acceptable UTF-8 forms.
  private var units: [[[UInt8]]]
  /// Every unit's forms have the same length: a single position suffices.
  private var isUniform: Bool
  /// The pattern as written.
  var text: String

  init(_ text: String) {
    self.text = text
    var units: [[[UInt8]]] = []
    var uniform = true
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        let byte = UInt8(scalar.value)
        let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
        let upper = byte >= 97 && byte <= 122 ? byte - 32 : byte
        units.append(lower == upper ? [[byte]] : [[lower], [upper]])
        continue
      }
      let lower = Array(scalar.properties.lowercaseMapping.utf8)
      let upper = Array(scalar.properties.uppercaseMapping.utf8)
      if lower == upper {
        units.append([lower])
      } else {
        units.append([lower, upper])
        if lower.count != upper.count { uniform = false }
      }
    }
    self.units = units
    self.isUniform = uniform
  }

  /// Whether the bytes of `form` appear in `bytes` at `position`.
  @inline(__always)
  private static func form(_ form: [UInt8], matches bytes: UnsafeBufferPointer<UInt8>, at position: Int)
    -> Bool
  {
    guard position + form.count <= bytes.count else { return false }
    var index = 0
    while index < form.count {
      if form[index] != bytes[position + index] { return false }
      index += 1
    }
    return true
  }

  /// Positions reachable after the whole pattern, reading forward from 0.
  /// Calls `accept` with each; stops early when `accept` returns `true`.
  private func forwardEnds(_ bytes: UnsafeBufferPointer<UInt8>, accept: (Int) -> Bool) -> Bool {
    if isUniform {
      var position = 0
      for unit in units {
        var next = -1
        for candidate in unit where Self.form(candidate, matches: bytes, at: position) {
          next = position + candidate.count
          break
        }
        if next < 0 { return false }
        position = next
      }
      return accept(position)
    }
    var positions: [Int] = [0]
    for unit in units {
      var next: [Int] = []
      for position in positions {
        for candidate in unit where Self.form(candidate, matches: bytes, at: position) {
          let end = position + candidate.count
          if !next.contains(end) { next.append(end) }
        }
      }
      if next.isEmpty { return false }
      positions = next
    }
    return positions.contains(where: accept)
  }

  /// Whether `bytes` is the pattern, ignoring case.
  func equals(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    forwardEnds(bytes) { $0 == bytes.count }
  }

  /// Whether `bytes` starts with the pattern, ignoring case.
  func isPrefix(of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    forwardEnds(bytes) { _ in true }
  }

  /// Whether `bytes` ends with the pattern, ignoring case: the same walk,
  /// backwards from the end.
  func isSuffix(of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if isUniform {
      var position = bytes.count
      for unit in units.reversed() {
        var next = -1
        for candidate in unit where position - candidate.count >= 0 {
          if Self.form(candidate, matches: bytes, at: position - candidate.count) {
            next = position - candidate.count
            break
          }
        }
        if next < 0 { return false }
        position = next
      }
      return true
    }
    var positions: [Int] = [bytes.count]
    for unit in units.reversed() {
      var next: [Int] = []
      for position in positions {
        for candidate in unit where position - candidate.count >= 0 {
          let start = position - candidate.count
          if Self.form(candidate, matches: bytes, at: start) && !next.contains(start) { next.append(start) }
        }
      }
      if next.isEmpty { return false }
      positions = next
    }
    return true
  }
}
