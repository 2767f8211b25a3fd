import Foundation
import SimKit

extension ReadingContext {
  static let distributionKinds = [
    "constant", "uniform", "exponential", "normal", "lognormal", "pareto", "empirical",
  ]
  static let profileKeys = ["diurnal", "weekly", "growthPercentPerMonth", "bursts", "trace"]

  /// A distribution: a plain number (constant), or an object with one key
  /// naming the kind: `{"lognormal": {"mean": 800, "p99": 4000}}`.
  func distribution(_ node: JSONNode, at path: JSONPath, positive: Bool) -> Distribution? {
    if case .number(let number) = node.value {
      guard !positive || number.double > 0 else {
        reader.error("must be positive, got \(number.text)", at: node, path: path)
        return nil
      }
      return .constant(number.double)
    }
    guard let object = reader.object(node, at: path, keys: Self.distributionKinds) else { return nil }
    guard object.object.members.count == 1, let member = object.object.members.first else {
      reader.error(
        "must name exactly one distribution", at: node, path: path,
        hint: "one of: " + Self.distributionKinds.joined(separator: ", "))
      return nil
    }
    let inner = path.appending(member.key)
    let lower = positive ? 1e-12 : -1e15
    switch member.key {
    case "constant":
      return reader.number(member.value, at: inner, range: lower...1e15).map { .constant($0) }
    case "uniform":
      guard let params = reader.object(member.value, at: inner, keys: ["min", "max"]),
        let low = params.number("min", required: true, range: lower...1e15),
        let high = params.number("max", required: true, range: lower...1e15)
      else { return nil }
      guard high > low else {
        reader.error("max must be greater than min", at: member.value, path: inner)
        return nil
      }
      return .uniform(lower: low, upper: high)
    case "exponential":
      guard let params = reader.object(member.value, at: inner, keys: ["mean"]),
        let mean = params.number("mean", required: true, range: 1e-12...1e15)
      else { return nil }
      return .exponential(mean: mean)
    case "normal":
      guard let params = reader.object(member.value, at: inner, keys: ["mean", "sd"]),
        let mean = params.number("mean", required: true, range: -1e15...1e15),
        let sd = params.number("sd", required: true, range: 0...1e15)
      else { return nil }
      if positive && mean - 3 * sd <= 0 {
        reader.error(
          "a normal with mean \(mean) and sd \(sd) gives non-positive values too often", at: member.value,
          path: inner,
          hint: "use a lognormal for sizes and times, or keep mean > 3·sd")
        return nil
      }
      return .normal(mean: mean, standardDeviation: sd)
    case "lognormal":
      guard let params = reader.object(member.value, at: inner, keys: ["mean", "p99", "mu", "sigma"]) else {
        return nil
      }
      if params.has("mean") || params.has("p99") {
        guard let mean = params.number("mean", required: true, range: 1e-12...1e15),
          let p99 = params.number("p99", required: true, range: 1e-12...1e15)
        else { return nil }
        guard let distribution = Distribution.lognormal(mean: mean, p99: p99) else {
          let ratio = Distribution.lognormalMaxP99ToMeanRatio
          reader.error(
            "no lognormal has mean \(mean) and p99 \(p99)", at: member.value, path: inner,
            hint: "p99 must be above the mean and at most \(String(format: "%.2f", ratio)) times it")
          return nil
        }
        return distribution
      }
      guard let mu = params.number("mu", required: true, range: -700...700),
        let sigma = params.number("sigma", required: true, range: 0...10)
      else { return nil }
      return .lognormal(mu: mu, sigma: sigma)
    case "pareto":
      guard let params = reader.object(member.value, at: inner, keys: ["scale", "shape"]),
        let scale = params.number("scale", required: true, range: 1e-12...1e15),
        let shape = params.number("shape", required: true, range: 0.01...100)
      else { return nil }
      if shape <= 1 {
        reader.error(
          "a Pareto with shape \(shape) has an infinite mean", at: member.value, path: inner,
          hint: "shape must be above 1 for traffic to have a mean rate in bytes")
        return nil
      }
      return .pareto(scale: scale, shape: shape)
    default:  // empirical
      guard let params = reader.object(member.value, at: inner, keys: ["values", "weights"]) else {
        return nil
      }
      let values = (params.array("values", required: true) ?? []).compactMap {
        reader.number($0.0, at: $0.1, range: lower...1e15)
      }
      if params.has("weights") {
        let weights = (params.array("weights") ?? []).compactMap {
          reader.number($0.0, at: $0.1, range: 0...1e15)
        }
        guard let table = EmpiricalDistribution(values: values, weights: weights) else {
          reader.error(
            "values and weights must be non-empty, of equal length, with a positive total weight",
            at: member.value, path: inner)
          return nil
        }
        return .empirical(table)
      }
      guard let table = EmpiricalDistribution(observations: values) else {
        reader.error("needs at least one value", at: member.value, path: inner)
        return nil
      }
      return .empirical(table)
    }
  }

  func profile(_ object: JSONObjectReader) -> TimeProfile {
    var profile = TimeProfile()
    if let diurnal = object.child("diurnal", keys: ["peakToMean", "peakHour"]) {
      let ratio = diurnal.number("peakToMean", required: true, range: 1...2)
      let hour = diurnal.number("peakHour", required: true, range: 0...23.999)
      if let ratio, let hour { profile.diurnal = TimeProfile.Diurnal(peakToMean: ratio, peakHour: hour) }
      if let node = diurnal["peakToMean"], case .number(let n) = node.value, n.double > 2 {
        // The range error above already says what is valid; add why.
        reader.warning(
          "the diurnal shape is a cosine, which would go negative above 2", at: node,
          path: diurnal.path.appending("peakToMean"), hint: "for sharper peaks add bursts or use a trace")
      }
    }
    if let weekly = object.array("weekly") {
      let days = weekly.compactMap { reader.number($0.0, at: $0.1, range: 0...100) }
      if weekly.count != 7 {
        reader.error(
          "needs 7 multipliers, Monday first, got \(weekly.count)", at: object["weekly"],
          path: object.path.appending("weekly"))
      } else if days.count == 7 {
        profile.weekly = days
      }
    }
    profile.growthPercentPerMonth =
      object.number("growthPercentPerMonth", range: -99...1_000, unit: "% per month") ?? 0
    for (node, path) in object.array("bursts") ?? [] {
      guard let burst = reader.object(node, at: path, keys: ["start", "duration", "multiplier"]) else {
        continue
      }
      let start = duration(burst, "start", required: true, range: 0...(366 * 86_400))
      let length = duration(burst, "duration", required: true, range: 1...(366 * 86_400))
      let multiplier = burst.number("multiplier", required: true, range: 0...1_000)
      if let start, let length, let multiplier {
        profile.bursts.append(TimeProfile.Burst(start: start, duration: length, multiplier: multiplier))
      }
    }
    if let trace = object.child("trace", keys: ["file"]) {
      if let file = trace.string("file", required: true) {
        profile.trace = readTrace(file, node: trace["file"], path: trace.path.appending("file"))
      }
      if profile.diurnal != nil || profile.weekly != nil {
        reader.error(
          "a trace has its own daily and weekly shape; drop \"diurnal\" and \"weekly\"", at: trace.node,
          path: trace.path)
      }
    }
    return profile
  }

  /// Reads a CSV of `seconds,messagesPerSecond` rows (a header line is
  /// allowed), as exported from a CloudWatch metric.
  func readTrace(_ file: String, node: JSONNode?, path: JSONPath) -> TimeProfile.Trace? {
    let fullPath = file.hasPrefix("/") ? file : (baseDirectory as NSString).appendingPathComponent(file)
    guard let text = try? String(contentsOfFile: fullPath, encoding: .utf8) else {
      reader.error("cannot read the trace file \(fullPath)", at: node, path: path)
      return nil
    }
    var times: [Double] = []
    var rates: [Double] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      guard fields.count == 2, let time = Double(fields[0]), let rate = Double(fields[1]) else {
        if times.isEmpty && index == 0 { continue }  // a header
        reader.error(
          "\(file):\(index + 1): expected \"seconds,messagesPerSecond\", got \"\(line)\"", at: node,
          path: path)
        return nil
      }
      guard time.isFinite, rate.isFinite, rate >= 0 else {
        reader.error(
          "\(file):\(index + 1): times and rates must be finite, rates non-negative", at: node, path: path)
        return nil
      }
      if let last = times.last, time <= last {
        reader.error(
          "\(file):\(index + 1): times must increase (\(time) after \(last))", at: node, path: path)
        return nil
      }
      if times.isEmpty && time != 0 {
        reader.error("\(file):\(index + 1): the first row must be at time 0", at: node, path: path)
        return nil
      }
      times.append(time)
      rates.append(rate)
    }
    guard !times.isEmpty else {
      reader.error("the trace file \(file) has no rows", at: node, path: path)
      return nil
    }
    return TimeProfile.Trace(times: times, rates: rates, file: file)
  }
}
