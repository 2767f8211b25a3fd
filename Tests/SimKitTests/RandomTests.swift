import SimKit
import Testing

@Suite("Seeded, splittable randomness")
struct RandomTests {
  // Known answers from an independent Python implementation of the published
  // algorithms (SplitMix64: Steele, Lea & Flood 2014; xoshiro256**: Blackman
  // & Vigna 2018). SplitMix64(1234567) also matches the vector published with
  // the reference C code.
  @Test("SplitMix64 known answers")
  func splitMixVectors() {
    var zero = SplitMix64(seed: 0)
    #expect(
      [zero.next(), zero.next(), zero.next()] == [
        16_294_208_416_658_607_535, 7_960_286_522_194_355_700, 487_617_019_471_545_679,
      ])
    var other = SplitMix64(seed: 1_234_567)
    #expect(
      [other.next(), other.next(), other.next()] == [
        6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
      ])
  }

  @Test("xoshiro256** seeded from SplitMix64: known answers")
  func xoshiroVectors() {
    var rng = Xoshiro256StarStar(seed: 42)
    let first = (0..<4).map { _ in rng.next() }
    #expect(
      first == [
        1_546_998_764_402_558_742, 6_990_951_692_964_543_102, 12_544_586_762_248_559_009,
        17_057_574_109_182_124_193,
      ])
    var zero = Xoshiro256StarStar(seed: 0)
    #expect([zero.next(), zero.next()] == [11_091_344_671_253_066_420, 13_793_997_310_169_335_082])
  }

  @Test("Same seed, same stream; different seeds, different streams")
  func determinism() {
    var a = Xoshiro256StarStar(seed: 7)
    var b = Xoshiro256StarStar(seed: 7)
    var c = Xoshiro256StarStar(seed: 8)
    let sa = (0..<1_000).map { _ in a.next() }
    let sb = (0..<1_000).map { _ in b.next() }
    let sc = (0..<1_000).map { _ in c.next() }
    #expect(sa == sb)
    #expect(sa != sc)
    #expect(Set(sa).count == 1_000, "no repeats in a short stretch")
  }

  @Test("Named streams depend on the name only, not on what else was derived")
  func namedStreamsAreStable() {
    let root = RandomSource(seed: 2_026)
    var alone = root.stream("sqs.orders.arrivals")
    _ = root.stream("kafka.clicks")  // deriving another stream changes nothing
    let added = root.child("a-new-component").stream("x")
    var again = root.stream("sqs.orders.arrivals")
    #expect(alone.next() == again.next())
    var other = root.stream("sqs.orders.service")
    #expect(root.stream("sqs.orders.arrivals") != other)
    #expect(other.next() != alone.next())
    _ = added
    #expect(root.replication(0).seed != root.replication(1).seed)
    #expect(root.replication(3) == RandomSource(seed: 2_026).replication(3))
    #expect(root.child(1) != root.child("1"))
  }

  @Test("split() gives a child stream distinct from the parent and deterministic")
  func splitting() {
    var parent1 = Xoshiro256StarStar(seed: 5)
    var parent2 = Xoshiro256StarStar(seed: 5)
    var child1 = parent1.split()
    var child2 = parent2.split()
    #expect(child1.next() == child2.next())
    #expect(parent1.next() == parent2.next())
    #expect(child1.next() != parent1.next())
  }

  @Test("Unit conversions stay in range and use the top 53 bits")
  func unitConversions() {
    struct Fixed: RandomNumberGenerator {
      var value: UInt64
      mutating func next() -> UInt64 { value }
    }
    var zero = Fixed(value: 0)
    var ones = Fixed(value: .max)
    #expect(zero.nextUnit() == 0)
    #expect(ones.nextUnit() == 1 - 0x1.0p-53)
    #expect(zero.nextUnitOpen() == 0x1.0p-53)
    #expect(ones.nextUnitOpen() == 1 - 0x1.0p-53)
    #expect(ones.nextUnitOpen() < 1)
    #expect(zero.nextUnitOpen() > 0)
  }

  @Test("nextIndex(below:) is uniform: chi-square over 10 cells")
  func indexUniformity() {
    var rng = Xoshiro256StarStar(seed: 11)
    var cells = [Int](repeating: 0, count: 10)
    let draws = 100_000
    for _ in 0..<draws { cells[rng.nextIndex(below: 10)] += 1 }
    let expected = Double(draws) / 10
    let chiSquare = cells.reduce(0.0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
    // χ²(9) at p = 0.001 is 27.88.
    #expect(chiSquare < 27.88, "chi-square \(chiSquare) for cells \(cells)")
  }
}
