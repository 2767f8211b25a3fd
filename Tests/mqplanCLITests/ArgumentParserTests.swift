import Testing

@testable import mqplan

/// The table-driven parser on a synthetic command table, so that every rule
/// is tested whatever subcommands the tool has today.
@Suite("Argument parser")
struct ArgumentParserTests {
  static let table = CommandSpec(
    name: "tool", abstract: "A test tool.",
    subcommands: [
      CommandSpec(
        name: "simulate", abstract: "Simulate.",
        arguments: [ArgumentSpec(name: "workload", help: "The workload.")],
        options: [
          OptionSpec(long: "seed", short: "s", kind: .single(valueName: "n"), help: "Seed."),
          OptionSpec(long: "set", kind: .repeating(valueName: "name=value"), help: "Override."),
          OptionSpec(long: "quiet", short: "q", kind: .flag, help: "Quiet."),
        ],
        run: { _, _ in .success }),
      CommandSpec(
        name: "init", abstract: "Init.",
        arguments: [ArgumentSpec(name: "file", help: "Where.", isOptional: true)],
        run: { _, _ in .success }),
    ])
  let parser = ArgumentParser(root: table)

  private func invocation(_ argv: [String]) throws -> Invocation {
    guard case .success(.run(_, let invocation)) = parser.parse(argv) else {
      throw ParseFailure(argv: argv)
    }
    return invocation
  }

  struct ParseFailure: Error { var argv: [String] }

  private func error(_ argv: [String]) -> UsageError? {
    if case .failure(let error) = parser.parse(argv) { return error }
    return nil
  }

  @Test("Options in every spelling, repeats, flags and positionals")
  func spellings() throws {
    let parsed = try invocation(["simulate", "w.json", "--seed", "7", "--set", "a=1", "--set=b=2", "-q"])
    #expect(parsed.commandPath == ["tool", "simulate"])
    #expect(parsed.argument("workload") == "w.json")
    #expect(parsed.value("seed") == "7")
    #expect(parsed.values("set") == ["a=1", "b=2"])
    #expect(parsed.flag("quiet"))
    let short = try invocation(["simulate", "-s", "9", "w.json"])
    #expect(short.value("seed") == "9")
    #expect(short.argument("workload") == "w.json")
    let dashed = try invocation(["simulate", "--", "--odd-name.json"])
    #expect(dashed.argument("workload") == "--odd-name.json")
    let negative = try invocation(["simulate", "w", "--seed", "-3"])
    #expect(negative.value("seed") == "-3", "a negative number is a value, not an option")
    let optional = try invocation(["init"])
    #expect(optional.argument("file") == nil)
  }

  @Test("Help and version are clean exits wherever they appear")
  func helpAndVersion() {
    #expect(parser.parse(["--help"]) == .success(.help(path: ["tool"])))
    #expect(parser.parse(["-h"]) == .success(.help(path: ["tool"])))
    #expect(parser.parse([]) == .success(.help(path: ["tool"])))
    #expect(parser.parse(["simulate", "--help"]) == .success(.help(path: ["tool", "simulate"])))
    #expect(
      parser.parse(["simulate", "w", "--seed", "1", "-h"]) == .success(.help(path: ["tool", "simulate"])))
    #expect(parser.parse(["help", "simulate"]) == .success(.help(path: ["tool", "simulate"])))
    #expect(parser.parse(["help"]) == .success(.help(path: ["tool"])))
    #expect(parser.parse(["--version"]) == .success(.version))
  }

  @Test(
    "Usage errors name the problem and suggest the fix",
    arguments: [
      (["simulte"], "Unknown subcommand 'simulte'. Did you mean 'simulate'?"),
      (["simulate"], "Missing expected argument '<workload>'."),
      (["simulate", "w", "--sed", "1"], "Unknown option '--sed'. Did you mean '--seed'?"),
      (["simulate", "w", "--seed"], "Missing value for '--seed <n>'."),
      (["simulate", "w", "--seed", "1", "--seed", "2"], "The option '--seed' was given more than once."),
      (["simulate", "w", "--quiet=yes"], "The flag '--quiet' takes no value."),
      (["simulate", "w", "extra"], "Unexpected argument 'extra'."),
      (["simulate", "w", "-x"], "Unknown option '-x'."),
      (["help", "nope"], "Unknown subcommand 'nope'."),
      (["simulate", "w", "--version"], "Unknown option '--version'."),
    ])
  func usageErrors(argv: [String], message: String) {
    #expect(error(argv)?.message == message)
  }

  @Test("Help text has the argument-parser sections")
  func helpSections() {
    let formatter = HelpFormatter(parser: parser)
    let root = formatter.help(for: ["tool"])
    #expect(root.hasPrefix("OVERVIEW: A test tool.\n\nUSAGE: tool <subcommand>\n"))
    #expect(root.contains("\nOPTIONS:\n"))
    #expect(root.contains("\nSUBCOMMANDS:\n  simulate                Simulate.\n"))
    let sub = formatter.help(for: ["tool", "simulate"])
    #expect(sub.contains("USAGE: tool simulate <workload> [--seed <n>] [--set <name=value> ...] [--quiet]"))
    #expect(sub.contains("ARGUMENTS:\n  <workload>              The workload.\n"))
    #expect(sub.contains("  -s, --seed <n>          Seed.\n"))
    #expect(!sub.contains("--version"), "only the root takes --version")
    for line in (root + sub).split(separator: "\n") { #expect(line.count <= 80, "line too wide: \(line)") }
  }

  @Test("A usage error prints the message, the usage line and where to look")
  func usageErrorText() {
    let formatter = HelpFormatter(parser: parser)
    let text = formatter.usageError(UsageError(message: "Nope.", commandPath: ["tool", "init"]))
    #expect(
      text == "Error: Nope.\nUsage: tool init [<file>]\n  See 'tool init --help' for more information.\n")
  }
}
