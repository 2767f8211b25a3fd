import Testing

@testable import MQPlanKit

/// prefix, suffix, equals-ignore-case and their ignore-case forms, and
/// wildcard (reference §6.5; S22; S23).
@Suite("Event patterns: string operators")
struct EventPatternStringOperatorTests {
  static let prefixSuffixRows: [MatchCase] = [
    MatchCase("prefix, equal string", #"{"t":[{"prefix":"2017-10-02"}]}"#, #"{"t":"2017-10-02"}"#, true),
    MatchCase("prefix", #"{"t":[{"prefix":"2017-10-02"}]}"#, #"{"t":"2017-10-02T16:24:49Z"}"#, true),
    MatchCase("prefix, case-sensitive", #"{"r":[{"prefix":"US-"}]}"#, #"{"r":"us-east-1"}"#, false),
    MatchCase("prefix longer than value", #"{"r":[{"prefix":"us-east-1a"}]}"#, #"{"r":"us-east-1"}"#, false),
    MatchCase("empty prefix: any string", #"{"r":[{"prefix":""}]}"#, #"{"r":"anything"}"#, true),
    MatchCase("empty prefix: not a number", #"{"r":[{"prefix":""}]}"#, #"{"r":5}"#, false),
    MatchCase("prefix: strings only", #"{"n":[{"prefix":"12"}]}"#, #"{"n":123}"#, false),
    MatchCase("prefix: not null", #"{"n":[{"prefix":"nu"}]}"#, #"{"n":null}"#, false),
    MatchCase(
      "prefix in an array", #"{"r":[{"prefix":"arn:aws:s3"}]}"#, #"{"r":["arn:aws:ec2:x","arn:aws:s3:::b"]}"#,
      true),
    MatchCase("prefix, multi-byte", #"{"s":[{"prefix":"日本"}]}"#, #"{"s":"日本語"}"#, true),
    MatchCase("suffix", #"{"f":[{"suffix":".png"}]}"#, #"{"f":"photo.png"}"#, true),
    MatchCase("suffix, case-sensitive", #"{"f":[{"suffix":".png"}]}"#, #"{"f":"photo.PNG"}"#, false),
    MatchCase("suffix is the whole value", #"{"f":[{"suffix":"ec2"}]}"#, #"{"f":"ec2"}"#, true),
    MatchCase("suffix longer than value", #"{"f":[{"suffix":"aws.ec2"}]}"#, #"{"f":"ec2"}"#, false),
    MatchCase("empty suffix: any string", #"{"f":[{"suffix":""}]}"#, #"{"f":""}"#, true),
    MatchCase("suffix: strings only", #"{"n":[{"suffix":"3"}]}"#, #"{"n":123}"#, false),
    MatchCase("prefix or suffix", #"{"f":[{"prefix":"img"},{"suffix":".png"}]}"#, #"{"f":"doc.png"}"#, true),
  ]

  @Test("prefix and suffix", arguments: prefixSuffixRows)
  func prefixAndSuffix(_ row: MatchCase) throws { try check(row) }

  static let ignoreCaseRows: [MatchCase] = [
    MatchCase("equals-ignore-case", #"{"n":[{"equals-ignore-case":"alice"}]}"#, #"{"n":"AlIcE"}"#, true),
    MatchCase(
      "equals-ignore-case, different", #"{"n":[{"equals-ignore-case":"alice"}]}"#, #"{"n":"alicia"}"#, false),
    MatchCase("equals-ignore-case, empty", #"{"n":[{"equals-ignore-case":""}]}"#, #"{"n":""}"#, true),
    MatchCase(
      "equals-ignore-case, empty vs text", #"{"n":[{"equals-ignore-case":""}]}"#, #"{"n":"x"}"#, false),
    MatchCase(
      "equals-ignore-case, strings only", #"{"n":[{"equals-ignore-case":"true"}]}"#, #"{"n":true}"#, false),
    MatchCase(
      "equals-ignore-case, accented", #"{"n":[{"equals-ignore-case":"ÉCOLE"}]}"#, #"{"n":"école"}"#, true),
    MatchCase(
      "equals-ignore-case, Greek", #"{"n":[{"equals-ignore-case":"σοφία"}]}"#, #"{"n":"ΣΟΦΊΑ"}"#, true),
    MatchCase(
      "ß matches its upper case SS", #"{"n":[{"equals-ignore-case":"straße"}]}"#, #"{"n":"STRASSE"}"#, true),
    MatchCase("ß matches itself", #"{"n":[{"equals-ignore-case":"straße"}]}"#, #"{"n":"Straße"}"#, true),
    MatchCase(
      "pattern k does not allow the Kelvin sign", #"{"n":[{"equals-ignore-case":"k"}]}"#, #"{"n":"\u212a"}"#,
      false),
    MatchCase("digits have no case", #"{"n":[{"equals-ignore-case":"a1"}]}"#, #"{"n":"A1"}"#, true),
    MatchCase(
      "prefix ignore case", #"{"s":[{"prefix":{"equals-ignore-case":"EventB"}}]}"#, #"{"s":"eventbridge"}"#,
      true),
    MatchCase(
      "prefix ignore case, no", #"{"s":[{"prefix":{"equals-ignore-case":"EventB"}}]}"#, #"{"s":"event"}"#,
      false),
    MatchCase(
      "prefix ignore case, ß then more", #"{"s":[{"prefix":{"equals-ignore-case":"ßa"}}]}"#, #"{"s":"SSAB"}"#,
      true),
    MatchCase(
      "suffix ignore case", #"{"f":[{"suffix":{"equals-ignore-case":".PNG"}}]}"#, #"{"f":"a.png"}"#, true),
    MatchCase(
      "suffix ignore case, no", #"{"f":[{"suffix":{"equals-ignore-case":".PNG"}}]}"#, #"{"f":"a.pnx"}"#, false
    ),
    MatchCase(
      "suffix ignore case, ß", #"{"f":[{"suffix":{"equals-ignore-case":"aße"}}]}"#, #"{"f":"STRASSE"}"#, true),
    MatchCase(
      "suffix ignore case, numbers", #"{"f":[{"suffix":{"equals-ignore-case":"5"}}]}"#, #"{"f":5}"#, false),
  ]

  @Test("equals-ignore-case and the ignore-case prefix and suffix", arguments: ignoreCaseRows)
  func ignoreCase(_ row: MatchCase) throws { try check(row) }

  static let wildcardRows: [MatchCase] = [
    MatchCase(
      "star in the middle", #"{"s":[{"wildcard":"Simple*Service"}]}"#, #"{"s":"Simple Email Service"}"#, true),
    MatchCase("star alone", #"{"s":[{"wildcard":"*"}]}"#, #"{"s":""}"#, true),
    MatchCase("star alone, not a number", #"{"s":[{"wildcard":"*"}]}"#, #"{"s":1}"#, false),
    MatchCase("no star: exact", #"{"s":[{"wildcard":"abc"}]}"#, #"{"s":"abc"}"#, true),
    MatchCase("no star: longer value", #"{"s":[{"wildcard":"abc"}]}"#, #"{"s":"abcd"}"#, false),
    MatchCase("leading star", #"{"s":[{"wildcard":"*.png"}]}"#, #"{"s":"dir/a.png"}"#, true),
    MatchCase("leading star, no", #"{"s":[{"wildcard":"*.png"}]}"#, #"{"s":"dir/a.png.bak"}"#, false),
    MatchCase("trailing star", #"{"s":[{"wildcard":"arn:aws:*"}]}"#, #"{"s":"arn:aws:s3:::b"}"#, true),
    MatchCase(
      "several stars", #"{"a":[{"wildcard":"arn:aws:events:*:*:event-bus/*"}]}"#,
      #"{"a":"arn:aws:events:us-east-1:123456789012:event-bus/myEventBus"}"#, true),
    MatchCase(
      "repeating after a star", #"{"f":[{"wildcard":"/Users/*/dir/dir/dir/dir/dir/doc.txt"}]}"#,
      #"{"f":"/Users/ls_user/dir/dir/dir/dir/dir/doc.txt"}"#, true),
    MatchCase(
      "repeating after a star, one short", #"{"f":[{"wildcard":"/Users/*/dir/dir/dir/dir/dir/doc.txt"}]}"#,
      #"{"f":"/Users/ls_user/dir/dir/dir/dir/doc.txt"}"#, false),
    MatchCase("prefix and suffix must not overlap", #"{"s":[{"wildcard":"ab*ba"}]}"#, #"{"s":"aba"}"#, false),
    MatchCase("middle segment found leftmost", #"{"s":[{"wildcard":"*a*ab"}]}"#, #"{"s":"xaab"}"#, true),
    MatchCase("escaped star is literal", #"{"s":[{"wildcard":"a\\*b"}]}"#, #"{"s":"a*b"}"#, true),
    MatchCase("escaped star does not match a run", #"{"s":[{"wildcard":"a\\*b"}]}"#, #"{"s":"axb"}"#, false),
    MatchCase("escaped backslash", #"{"s":[{"wildcard":"a\\\\b"}]}"#, #"{"s":"a\\b"}"#, true),
    MatchCase("literal star then wildcard", #"{"s":[{"wildcard":"\\**"}]}"#, #"{"s":"*anything"}"#, true),
    MatchCase(
      "literal star then wildcard, no star", #"{"s":[{"wildcard":"\\**"}]}"#, #"{"s":"anything"}"#, false),
    MatchCase("wildcard then literal star", #"{"s":[{"wildcard":"*\\*"}]}"#, #"{"s":"abc*"}"#, true),
    MatchCase("wildcard, case-sensitive", #"{"s":[{"wildcard":"a*B"}]}"#, #"{"s":"axb"}"#, false),
    MatchCase("wildcard, multi-byte", #"{"s":[{"wildcard":"日*語"}]}"#, #"{"s":"日本語"}"#, true),
    MatchCase("wildcard in an array value", #"{"s":[{"wildcard":"*x*"}]}"#, #"{"s":["abc","axb"]}"#, true),
  ]

  @Test("wildcard", arguments: wildcardRows)
  func wildcard(_ row: MatchCase) throws { try check(row) }

  @Test("usesWildcard counts plain and anything-but wildcards (30-per-bus quota)")
  func usesWildcard() throws {
    #expect(try EventPattern.parse(#"{"a":[{"wildcard":"x*"}]}"#).usesWildcard)
    #expect(
      try EventPattern.parse(#"{"$or":[{"a":["x"]},{"b":{"c":[{"anything-but":{"wildcard":"*"}}]}}]}"#)
        .usesWildcard)
    #expect(try !EventPattern.parse(#"{"a":[{"prefix":"x*"}],"b":["*"]}"#).usesWildcard)
  }
}
