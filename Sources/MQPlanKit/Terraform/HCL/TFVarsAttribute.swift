/// One `name = value` line of a tfvars file (or one member of a
/// `.tfvars.json` object): a variable name and the value given to it.
package struct TFVarsAttribute: Hashable, Sendable {
  /// The variable name.
  package var name: String
  /// Where the name starts.
  package var nameLocation: SourceLocation
  /// The value and where it starts.
  package var value: HCLNode

  package init(name: String, nameLocation: SourceLocation, value: HCLNode) {
    self.name = name
    self.nameLocation = nameLocation
    self.value = value
  }
}
