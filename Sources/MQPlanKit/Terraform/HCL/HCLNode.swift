/// An ``HCLValue`` and where it starts in its file.
///
/// Locations are 1-based line and column, columns counting Unicode scalars,
/// as in ``SourceLocation``; diagnostics about a value point here.
package struct HCLNode: Hashable, Sendable {
  /// The value.
  package var value: HCLValue
  /// Where the value starts: its opening quote, bracket, brace, heredoc
  /// introducer `<<`, minus sign or first digit.
  package var location: SourceLocation
  /// How a string was written; `nil` for other kinds of value.
  ///
  /// Kept so that a caller can tell a heredoc (whose value ends in a line
  /// break) from a quoted string, and so that tools comparing against other
  /// parsers know which representation to expect.
  package var stringSyntax: HCLStringSyntax?

  package init(_ value: HCLValue, at location: SourceLocation, stringSyntax: HCLStringSyntax? = nil) {
    self.value = value
    self.location = location
    self.stringSyntax = stringSyntax
  }
}

/// The three ways a tfvars file can write a string.
package enum HCLStringSyntax: Hashable, Sendable {
  /// `"text"`, with backslash escapes. JSON strings count as quoted.
  case quoted
  /// `<<EOT` … `EOT`: lines taken as written, ending with a line break.
  case heredoc
  /// `<<-EOT` … `EOT`: as ``heredoc``, less the common leading whitespace.
  case indentedHeredoc
}
