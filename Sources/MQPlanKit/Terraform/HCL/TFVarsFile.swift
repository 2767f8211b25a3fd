/// The variable values a `.tfvars` or `.tfvars.json` file sets, in source
/// order, each with the location of its name and value.
///
/// Names are unique: ``TFVarsReader`` rejects a file that sets a variable
/// twice. Whether each name is a variable the module declares, and whether
/// its value fits the declared type, is for the caller to check; the
/// reader knows nothing of the modules.
///
/// ```swift
/// let file = try TFVarsReader.parse(text, file: "prod.tfvars")
/// for attribute in file.attributes { print(attribute.name, attribute.value.value.kindDescription) }
/// ```
package struct TFVarsFile: Hashable, Sendable {
  /// The file name as the user gave it, for diagnostics.
  package var file: String
  /// The attributes, in the order of the file.
  package var attributes: [TFVarsAttribute]

  package init(file: String, attributes: [TFVarsAttribute]) {
    self.file = file
    self.attributes = attributes
  }

  /// The variable names, in the order of the file.
  package var names: [String] { attributes.map(\.name) }

  /// The attribute setting `name`, if the file sets it.
  ///
  /// - Complexity: O(*n*) in the number of attributes.
  package subscript(name: String) -> TFVarsAttribute? { attributes.first { $0.name == name } }

  /// All attributes as one canonical JSON object (see
  /// ``HCLValue/canonicalJSON``): two files have the same canonical form
  /// when they set the same variables to the same values, whatever their
  /// order, syntax (HCL or JSON), comments and layout.
  package var canonicalJSON: String {
    let members = attributes.map {
      HCLObjectMember(key: $0.name, keyLocation: $0.nameLocation, value: $0.value)
    }
    return HCLValue.object(members).canonicalJSON
  }
}
