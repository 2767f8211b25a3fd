/// An IPv4 or IPv6 address as a 128-bit number (`high`, `low`); IPv4 uses
/// the low 32 bits.
///
/// Accepted text follows event-ruler (S23, `CIDR.java`), which first checks
/// the text against `[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+` or
/// `[0-9a-fA-F:]*:[0-9a-fA-F:]*` and then lets Java's `InetAddress` parse it:
/// - IPv4: four decimal parts, each 0…255 and at most three digits (leading
///   zeros are read as decimal);
/// - IPv6: hex groups of one to four digits, at most one `::`; no embedded
///   dotted IPv4 part and no zone (`%eth0`), which the pattern above refuses;
/// - an IPv4-mapped IPv6 address (`::ffff:a00:1`) is the IPv4 address it
///   maps, as Java's `InetAddress` returns an `Inet4Address` for it.
///
/// Parsing reads UTF-8 bytes and does not allocate.
struct PatternIPAddress: Hashable, Sendable {
  var high: UInt64
  var low: UInt64
  var isIPv4: Bool

  /// Parses an address, or returns `nil`.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> PatternIPAddress? {
    guard !bytes.isEmpty else { return nil }
    var hasColon = false
    var hasDot = false
    for byte in bytes {
      if byte == UInt8(ascii: ":") { hasColon = true } else if byte == UInt8(ascii: ".") { hasDot = true }
    }
    if hasColon && !hasDot { return parseIPv6(bytes) }
    if hasDot && !hasColon { return parseIPv4(bytes) }
    return nil
  }

  /// Parses `string`, or returns `nil`.
  static func parse(_ string: String) -> PatternIPAddress? {
    withPatternBytes(of: string) { parse($0) }
  }

  private static func parseIPv4(_ bytes: UnsafeBufferPointer<UInt8>) -> PatternIPAddress? {
    var value: UInt64 = 0
    var part: UInt64 = 0
    var digits = 0
    var parts = 0
    for byte in bytes {
      if byte == UInt8(ascii: ".") {
        guard digits > 0 else { return nil }
        value = value << 8 | part
        parts += 1
        part = 0
        digits = 0
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        digits += 1
        part = part * 10 + UInt64(byte - UInt8(ascii: "0"))
        guard digits <= 3, part <= 255 else { return nil }
      } else {
        return nil
      }
    }
    guard digits > 0, parts == 3 else { return nil }
    return PatternIPAddress(high: 0, low: value << 8 | part, isIPv4: true)
  }

  private static func hexValue(_ byte: UInt8) -> UInt16? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt16(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt16(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt16(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  private static func parseIPv6(_ bytes: UnsafeBufferPointer<UInt8>) -> PatternIPAddress? {
    var groups = SIMD8<UInt16>()
    var count = 0
    var gapAt = -1  // number of groups before "::"
    var index = 0
    let end = bytes.count
    if end >= 2 && bytes[0] == UInt8(ascii: ":") && bytes[1] == UInt8(ascii: ":") {
      gapAt = 0
      index = 2
    } else if bytes[0] == UInt8(ascii: ":") {
      return nil
    }
    while index < end {
      var group: UInt16 = 0
      var digits = 0
      while index < end, let digit = hexValue(bytes[index]) {
        guard digits < 4 else { return nil }
        group = group << 4 | digit
        digits += 1
        index += 1
      }
      guard digits > 0, count < 8 else { return nil }
      groups[count] = group
      count += 1
      if index == end { break }
      guard bytes[index] == UInt8(ascii: ":") else { return nil }
      index += 1
      if index < end && bytes[index] == UInt8(ascii: ":") {
        guard gapAt < 0 else { return nil }
        gapAt = count
        index += 1
      } else if index == end {
        return nil  // a single trailing colon
      }
    }
    if gapAt >= 0 {
      guard count <= 7 else { return nil }
      // Move the groups after the gap to the end.
      let tail = count - gapAt
      var shifted = SIMD8<UInt16>()
      for i in 0..<gapAt { shifted[i] = groups[i] }
      for i in 0..<tail { shifted[8 - tail + i] = groups[gapAt + i] }
      groups = shifted
    } else {
      guard count == 8 else { return nil }
    }
    var high: UInt64 = 0
    var low: UInt64 = 0
    for i in 0..<4 { high = high << 16 | UInt64(groups[i]) }
    for i in 4..<8 { low = low << 16 | UInt64(groups[i]) }
    if high == 0 && low >> 32 == 0xFFFF {
      return PatternIPAddress(high: 0, low: low & 0xFFFF_FFFF, isIPv4: true)
    }
    return PatternIPAddress(high: high, low: low, isIPv4: false)
  }
}

/// The addresses a `{"cidr": "…"}` pattern matches.
///
/// Built as event-ruler builds it (S23, `CIDR.cidr`): from the address as
/// written up to that address with every host bit set. For a canonical block
/// (`10.0.0.0/24`) that is the block; when the written address has host bits
/// set (`10.0.0.5/24`), the range starts at the written address
/// (10.0.0.5 … 10.0.0.255), not at the network address. Mask bits must be
/// 0…31 for IPv4 and 0…127 for IPv6: event-ruler rejects /32 and /128
/// ("IPv4 mask bits must be < 32"); match a single address with an exact
/// string instead.
struct PatternCIDRBlock: Hashable, Sendable {
  var isIPv4: Bool
  var lowHigh: UInt64
  var lowLow: UInt64
  var highHigh: UInt64
  var highLow: UInt64

  /// Why a CIDR text is refused.
  enum ParseError: Error, Equatable {
    case slashCount
    case maskNotInteger
    case badAddress(String)
    case maskTooLarge(ipv4: Bool)
  }

  /// Parses `a.b.c.d/n` or `x:…:y/n`.
  static func parse(cidr: String) -> Result<PatternCIDRBlock, ParseError> {
    let parts = cidr.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return .failure(.slashCount) }
    guard parts[1].utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
      parts[1].utf8.count <= 4, let mask = Int(parts[1])
    else { return .failure(.maskNotInteger) }
    guard let address = PatternIPAddress.parse(String(parts[0])) else {
      return .failure(.badAddress(String(parts[0])))
    }
    if address.isIPv4 {
      guard mask <= 31 else { return .failure(.maskTooLarge(ipv4: true)) }
      let hostMask: UInt64 = (UInt64(1) << UInt64(32 - mask)) - 1
      return .success(
        PatternCIDRBlock(
          isIPv4: true, lowHigh: 0, lowLow: address.low, highHigh: 0, highLow: address.low | hostMask))
    }
    guard mask <= 127 else { return .failure(.maskTooLarge(ipv4: false)) }
    let hostBits = 128 - mask  // 1 … 128
    let highMask: UInt64 =
      hostBits >= 128 ? .max : hostBits > 64 ? (UInt64(1) << UInt64(hostBits - 64)) - 1 : 0
    let lowMask: UInt64 = hostBits >= 64 ? .max : (UInt64(1) << UInt64(hostBits)) - 1
    return .success(
      PatternCIDRBlock(
        isIPv4: false, lowHigh: address.high, lowLow: address.low,
        highHigh: address.high | highMask, highLow: address.low | lowMask))
  }

  /// Whether `address` is in the range (same family only).
  @inline(__always)
  func contains(_ address: PatternIPAddress) -> Bool {
    guard address.isIPv4 == isIPv4 else { return false }
    let aboveLow = address.high > lowHigh || (address.high == lowHigh && address.low >= lowLow)
    let belowHigh = address.high < highHigh || (address.high == highHigh && address.low <= highLow)
    return aboveLow && belowHigh
  }
}
