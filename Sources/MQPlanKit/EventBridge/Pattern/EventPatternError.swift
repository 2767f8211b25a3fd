/// An event pattern that AWS would refuse: every problem found, each with
/// the pattern path, line:column and a hint.
///
/// A type of its own rather than ``InputError`` so that callers can tell a
/// bad pattern from other bad input, and so that `parse`/`init` can use
/// typed throws. It carries the same ``Diagnostic`` values; a workload
/// loader that embeds patterns converts it with ``inputError`` and prints it
/// with the rest.
///
///     (pattern):1:27: error: detail.state[0]: Unrecognized match type prefx (did you mean "prefix"? …)
///
/// Messages keep AWS's wording where it is known (for example "Empty arrays
/// are not allowed", "Bottom must be less than top"), so they can be looked
/// up, and add where and what to do.
package struct EventPatternError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The problems, in the order of the pattern text.
  package var diagnostics: [Diagnostic]

  package init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  /// The same problems as an ``InputError``.
  package var inputError: InputError { InputError(diagnostics) }

  /// One line per problem. Diagnostics without a file show the line and
  /// column of the pattern text as `(pattern):line:column`.
  package var description: String {
    diagnostics.map { diagnostic in
      guard diagnostic.file == nil, let line = diagnostic.line else { return diagnostic.description }
      var located = diagnostic
      located.file = "(pattern)"
      located.line = line
      return located.description
    }.joined(separator: "\n")
  }
}
