import Foundation
import TestSupport
import Testing

/// `mqplan pattern test` through the built binary: the verdict and its
/// reasons on stdout, exit 0 / 1 / 2 like grep, diagnostics on stderr, and
/// the examples of reference/sqs-eventbridge.md §6.6.
@Suite("pattern test")
struct PatternCommandTests {
  /// §6.6: Event `{"source":"aws.ec2","detail":{"state":"running","c-count":5,"ip":"10.0.0.33"}}`
  static let referenceEvent =
    #"{"source":"aws.ec2","detail":{"state":"running","c-count":5,"ip":"10.0.0.33"}}"#

  private func snapshot(_ text: String, _ name: String) {
    let file = Repository.root.appendingPathComponent("Tests/mqplanCLITests/Snapshots/\(name)")
    if let problem = Snapshot.compare(text, with: file) { Issue.record(Comment(rawValue: problem)) }
  }

  /// A fresh directory, removed by the caller's `defer`.
  private func temporaryDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mqplan-pattern-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  private func write(_ text: String, _ name: String, in directory: URL) throws -> String {
    let file = directory.appendingPathComponent(name)
    try text.write(to: file, atomically: true, encoding: .utf8)
    return file.path
  }

  @Test("A match with inline JSON: exit 0, `match` and the conditions that held")
  func matchInline() throws {
    let outcome = try BuiltBinary.run([
      "pattern", "test", #"{"source":["aws.ec2"],"detail":{"c-count":[{"numeric":[">",0,"<=",5]}]}}"#,
      #"  {"source":"aws.ec2","detail":{"state":"running","c-count":5}}"#,
    ])
    #expect(outcome.status == 0)
    #expect(outcome.stderr.isEmpty)
    #expect(
      outcome.stdout == """
        match
          source: "aws.ec2" held, found "aws.ec2"
          detail.c-count: {"numeric":[">",0,"<=",5]} held, found 5

        """)
  }

  @Test("No match with files: exit 1, each failed condition with what was expected and found")
  func noMatchFiles() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let pattern = try write(
      """
      {
        "source": ["aws.ec2"],
        "detail": {"state": ["stopped", "terminated"], "ip": [{"cidr": "10.0.0.0/24"}], "zone": ["a"]}
      }
      """, "pattern.json", in: directory)
    let event = try write(
      Self.referenceEvent.replacingOccurrences(of: "10.0.0.33", with: "10.0.1.7"), "event.json", in: directory
    )
    let outcome = try BuiltBinary.run(["pattern", "test", pattern, event])
    #expect(outcome.status == 1)
    #expect(outcome.stderr.isEmpty)
    #expect(
      outcome.stdout == """
        no match
          detail.state: expected ["stopped","terminated"], found "running"
          detail.ip: expected [{"cidr":"10.0.0.0/24"}], found "10.0.1.7"
          detail.zone: expected ["a"], found missing

        """)
  }

  @Test("An invalid pattern: exit 2, every diagnostic with file:line:column and path, stdout empty")
  func invalidPattern() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let pattern = try write(
      """
      {"detail": {
        "state": [{"prefx": "run"}],
        "count": []
      }}
      """, "bad.json", in: directory)
    let outcome = try BuiltBinary.run(["pattern", "test", pattern, Self.referenceEvent])
    #expect(outcome.status == 2)
    #expect(outcome.stdout.isEmpty)
    let lines = outcome.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 2, "\(outcome.stderr)")
    #expect(
      lines.first?.hasPrefix("\(pattern):2:14: error: detail.state[0].prefx: ") == true, "\(outcome.stderr)")
    #expect(lines.first?.contains(#"did you mean "prefix"?"#) == true, "\(outcome.stderr)")
    #expect(lines.last?.hasPrefix("\(pattern):3:12: error: detail.count: ") == true, "\(outcome.stderr)")

    let inline = try BuiltBinary.run(["pattern", "test", #"{"detail":{"n":[{"numeric":[">"]}]}}"#, "{}"])
    #expect(inline.status == 2)
    #expect(inline.stdout.isEmpty)
    #expect(
      inline.stderr.hasPrefix("(pattern):1:29: error: detail.n[0].numeric: Value of > must be numeric"),
      "\(inline.stderr)")
  }

  @Test("A malformed or non-object event: exit 2, where and what, stdout empty")
  func malformedEvent() throws {
    let outcome = try BuiltBinary.run(["pattern", "test", #"{"a":["x"]}"#, #"{"a": "x",}"#])
    #expect(outcome.status == 2)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.stderr.hasPrefix("(event):1:11: error: Event is not valid JSON: "), "\(outcome.stderr)")
    #expect(outcome.stderr.split(separator: "\n").count == 1)

    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let array = try write(#"[{"a": "x"}]"#, "array.json", in: directory)
    let notObject = try BuiltBinary.run(["pattern", "test", #"{"a":["x"]}"#, array])
    #expect(notObject.status == 2)
    #expect(notObject.stdout.isEmpty)
    #expect(notObject.stderr == "\(array):1:1: error: The event is an array; an event is a JSON object\n")
  }

  @Test("A missing file is named; problems in both inputs are all reported")
  func missingFile() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let missing = directory.appendingPathComponent("nope.json").path
    let outcome = try BuiltBinary.run(["pattern", "test", #"{"a":["x"]}"#, missing])
    #expect(outcome.status == 2)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.stderr == "\(missing): error: cannot read the event file: no such file\n")

    let both = try BuiltBinary.run(["pattern", "test", missing, #"{"a":"#])
    #expect(both.status == 2)
    let lines = both.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 2, "\(both.stderr)")
    #expect(lines.first == "\(missing): error: cannot read the pattern file: no such file")
    #expect(lines.last?.hasPrefix("(event):1:6: error: Event is not valid JSON: ") == true, "\(both.stderr)")

    let notInline = try BuiltBinary.run(["pattern", "test", #"["x"]"#, "{}"])
    #expect(notInline.status == 2)
    #expect(notInline.stderr.contains("(inline JSON must be an object, starting with '{')"))
  }

  @Test("--help: the snapshot, the same from `help pattern test`, and exit 0")
  func help() throws {
    let outcome = try BuiltBinary.run(["pattern", "test", "--help"])
    #expect(outcome.status == 0)
    #expect(outcome.stderr.isEmpty)
    snapshot(outcome.stdout, "help-pattern-test.txt")
    let viaHelp = try BuiltBinary.run(["help", "pattern", "test"])
    #expect(viaHelp.status == 0)
    #expect(viaHelp.stdout == outcome.stdout)
    // The group alone prints its help (snapshot help-pattern.txt, in
    // BinaryTests), pointing at the nested help command.
    let group = try BuiltBinary.run(["pattern"])
    #expect(group.status == 0)
    #expect(group.stdout.contains("See 'mqplan help pattern <subcommand>' for detailed help."))
  }

  @Test("A malformed command line exits 64")
  func usage() throws {
    let missing = try BuiltBinary.run(["pattern", "test", "{}"])
    #expect(missing.status == 64)
    #expect(missing.stderr.hasPrefix("Error: Missing expected argument '<event>'."))
    let format = try BuiltBinary.run(["pattern", "test", "{}", "{}", "--format", "yaml"])
    #expect(format.status == 64)
    #expect(format.stdout.isEmpty)
  }

  @Test("--format json: the verdict and both lists, versioned")
  func json() throws {
    let outcome = try BuiltBinary.run([
      "pattern", "test", "--format", "json",
      #"{"detail":{"state":["stopped"],"ip":[{"cidr":"10.0.0.0/24"}]}}"#,
      Self.referenceEvent,
    ])
    #expect(outcome.status == 1)
    #expect(
      outcome.stdout == """
        {
          "failed" : [
            {
              "expected" : "[\\"stopped\\"]",
              "found" : "\\"running\\"",
              "path" : "detail.state"
            }
          ],
          "kind" : "pattern-test",
          "match" : false,
          "matched" : [

          ],
          "schemaVersion" : 1,
          "usesWildcard" : false
        }

        """)
    let match = try BuiltBinary.run([
      "pattern", "test", #"{"source":[{"wildcard":"aws.*"}]}"#, Self.referenceEvent, "--format=json",
    ])
    #expect(match.status == 0)
    let decoded = try JSONSerialization.jsonObject(with: Data(match.stdout.utf8)) as? [String: Any]
    #expect(decoded?["match"] as? Bool == true)
    #expect(decoded?["usesWildcard"] as? Bool == true)
    #expect((decoded?["failed"] as? [Any])?.isEmpty == true)
    let matched = decoded?["matched"] as? [[String: String]]
    #expect(matched == [["path": "source", "expected": #"{"wildcard":"aws.*"}"#, "found": #""aws.ec2""#]])
  }

  @Test("A pattern over 2,048 characters: a warning on stderr, and still the verdict")
  func sizeQuota() throws {
    let values = (0..<300).map { "\"state-\($0)\"" }.joined(separator: ",")
    let long = #"{"detail":{"state":["running","# + values + "]}}"
    #expect(long.count > 2_048)
    let outcome = try BuiltBinary.run(["pattern", "test", long, Self.referenceEvent])
    #expect(outcome.status == 0)
    #expect(outcome.stdout.hasPrefix("match\n"))
    let count = "\(long.count / 1_000),\(String(format: "%03d", long.count % 1_000))"
    #expect(
      outcome.stderr == "(pattern): warning: the pattern is \(count) characters; EventBridge refuses event "
        + "patterns longer than 2,048 (S16a) (whitespace counts: a compact form may fit)\n")
    // At the quota exactly: no warning.
    let padding = String(repeating: " ", count: 2_048 - #"{"source":["aws.ec2"]}"#.count)
    let exact = #"{"source":"# + padding + #"["aws.ec2"]}"#
    #expect(exact.count == 2_048)
    let atQuota = try BuiltBinary.run(["pattern", "test", exact, Self.referenceEvent])
    #expect(atQuota.status == 0)
    #expect(atQuota.stderr.isEmpty)
  }

  @Test("A wildcard is mentioned with its quota; long conditions are cut to 100 columns")
  func wildcardAndWidth() throws {
    let values = (0..<40).map { "\"value-\($0)\"" }.joined(separator: ",")
    let pattern = #"{"source":[{"wildcard":"aws.*"}],"detail":{"state":["# + values + "]}}"
    let outcome = try BuiltBinary.run(["pattern", "test", pattern, Self.referenceEvent])
    #expect(outcome.status == 1, "\(outcome.stderr)")
    let lines = outcome.stdout.split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { $0.count <= 100 }, "\(lines.map(\.count))")
    #expect(lines.first == "no match")
    #expect(lines.dropFirst().first == "  detail.state:")
    #expect(lines.dropFirst(2).first?.hasPrefix(#"    expected: ["value-0","value-1","#) == true)
    #expect(lines.dropFirst(2).first?.hasSuffix("…") == true)
    #expect(lines.dropFirst(3).first == #"    found: "running""#)
    #expect(
      lines.last == "note: the pattern uses a wildcard; an event bus allows 30 rules with wildcards (S16a)")
  }

  /// reference/sqs-eventbridge.md §6.6, each example with its stated
  /// verdict, against the reference event.
  static let referenceExamples: [(pattern: String, matches: Bool)] = [
    // `{"detail":{"state":["initializing","running"]}}` → match (OR in array).
    (#"{"detail":{"state":["initializing","running"]}}"#, true),
    // `{"detail":{"state":[{"anything-but":["stopped","overloaded"]}]}}` → match.
    (#"{"detail":{"state":[{"anything-but":["stopped","overloaded"]}]}}"#, true),
    // `{"detail":{"c-count":[{"numeric":[">",0,"<=",5]}]}}` → match;
    (#"{"detail":{"c-count":[{"numeric":[">",0,"<=",5]}]}}"#, true),
    // `[5.0]` (exact) → **no match** (string form differs).
    (#"{"detail":{"c-count":[5.0]}}"#, false),
    // `{"detail":{"missing":[{"exists":false}]}}` → match;
    (#"{"detail":{"missing":[{"exists":false}]}}"#, true),
    // `{"detail":{"state":[{"exists":false}]}}` → no match.
    (#"{"detail":{"state":[{"exists":false}]}}"#, false),
    // `{"source":[{"wildcard":"aws.*"}],"$or":[{"detail":{"ip":[{"cidr":"10.0.0.0/24"}]}},
    //  {"detail":{"state":["stopped"]}}]}` → match.
    (
      #"{"source":[{"wildcard":"aws.*"}],"$or":[{"detail":{"ip":[{"cidr":"10.0.0.0/24"}]}},{"detail":{"state":["stopped"]}}]}"#,
      true
    ),
  ]

  @Test("The reference's §6.6 examples through the binary", arguments: 0..<referenceExamples.count)
  func referenceExample(_ index: Int) throws {
    let example = Self.referenceExamples[index]
    let outcome = try BuiltBinary.run(["pattern", "test", example.pattern, Self.referenceEvent])
    #expect(outcome.status == (example.matches ? 0 : 1), "\(example.pattern): \(outcome.stdout)")
    #expect(outcome.stdout.hasPrefix(example.matches ? "match\n" : "no match\n"))
    #expect(outcome.stderr.isEmpty)
  }

  @Test("The §6.6 reasons, word for word")
  func referenceReasons() throws {
    let exact = try BuiltBinary.run([
      "pattern", "test", #"{"detail":{"c-count":[5.0]}}"#, Self.referenceEvent,
    ])
    #expect(exact.stdout == "no match\n  detail.c-count: expected [5.0], found 5\n")
    let or = try BuiltBinary.run(["pattern", "test", Self.referenceExamples[6].pattern, Self.referenceEvent])
    #expect(
      or.stdout == """
        match
          source: {"wildcard":"aws.*"} held, found "aws.ec2"
          detail.ip: {"cidr":"10.0.0.0/24"} held, found "10.0.0.33" ($or alternative 1 of 2)
        note: the pattern uses a wildcard; an event bus allows 30 rules with wildcards (S16a)

        """)
    let present = try BuiltBinary.run([
      "pattern", "test", #"{"detail":{"state":[{"exists":false}]}}"#, Self.referenceEvent,
    ])
    #expect(
      present.stdout == "no match\n" + #"  detail.state: expected [{"exists":false}], found "running""# + "\n"
    )
  }
}
