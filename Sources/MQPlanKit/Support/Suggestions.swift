/// "Did you mean …?" for mistyped names: keys in a workload file, options on
/// the command line, variables in tfvars.
package enum Suggestions {
  /// The candidate closest to `word` by edit distance, if it is close enough
  /// to be a plausible typo: at most a third of the word's length (rounded
  /// up), and at least one edit away.
  ///
  /// Ties go to the candidate that comes first in `candidates`, so the
  /// answer does not depend on hashing.
  package static func closest(to word: String, in candidates: [String]) -> String? {
    let limit = Swift.max(1, (word.count + 2) / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(word.lowercased(), candidate.lowercased())
      guard distance <= limit, distance > 0 || word != candidate else { continue }
      if best == nil || distance < best!.distance { best = (candidate, distance) }
    }
    return best?.candidate
  }

  /// Levenshtein distance (insertions, deletions, substitutions) plus
  /// adjacent transpositions (optimal string alignment), over Unicode
  /// scalars. O(m·n) time, O(n) memory.
  package static func editDistance(_ a: String, _ b: String) -> Int {
    let s = Array(a.unicodeScalars)
    let t = Array(b.unicodeScalars)
    if s.isEmpty { return t.count }
    if t.isEmpty { return s.count }
    var previousPrevious = [Int](repeating: 0, count: t.count + 1)
    var previous = Array(0...t.count)
    var current = [Int](repeating: 0, count: t.count + 1)
    for i in 1...s.count {
      current[0] = i
      for j in 1...t.count {
        let cost = s[i - 1] == t[j - 1] ? 0 : 1
        var value = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
          value = Swift.min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[t.count]
  }
}
