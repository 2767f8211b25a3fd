import MQPlanKit

/// What the command line asks for.
enum ParsedCommand: Equatable {
  /// Run the command at the end of `path` with these values.
  case run(path: [String], invocation: Invocation)
  /// Print help for the command at the end of `path` (exit 0).
  case help(path: [String])
  /// Print the version (exit 0).
  case version
}

/// Turns argv into a ``ParsedCommand`` by walking the command table.
///
/// Rules, after swift-argument-parser's:
/// - the first words that name subcommands select them, from the root down;
/// - `--name value`, `--name=value` and `-n value` give option values; flags
///   take none; `--` ends options;
/// - `-h` / `--help` anywhere asks for the help of the command selected so
///   far; `help [subcommand…]` does the same; `--version` works at the root;
/// - anything unknown, missing or repeated is a ``UsageError``, with a
///   "did you mean" where one is plausible.
struct ArgumentParser {
  let root: CommandSpec

  func parse(_ argv: [String]) -> Result<ParsedCommand, UsageError> {
    var command = root
    var path = [root.name]
    var index = 0

    // `help` as the first word, argument-parser style.
    if argv.first == "help" {
      var helpPath = [root.name]
      var current = root
      for word in argv.dropFirst() where word != "-h" && word != "--help" {
        guard let sub = current.subcommand(named: word) else {
          return .failure(unknownSubcommand(word, of: current, path: helpPath))
        }
        current = sub
        helpPath.append(word)
      }
      return .success(.help(path: helpPath))
    }

    // Select subcommands.
    while index < argv.count, !command.subcommands.isEmpty {
      let word = argv[index]
      if word == "-h" || word == "--help" { return .success(.help(path: path)) }
      if word == "--version" && path.count == 1 { return .success(.version) }
      if word.hasPrefix("-") { break }
      guard let sub = command.subcommand(named: word) else {
        return .failure(unknownSubcommand(word, of: command, path: path))
      }
      command = sub
      path.append(word)
      index += 1
    }

    var invocation = Invocation(commandPath: path)
    var positionals: [String] = []
    var optionsEnded = false
    while index < argv.count {
      let word = argv[index]
      index += 1
      if optionsEnded || word == "-" || !word.hasPrefix("-") {
        positionals.append(word)
        continue
      }
      if word == "--" {
        optionsEnded = true
        continue
      }
      if word == "-h" || word == "--help" { return .success(.help(path: path)) }
      if word == "--version" && path.count == 1 { return .success(.version) }

      // Split `--name=value`.
      var name: String
      var inlineValue: String?
      let spec: OptionSpec?
      if word.hasPrefix("--") {
        let body = word.dropFirst(2)
        if let equals = body.firstIndex(of: "=") {
          name = String(body[..<equals])
          inlineValue = String(body[body.index(after: equals)...])
        } else {
          name = String(body)
        }
        spec = command.options.first { $0.long == name }
        name = "--" + name
      } else {
        name = word
        let letter = word.dropFirst()
        spec =
          letter.count == 1 ? command.options.first { $0.short == letter.first } : nil
      }
      guard let spec else { return .failure(unknownOption(name, of: command, path: path)) }

      switch spec.kind {
      case .flag:
        if inlineValue != nil {
          return .failure(UsageError(message: "The flag '--\(spec.long)' takes no value.", commandPath: path))
        }
        invocation.flags.insert(spec.long)
      case .single, .repeating:
        let value: String
        if let inlineValue {
          value = inlineValue
        } else {
          guard index < argv.count, !isOptionLike(argv[index]) else {
            return .failure(
              UsageError(
                message: "Missing value for '--\(spec.long) <\(spec.valueName ?? "value")>'.",
                commandPath: path))
          }
          value = argv[index]
          index += 1
        }
        if case .single = spec.kind, invocation.options[spec.long] != nil {
          return .failure(
            UsageError(message: "The option '--\(spec.long)' was given more than once.", commandPath: path))
        }
        invocation.options[spec.long, default: []].append(value)
      }
    }

    // Bind positionals.
    let required = command.arguments.filter { !$0.isOptional }
    if positionals.count > command.arguments.count {
      let extra = positionals[command.arguments.count]
      if command.run == nil, !command.subcommands.isEmpty {
        return .failure(unknownSubcommand(extra, of: command, path: path))
      }
      return .failure(UsageError(message: "Unexpected argument '\(extra)'.", commandPath: path))
    }
    if positionals.count < required.count {
      let missing = command.arguments[positionals.count]
      return .failure(
        UsageError(message: "Missing expected argument '<\(missing.name)>'.", commandPath: path))
    }
    for (spec, value) in zip(command.arguments, positionals) {
      invocation.arguments[spec.name] = value
    }
    if command.run == nil { return .success(.help(path: path)) }
    return .success(.run(path: path, invocation: invocation))
  }

  /// The command at `path` (names from the root).
  func command(at path: [String]) -> CommandSpec {
    var command = root
    for name in path.dropFirst() {
      guard let sub = command.subcommand(named: name) else { preconditionFailure("No command \(path)") }
      command = sub
    }
    return command
  }

  private func isOptionLike(_ word: String) -> Bool {
    word.hasPrefix("-") && word != "-" && Double(word) == nil
  }

  private func unknownOption(_ name: String, of command: CommandSpec, path: [String]) -> UsageError {
    var names = command.options.map { "--" + $0.long } + ["--help"]
    if path.count == 1 { names.append("--version") }
    var message = "Unknown option '\(name)'."
    if let guess = Suggestions.closest(to: name, in: names) { message += " Did you mean '\(guess)'?" }
    return UsageError(message: message, commandPath: path)
  }

  private func unknownSubcommand(_ word: String, of command: CommandSpec, path: [String]) -> UsageError {
    var message = "Unknown subcommand '\(word)'."
    if let guess = Suggestions.closest(to: word, in: command.subcommands.map(\.name)) {
      message += " Did you mean '\(guess)'?"
    }
    return UsageError(message: message, commandPath: path)
  }
}
