/// One `key = value` member of an HCL object, with the key's location.
///
/// A key written bare (`visibility_timeout = 30`) and a key written quoted
/// (`"orders-v2" = {...}`) are both plain strings here: HCL treats a bare
/// key as the literal name, never as a reference.
package struct HCLObjectMember: Hashable, Sendable {
  /// The key, with escapes resolved.
  package var key: String
  /// Where the key starts (its first letter or its opening quote).
  package var keyLocation: SourceLocation
  /// The member's value.
  package var value: HCLNode

  package init(key: String, keyLocation: SourceLocation, value: HCLNode) {
    self.key = key
    self.keyLocation = keyLocation
    self.value = value
  }
}
