/// Renders help and usage text in swift-argument-parser's layout: OVERVIEW,
/// USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS, wrapped at a fixed width so the
/// output never depends on the terminal (the help texts are snapshot-tested).
struct HelpFormatter {
  static let width = 80
  static let labelColumn = 26

  let parser: ArgumentParser

  /// `mqplan simulate <workload> [--seed <n>] …`
  func usage(for path: [String]) -> String {
    let command = parser.command(at: path)
    var parts = [path.joined(separator: " ")]
    if !command.subcommands.isEmpty && command.run == nil {
      parts.append("<subcommand>")
      return parts.joined(separator: " ")
    }
    for argument in command.arguments {
      parts.append(argument.isOptional ? "[<\(argument.name)>]" : "<\(argument.name)>")
    }
    for option in command.options {
      var text = "--\(option.long)"
      if let valueName = option.valueName { text += " <\(valueName)>" }
      switch option.kind {
      case .repeating: parts.append("[\(text) ...]")
      default: parts.append("[\(text)]")
      }
    }
    return wrap(parts.joined(separator: " "), indent: 7, firstIndent: 0)
  }

  /// The full help of the command at `path`.
  func help(for path: [String]) -> String {
    let command = parser.command(at: path)
    var out: [String] = []
    let overview = [command.abstract, command.discussion].filter { !$0.isEmpty }
    out.append(wrap("OVERVIEW: " + overview[0], indent: 0, firstIndent: 0))
    for paragraph in overview.dropFirst() {
      out.append("")
      for line in paragraph.split(separator: "\n", omittingEmptySubsequences: false) {
        out.append(line.isEmpty ? "" : wrap(String(line), indent: 0, firstIndent: 0))
      }
    }
    out.append("")
    out.append("USAGE: " + usage(for: path))

    if !command.arguments.isEmpty {
      out.append("")
      out.append("ARGUMENTS:")
      for argument in command.arguments {
        out.append(entry(label: "<\(argument.name)>", help: argument.help))
      }
    }

    out.append("")
    out.append("OPTIONS:")
    for option in command.options {
      var label = option.short.map { "-\($0), " } ?? ""
      label += "--\(option.long)"
      if let valueName = option.valueName { label += " <\(valueName)>" }
      out.append(entry(label: label, help: option.help))
    }
    if path.count == 1 { out.append(entry(label: "--version", help: "Show the version.")) }
    out.append(entry(label: "-h, --help", help: "Show help information."))

    if !command.subcommands.isEmpty {
      out.append("")
      out.append("SUBCOMMANDS:")
      for sub in command.subcommands { out.append(entry(label: sub.name, help: sub.abstract)) }
      if path.count == 1 {
        out.append(entry(label: "help", help: "Show subcommand help information."))
      }
      out.append("")
      // From the root: `mqplan help <subcommand>`; below it, the path too.
      let helpPath = ([path[0], "help"] + path.dropFirst() + ["<subcommand>"]).joined(separator: " ")
      out.append("  See '\(helpPath)' for detailed help.")
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The text printed for a usage error.
  func usageError(_ error: UsageError) -> String {
    """
    Error: \(error.message)
    Usage: \(usage(for: error.commandPath))
      See '\(error.commandPath.joined(separator: " ")) --help' for more information.

    """
  }

  private func entry(label: String, help: String) -> String {
    let indented = "  " + label
    if indented.count + 2 <= Self.labelColumn {
      let padded = indented + String(repeating: " ", count: Self.labelColumn - indented.count)
      return padded + wrap(help, indent: Self.labelColumn, firstIndent: Self.labelColumn)
    }
    return indented + "\n" + String(repeating: " ", count: Self.labelColumn)
      + wrap(help, indent: Self.labelColumn, firstIndent: Self.labelColumn)
  }

  /// Greedy word wrap. `firstIndent` is the column the first line starts at
  /// (its indentation is the caller's); later lines get `indent` spaces.
  private func wrap(_ text: String, indent: Int, firstIndent: Int) -> String {
    var lines: [String] = []
    var line = ""
    var column = firstIndent
    for word in text.split(separator: " ") {
      if !line.isEmpty && column + 1 + word.count > Self.width {
        lines.append(line)
        line = String(repeating: " ", count: indent) + word
        column = indent + word.count
      } else {
        if line.isEmpty || line.allSatisfy({ $0 == " " }) {
          line += word
          column += word.count
        } else {
          line += " " + word
          column += 1 + word.count
        }
      }
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }
}
