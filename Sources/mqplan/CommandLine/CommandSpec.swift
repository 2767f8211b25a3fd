/// One command of the command tree: its help text, what it accepts, and what
/// it does. The whole CLI is a table of these (see `Commands/`).
struct CommandSpec: Sendable {
  /// The word that selects it (`simulate`); the root's is the tool's name.
  var name: String
  /// One line, shown in OVERVIEW and in the parent's SUBCOMMANDS list.
  var abstract: String
  /// Further paragraphs for OVERVIEW.
  var discussion: String = ""
  /// Positional arguments, in order.
  var arguments: [ArgumentSpec] = []
  /// Options and flags.
  var options: [OptionSpec] = []
  /// Nested commands.
  var subcommands: [CommandSpec] = []
  /// What the command does; `nil` for a command that only groups others.
  var run: (@Sendable (Invocation, inout Console) throws -> ExitCode)?

  /// The subcommand called `name`, if any.
  func subcommand(named name: String) -> CommandSpec? {
    subcommands.first { $0.name == name }
  }
}

/// A positional argument.
struct ArgumentSpec: Sendable {
  /// Shown as `<name>` in usage and help.
  var name: String
  var help: String
  var isOptional: Bool = false
}

/// A named option (`--seed 7`, `--set a=b`) or flag (`--quiet`).
struct OptionSpec: Sendable {
  enum Kind: Sendable, Equatable {
    /// Present or absent.
    case flag
    /// Takes one value; given at most once.
    case single(valueName: String)
    /// Takes one value each time; may repeat.
    case repeating(valueName: String)
  }

  /// Long name without dashes: `seed` for `--seed`.
  var long: String
  /// Optional one-letter short name: `s` for `-s`.
  var short: Character?
  var kind: Kind
  var help: String

  var takesValue: Bool { kind != .flag }

  var valueName: String? {
    switch kind {
    case .flag: return nil
    case .single(let name), .repeating(let name): return name
    }
  }
}

/// What the parser found: the values of one command's arguments and options.
struct Invocation: Sendable, Equatable {
  /// Command names from the root, e.g. `["mqplan", "simulate"]`.
  var commandPath: [String]
  /// Positional values by argument name.
  var arguments: [String: String] = [:]
  /// Option values by long name, in the order given.
  var options: [String: [String]] = [:]
  /// Flags that were given.
  var flags: Set<String> = []

  func argument(_ name: String) -> String? { arguments[name] }
  /// The last value given for a single-valued option.
  func value(_ long: String) -> String? { options[long]?.last }
  func values(_ long: String) -> [String] { options[long] ?? [] }
  func flag(_ long: String) -> Bool { flags.contains(long) }
}
