// Implementation priorities, in order: correctness, determinism, speed.

/// Standard exponential draws by Marsaglia and Tsang's ziggurat ("The
/// Ziggurat Method for Generating Random Variables", Journal of
/// Statistical Software 5(8), 2000), 256 layers.
///
/// About 99 % of draws cost one random word, a table lookup and a
/// multiplication; the rest fall back to the exact rejection step, which
/// needs `exp`, and the tail (beyond r = 7.697…) to `log`. The tables are
/// computed once from ``StableMath``, so draws are the same on every
/// platform.
@usableFromInline
enum _ExponentialZiggurat {
  @usableFromInline static let r = 7.69711747013104972
  @usableFromInline static let tables: (k: [UInt32], w: [Double], f: [Double]) = {
    let v = 3.949659822581572e-3
    let m = 4_294_967_296.0  // 2^32
    var k = [UInt32](repeating: 0, count: 256)
    var w = [Double](repeating: 0, count: 256)
    var f = [Double](repeating: 0, count: 256)
    var de = r
    var te = de
    let q = v / StableMath.exp(-de)
    k[0] = UInt32((de / q) * m)
    k[1] = 0
    w[0] = q / m
    w[255] = de / m
    f[0] = 1
    f[255] = StableMath.exp(-de)
    for i in stride(from: 254, through: 1, by: -1) {
      de = -StableMath.log(v / de + StableMath.exp(-de))
      k[i + 1] = UInt32((de / te) * m)
      te = de
      f[i] = StableMath.exp(-de)
      w[i] = de / m
    }
    return (k, w, f)
  }()

  /// One draw from Exp(1).
  @inlinable
  static func sample(using rng: inout some RandomNumberGenerator) -> Double {
    let tables = Self.tables
    var word = UInt32(truncatingIfNeeded: rng.next() >> 32)
    var layer = Int(word & 255)
    if word < tables.k[layer] { return Double(word) * tables.w[layer] }
    while true {
      if layer == 0 { return r - StableMath.log(rng.nextUnitOpen()) }
      let x = Double(word) * tables.w[layer]
      if tables.f[layer] + rng.nextUnit() * (tables.f[layer - 1] - tables.f[layer]) < StableMath.exp(-x) {
        return x
      }
      word = UInt32(truncatingIfNeeded: rng.next() >> 32)
      layer = Int(word & 255)
      if word < tables.k[layer] { return Double(word) * tables.w[layer] }
    }
  }
}
