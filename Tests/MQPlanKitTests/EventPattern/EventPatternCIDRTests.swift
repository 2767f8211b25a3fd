import Testing

@testable import MQPlanKit

/// cidr with IPv4 and IPv6, and the address parser behind it (reference
/// §6.5; S23 `CIDR.java`).
@Suite("Event patterns: cidr")
struct EventPatternCIDRTests {
  static let rows: [MatchCase] = [
    MatchCase("IPv4 inside", #"{"ip":[{"cidr":"10.0.0.0/24"}]}"#, #"{"ip":"10.0.0.33"}"#, true),
    MatchCase("IPv4 first address", #"{"ip":[{"cidr":"10.0.0.0/24"}]}"#, #"{"ip":"10.0.0.0"}"#, true),
    MatchCase("IPv4 last address", #"{"ip":[{"cidr":"10.0.0.0/24"}]}"#, #"{"ip":"10.0.0.255"}"#, true),
    MatchCase("IPv4 just outside", #"{"ip":[{"cidr":"10.0.0.0/24"}]}"#, #"{"ip":"10.0.1.0"}"#, false),
    MatchCase("IPv4 /8", #"{"ip":[{"cidr":"10.0.0.0/8"}]}"#, #"{"ip":"10.255.3.4"}"#, true),
    MatchCase(
      "IPv4 /0 matches every IPv4", #"{"ip":[{"cidr":"0.0.0.0/0"}]}"#, #"{"ip":"203.0.113.9"}"#, true),
    MatchCase("IPv4 /31", #"{"ip":[{"cidr":"192.0.2.4/31"}]}"#, #"{"ip":"192.0.2.5"}"#, true),
    MatchCase("IPv4 /31, outside", #"{"ip":[{"cidr":"192.0.2.4/31"}]}"#, #"{"ip":"192.0.2.6"}"#, false),
    MatchCase("host bits move the start", #"{"ip":[{"cidr":"10.0.0.5/24"}]}"#, #"{"ip":"10.0.0.4"}"#, false),
    MatchCase("host bits keep the end", #"{"ip":[{"cidr":"10.0.0.5/24"}]}"#, #"{"ip":"10.0.0.200"}"#, true),
    MatchCase("AWS-recorded: number value", #"{"ip":[{"cidr":"10.0.0.0/24"}]}"#, #"{"ip":123}"#, false),
    MatchCase("not an address", #"{"ip":[{"cidr":"10.0.0.0/24"}]}"#, #"{"ip":"host.example"}"#, false),
    MatchCase("address with spaces", #"{"ip":[{"cidr":"10.0.0.0/24"}]}"#, #"{"ip":" 10.0.0.1"}"#, false),
    MatchCase("octet above 255", #"{"ip":[{"cidr":"10.0.0.0/24"}]}"#, #"{"ip":"10.0.0.256"}"#, false),
    MatchCase(
      "leading zeros read as decimal", #"{"ip":[{"cidr":"10.0.0.0/24"}]}"#, #"{"ip":"010.000.000.010"}"#, true
    ),
    MatchCase("IPv4 vs IPv6 block", #"{"ip":[{"cidr":"2001:db8::/32"}]}"#, #"{"ip":"10.0.0.1"}"#, false),
    MatchCase(
      "AWS-recorded: IPv6 long form", #"{"ip":[{"cidr":"2001:db8:1234:1a00::/64"}]}"#,
      #"{"ip":"2001:0db8:1234:1a00:0000:0000:0000:0000"}"#, true),
    MatchCase(
      "AWS-recorded: IPv6 outside", #"{"ip":[{"cidr":"2001:db8:1234:1a00::/64"}]}"#,
      #"{"ip":"2001:0db8:123f:1a01:0000:0000:0000:0000"}"#, false),
    MatchCase("IPv6 compressed", #"{"ip":[{"cidr":"2001:db8::/32"}]}"#, #"{"ip":"2001:db8:ffff::1"}"#, true),
    MatchCase("IPv6 upper case", #"{"ip":[{"cidr":"2001:db8::/32"}]}"#, #"{"ip":"2001:DB8::A"}"#, true),
    MatchCase("IPv6 /127", #"{"ip":[{"cidr":"::/127"}]}"#, #"{"ip":"::1"}"#, true),
    MatchCase("IPv6 /127, outside", #"{"ip":[{"cidr":"::/127"}]}"#, #"{"ip":"::2"}"#, false),
    MatchCase(
      "IPv6 mask across the halves", #"{"ip":[{"cidr":"2001:db8::/63"}]}"#, #"{"ip":"2001:db8:0:1::9"}"#, true
    ),
    MatchCase(
      "IPv6 with a zone is not an address", #"{"ip":[{"cidr":"fe80::/10"}]}"#, #"{"ip":"fe80::1%eth0"}"#,
      false),
    MatchCase(
      "IPv4-mapped IPv6 is IPv4", #"{"ip":[{"cidr":"10.0.0.0/24"}]}"#, #"{"ip":"::ffff:a00:7"}"#, true),
    MatchCase(
      "dotted IPv6 form is refused", #"{"ip":[{"cidr":"10.0.0.0/24"}]}"#, #"{"ip":"::ffff:10.0.0.7"}"#, false),
    MatchCase(
      "array of addresses", #"{"ip":[{"cidr":"10.0.0.0/24"}]}"#, #"{"ip":["1.1.1.1","10.0.0.9"]}"#, true),
    MatchCase(
      "two blocks, OR", #"{"ip":[{"cidr":"10.0.0.0/24"},{"cidr":"2001:db8::/32"}]}"#,
      #"{"ip":"2001:db8::5"}"#, true),
  ]

  @Test("IPv4 and IPv6 blocks", arguments: rows)
  func blocks(_ row: MatchCase) throws { try check(row) }

  @Test(
    "Address parser",
    arguments: [
      ("10.0.0.1", true), ("255.255.255.255", true), ("0.0.0.0", true), ("1.2.3", false),
      ("1.2.3.4.5", false),
      ("1..2.3", false), ("1.2.3.", false), ("256.1.1.1", false), ("1.2.3.1000", false), ("::", true),
      ("::1", true), ("1::", true), ("1:2:3:4:5:6:7:8", true), ("1:2:3:4:5:6:7:8:9", false),
      ("1:2:3:4:5:6:7", false), ("1::2::3", false), (":1::", false), ("1:", false), ("12345::", false),
      ("g::1", false), ("1:2:3:4:5:6:7::", true), ("", false), ("1.2.3.4:80", false),
    ])
  func addressParser(text: String, valid: Bool) {
    #expect((PatternIPAddress.parse(text) != nil) == valid, "\(text)")
  }

  @Test("Parsed IPv6 values")
  func ipv6Values() throws {
    let full = try #require(PatternIPAddress.parse("2001:0db8:0000:0000:0000:0000:0000:0001"))
    let short = try #require(PatternIPAddress.parse("2001:db8::1"))
    #expect(full == short)
    #expect(short.high == 0x2001_0DB8_0000_0000 && short.low == 1 && !short.isIPv4)
    let mapped = try #require(PatternIPAddress.parse("::FFFF:0A00:0001"))
    #expect(mapped.isIPv4 && mapped.low == 0x0A00_0001)
  }
}
