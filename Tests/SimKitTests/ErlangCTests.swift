import SimKit
import Testing

/// The Erlang C oracle itself, against a published example and against
/// the M/M/1 closed forms.
@Suite("Erlang C oracle")
struct ErlangCTests {
  @Test("Published vector: λ = 10, μ = 12, c = 2 gives P0 0.412, Lq 0.175, Wq 0.018, P(wait) 0.245")
  func publishedVector() throws {
    let q = try #require(ErlangC(arrivalRate: 10, serviceRate: 12, servers: 2))
    #expect(abs(q.probabilityEmpty - 0.412) < 0.0005, "P0 \(q.probabilityEmpty)")
    #expect(abs(q.meanQueueLength - 0.175) < 0.0005, "Lq \(q.meanQueueLength)")
    #expect(abs(q.meanWait - 0.018) < 0.0005, "Wq \(q.meanWait)")
    #expect(abs(q.probabilityOfWaiting - 0.245) < 0.0005, "P(wait) \(q.probabilityOfWaiting)")
    // Exact values for c = 2: P0 = (1 − ρ)/(1 + ρ), C = 2ρ²/(1 + ρ).
    let rho = 10.0 / 24
    #expect(abs(q.probabilityEmpty - (1 - rho) / (1 + rho)) < 1e-14)
    #expect(abs(q.probabilityOfWaiting - 2 * rho * rho / (1 + rho)) < 1e-14)
  }

  @Test("c = 1 reduces to M/M/1: C = ρ, Wq = ρ/(μ − λ)", arguments: [0.1, 0.5, 0.9, 0.99])
  func mm1(rho: Double) throws {
    let q = try #require(ErlangC(arrivalRate: rho * 3, serviceRate: 3, servers: 1))
    #expect(abs(q.probabilityOfWaiting - rho) < 1e-14)
    #expect(abs(q.meanWait - rho / (3 - rho * 3)) <= 1e-12 * q.meanWait)
    #expect(abs(q.probabilityEmpty - (1 - rho)) < 1e-12)
  }

  @Test("Large c stays finite and sane (the recursion does not overflow)")
  func largeServerCounts() throws {
    let q = try #require(ErlangC(arrivalRate: 4_500, serviceRate: 1, servers: 5_000))
    #expect(q.probabilityOfWaiting > 0 && q.probabilityOfWaiting < 1)
    #expect(q.probabilityEmpty >= 0 && q.probabilityEmpty.isFinite)
    #expect(ErlangC(arrivalRate: 10, serviceRate: 1, servers: 10) == nil, "ρ = 1 is unstable")
  }
}
