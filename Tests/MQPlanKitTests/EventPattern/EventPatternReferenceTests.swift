import Testing

@testable import MQPlanKit

/// Every example of reference/sqs-eventbridge.md §6 ("EventBridge
/// event-pattern matching: precise summary"), each quoted above its test.
@Suite("Event patterns: the reference's examples (§6)")
struct EventPatternReferenceTests {
  /// §6.6: Event `{"source":"aws.ec2","detail":{"state":"running","c-count":5,"ip":"10.0.0.33"}}`
  static let event = #"{"source":"aws.ec2","detail":{"state":"running","c-count":5,"ip":"10.0.0.33"}}"#

  static let examplesRows: [MatchCase] = [
    // §6.6: `{"detail":{"state":["initializing","running"]}}` → match (OR in array).
    MatchCase("§6.6 OR in array", #"{"detail":{"state":["initializing","running"]}}"#, event, true),
    // §6.6: `{"detail":{"state":[{"anything-but":["stopped","overloaded"]}]}}` → match.
    MatchCase(
      "§6.6 anything-but list", #"{"detail":{"state":[{"anything-but":["stopped","overloaded"]}]}}"#, event,
      true),
    // §6.6: `{"detail":{"c-count":[{"numeric":[">",0,"<=",5]}]}}` → match;
    MatchCase("§6.6 numeric range", #"{"detail":{"c-count":[{"numeric":[">",0,"<=",5]}]}}"#, event, true),
    // §6.6: `[5.0]` (exact) → **no match** (string form differs).
    MatchCase("§6.6 5.0 is not 5", #"{"detail":{"c-count":[5.0]}}"#, event, false),
    // §6.6: `{"detail":{"missing":[{"exists":false}]}}` → match;
    MatchCase("§6.6 exists false, missing", #"{"detail":{"missing":[{"exists":false}]}}"#, event, true),
    // §6.6: `{"detail":{"state":[{"exists":false}]}}` → no match.
    MatchCase("§6.6 exists false, present", #"{"detail":{"state":[{"exists":false}]}}"#, event, false),
    // §6.6: `{"source":[{"wildcard":"aws.*"}],"$or":[{"detail":{"ip":[{"cidr":"10.0.0.0/24"}]}},
    //        {"detail":{"state":["stopped"]}}]}` → match.
    MatchCase(
      "§6.6 wildcard and $or with cidr",
      #"{"source":[{"wildcard":"aws.*"}],"$or":[{"detail":{"ip":[{"cidr":"10.0.0.0/24"}]}},{"detail":{"state":["stopped"]}}]}"#,
      event, true),
  ]

  @Test("§6.6 examples against the reference event", arguments: examplesRows)
  func examples(_ row: MatchCase) throws { try check(row) }

  /// §6.5, the operator table's syntax column, each against an event it
  /// matches and one it does not.
  static let operatorTableRows: [MatchCase] = [
    // | prefix | `[{"prefix":"us-"}]` | string starts with (strings only) |
    MatchCase("prefix", #"{"r":[{"prefix":"us-"}]}"#, #"{"r":"us-east-1"}"#, true),
    MatchCase("prefix, other", #"{"r":[{"prefix":"us-"}]}"#, #"{"r":"eu-west-1"}"#, false),
    // | prefix, ignore case | `[{"prefix":{"equals-ignore-case":"eventb"}}]` | case-insensitive starts with |
    MatchCase(
      "prefix ignore case", #"{"s":[{"prefix":{"equals-ignore-case":"eventb"}}]}"#, #"{"s":"EventBridge"}"#,
      true),
    MatchCase(
      "prefix ignore case, other", #"{"s":[{"prefix":{"equals-ignore-case":"eventb"}}]}"#, #"{"s":"SQS"}"#,
      false),
    // | suffix | `[{"suffix":".png"}]` | string ends with |
    MatchCase("suffix", #"{"f":[{"suffix":".png"}]}"#, #"{"f":"cat.png"}"#, true),
    MatchCase("suffix, other", #"{"f":[{"suffix":".png"}]}"#, #"{"f":"cat.PNG"}"#, false),
    // | suffix, ignore case | `[{"suffix":{"equals-ignore-case":".png"}}]` | case-insensitive ends with |
    MatchCase(
      "suffix ignore case", #"{"f":[{"suffix":{"equals-ignore-case":".png"}}]}"#, #"{"f":"cat.PNG"}"#, true),
    // | equals-ignore-case | `[{"equals-ignore-case":"alice"}]` | case-insensitive equality |
    MatchCase("equals-ignore-case", #"{"n":[{"equals-ignore-case":"alice"}]}"#, #"{"n":"ALICE"}"#, true),
    MatchCase(
      "equals-ignore-case, longer", #"{"n":[{"equals-ignore-case":"alice"}]}"#, #"{"n":"Alice2"}"#, false),
    // | wildcard | `[{"wildcard":"Simple*Service"}]` | `*` = any run of characters |
    MatchCase(
      "wildcard", #"{"s":[{"wildcard":"Simple*Service"}]}"#, #"{"s":"Simple Notification Service"}"#, true),
    MatchCase(
      "wildcard, empty run", #"{"s":[{"wildcard":"Simple*Service"}]}"#, #"{"s":"SimpleService"}"#, true),
    MatchCase("wildcard, other", #"{"s":[{"wildcard":"Simple*Service"}]}"#, #"{"s":"Simple Queue"}"#, false),
    // | anything-but | `[{"anything-but":"initializing"}]`, `[{"anything-but":[100,200]}]` | anything except |
    MatchCase("anything-but string", #"{"s":[{"anything-but":"initializing"}]}"#, #"{"s":"running"}"#, true),
    MatchCase(
      "anything-but string, excluded", #"{"s":[{"anything-but":"initializing"}]}"#, #"{"s":"initializing"}"#,
      false),
    MatchCase("anything-but numbers", #"{"x":[{"anything-but":[100,200]}]}"#, #"{"x":150}"#, true),
    MatchCase("anything-but numbers, excluded", #"{"x":[{"anything-but":[100,200]}]}"#, #"{"x":200}"#, false),
    // | anything-but + prefix / suffix / equals-ignore-case / wildcard |
    //   `[{"anything-but":{"prefix":"init"}}]`, `{"suffix":[...]}`, `{"equals-ignore-case":[...]}`,
    //   `{"wildcard":"*/lib/*"}` | negation of the inner match; lists are allowed (S23) |
    MatchCase(
      "anything-but prefix", #"{"s":[{"anything-but":{"prefix":"init"}}]}"#, #"{"s":"running"}"#, true),
    MatchCase(
      "anything-but prefix, excluded", #"{"s":[{"anything-but":{"prefix":"init"}}]}"#, #"{"s":"initial"}"#,
      false),
    MatchCase(
      "anything-but suffix list", #"{"f":[{"anything-but":{"suffix":[".png",".jpg"]}}]}"#, #"{"f":"a.jpg"}"#,
      false),
    MatchCase(
      "anything-but equals-ignore-case list",
      #"{"s":[{"anything-but":{"equals-ignore-case":["Stopped","Overloaded"]}}]}"#, #"{"s":"STOPPED"}"#, false
    ),
    MatchCase(
      "anything-but wildcard", #"{"p":[{"anything-but":{"wildcard":"*/lib/*"}}]}"#, #"{"p":"/usr/lib/x"}"#,
      false),
    MatchCase(
      "anything-but wildcard, passes", #"{"p":[{"anything-but":{"wildcard":"*/lib/*"}}]}"#,
      #"{"p":"/usr/bin/x"}"#, true),
    // | numeric | `[{"numeric":[">",0,"<=",5]}]`, `[{"numeric":["=",301.8]}]` | JSON numbers only |
    MatchCase("numeric =", #"{"x":[{"numeric":["=",301.8]}]}"#, #"{"x":3.018e2}"#, true),
    MatchCase("numeric, string value", #"{"x":[{"numeric":[">",0,"<=",5]}]}"#, #"{"x":"3"}"#, false),
    // | cidr | `[{"cidr":"10.0.0.0/24"}]` | IP in CIDR, IPv4 and IPv6 |
    MatchCase("cidr", #"{"ip":[{"cidr":"10.0.0.0/24"}]}"#, #"{"ip":"10.0.0.255"}"#, true),
    MatchCase("cidr, outside", #"{"ip":[{"cidr":"10.0.0.0/24"}]}"#, #"{"ip":"10.0.1.0"}"#, false),
    // | exists | `[{"exists":true}]` / `false` | presence of the field. **Leaf nodes only**:
    //   `exists:false` also matches when the name is an object, not a leaf (S33b, S23) |
    MatchCase("exists true", #"{"k":[{"exists":true}]}"#, #"{"k":"v"}"#, true),
    MatchCase("exists false on an object", #"{"k":[{"exists":false}]}"#, #"{"k":{"c1":100}}"#, true),
    // | `$or` | `"$or":[{"a":["x"]},{"b":["y"]}]` | OR across sub-patterns |
    MatchCase("$or first", #"{"$or":[{"a":["x"]},{"b":["y"]}]}"#, #"{"a":"x"}"#, true),
    MatchCase("$or second", #"{"$or":[{"a":["x"]},{"b":["y"]}]}"#, #"{"b":"y","a":"z"}"#, true),
    MatchCase("$or neither", #"{"$or":[{"a":["x"]},{"b":["y"]}]}"#, #"{"a":"y","b":"x"}"#, false),
  ]

  @Test("§6.5 operator table syntax", arguments: operatorTableRows)
  func operatorTable(_ row: MatchCase) throws { try check(row) }

  /// §6.1–§6.4, the rules stated in words.
  static let rulesRows: [MatchCase] = [
    // §6.1: "Only the fields named in the pattern are checked; all other fields are ignored"
    MatchCase("§6.1 other fields ignored", #"{"a":["1"]}"#, #"{"a":"1","b":"2","c":{"d":3}}"#, true),
    // §6.1: "*Every* named field must be present and match (AND across fields)."
    MatchCase("§6.1 AND: one field missing", #"{"a":["1"],"b":["2"]}"#, #"{"a":"1"}"#, false),
    MatchCase("§6.1 AND: one field differs", #"{"a":["1"],"b":["2"]}"#, #"{"a":"1","b":"3"}"#, false),
    // §6.2: "The field matches if the event value equals **any** of them."
    MatchCase("§6.2 any value", #"{"a":["1","2","3"]}"#, #"{"a":"3"}"#, true),
    // §6.3: "If the event value is itself an array, the field matches when the event array and the
    //        pattern array intersect (non-empty)."
    MatchCase("§6.3 intersection", #"{"r":["x","y"]}"#, #"{"r":["q","y"]}"#, true),
    MatchCase("§6.3 disjoint", #"{"r":["x","y"]}"#, #"{"r":["q","z"]}"#, false),
    // §6.3: "Arrays of objects are "crushed". The JSON-event matcher does not match fields taken from
    //        *different elements* of the same array"
    MatchCase(
      "§6.3 crushed", #"{"employees":{"firstName":["Anna"]}}"#,
      #"{"employees":[{"firstName":"John","lastName":"Doe"},{"firstName":"Anna","lastName":"Smith"}]}"#, true),
    MatchCase(
      "§6.3 different elements", #"{"employees":{"firstName":["Anna"],"lastName":["Doe"]}}"#,
      #"{"employees":[{"firstName":"John","lastName":"Doe"},{"firstName":"Anna","lastName":"Smith"}]}"#, false
    ),
    // §6.4: "Strings compare character by character, case-sensitive, with no normalisation."
    MatchCase("§6.4 case-sensitive", #"{"a":["Running"]}"#, #"{"a":"running"}"#, false),
    MatchCase("§6.4 no normalisation", #"{"a":["é"]}"#, #"{"a":"e\u0301"}"#, false),
    // §6.4: "Numbers in exact match use their **string form** (`300`, `300.0`, `3.0e2` are *not* equal)."
    MatchCase("§6.4 300 = 300", #"{"n":[300]}"#, #"{"n":300}"#, true),
    MatchCase("§6.4 300 ≠ 300.0", #"{"n":[300]}"#, #"{"n":300.0}"#, false),
    MatchCase("§6.4 300 ≠ 3.0e2", #"{"n":[300]}"#, #"{"n":3.0e2}"#, false),
    MatchCase("§6.4 3.0e2 = 3.0e2", #"{"n":[3.0e2]}"#, #"{"n":3.0e2}"#, true),
    // §6.4: "`null` matches JSON null; `""` matches the empty string."
    MatchCase("§6.4 null", #"{"n":[null]}"#, #"{"n":null}"#, true),
    MatchCase("§6.4 empty string", #"{"s":[""]}"#, #"{"s":""}"#, true),
  ]

  @Test("§6.1–§6.4 rules", arguments: rulesRows)
  func rules(_ row: MatchCase) throws { try check(row) }
}
