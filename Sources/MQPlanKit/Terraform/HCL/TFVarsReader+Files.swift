import Foundation

extension TFVarsReader {
  /// Reads the tfvars file at `path`: as JSON when the name ends in
  /// `.json` (as Terraform decides for `-var-file`), as HCL otherwise.
  ///
  /// ```swift
  /// let current = try TFVarsReader.read(path: "envs/prod/sqs.tfvars")
  /// ```
  ///
  /// - Parameter path: The file, as the user named it; diagnostics quote it.
  /// - Returns: The attributes in source order.
  /// - Throws: ``InputError`` when the file cannot be read, is not UTF-8,
  ///   or holds anything ``parse(_:file:)`` or ``parseJSON(_:file:)`` rejects.
  package static func read(path: String) throws(InputError) -> TFVarsFile {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw InputError(
        Diagnostic(
          file: path, message: "cannot read the tfvars file: \(WorkloadReader.describe(error))",
          hint: "check the path and that the file is readable"))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw InputError(
        Diagnostic(file: path, message: "the file is not UTF-8 text", hint: "save the tfvars file as UTF-8"))
    }
    return path.hasSuffix(".json") ? try parseJSON(text, file: path) : try parse(text, file: path)
  }
}
