import SimKit

/// What a run records each minute, summarised at the end.
struct MSKRunMetrics {
  struct LimitTrack {
    var capacity = 0.0
    var unit = ""
    var peakDemand = 0.0
    var peak = 0.0
    var sketch = QuantileSketch(relativeAccuracy: 0.005)
    var cappedMinutes = 0
    var seen = false
  }

  var storagePeak: [Double]
  var storageSketch: [QuantileSketch]
  var reachedObjective: [Double?]
  var filled: [Double?]
  var cpuPeak: [Double]
  var cpuSketch: [QuantileSketch]
  /// Indexed like `MSKRunResult.Limit.allCases`.
  var limits = [LimitTrack](repeating: LimitTrack(), count: MSKRunResult.Limit.allCases.count)
  var lagMessagesPeak: [Double]
  var lagSecondsPeak: [Double]
  var lagSecondsPeakOutsideOutages: [Double]
  var lagSketch: [QuantileSketch]
  var offered: [Quantity]
  var accepted: [Quantity]
  var backlogPeak: [Double]
  var offeredRatePeak: [Double]
  var partitionBytesPeak: [Double]
  var crossZoneBytes = 0.0
  var throttledMinutes = 0
  var clientBytesIn = 0.0
  var clientBytesOut = 0.0
  var storedOneCopyIntegral = 0.0
  var storageSeries = IntervalSeries(interval: MSKSimulation.step)
  var cpuSeries = IntervalSeries(interval: MSKSimulation.step)
  var acceptedShareSeries = IntervalSeries(interval: MSKSimulation.step)
  var ingressSeries = IntervalSeries(interval: MSKSimulation.step)
  var lagSeries: [IntervalSeries]
  /// Per group and topic: EstimatedMaxTimeLag (s), SumOffsetLag and
  /// MaxOffsetLag (messages).
  var topicTimeLagSeries: [[IntervalSeries]]
  var sumOffsetLagSeries: [[IntervalSeries]]
  var maxOffsetLagSeries: [[IntervalSeries]]
  /// Busiest broker's client bytes in and out (bytes/s), and its volume
  /// writes and reads (bytes per minute).
  var bytesInSeries = IntervalSeries(interval: MSKSimulation.step)
  var bytesOutSeries = IntervalSeries(interval: MSKSimulation.step)
  var volumeWriteSeries = IntervalSeries(interval: MSKSimulation.step)
  var volumeReadSeries = IntervalSeries(interval: MSKSimulation.step)
  /// Cluster totals of UnderReplicatedPartitions and OfflinePartitionsCount.
  var underReplicatedSeries = IntervalSeries(interval: MSKSimulation.step)
  var offlineSeries = IntervalSeries(interval: MSKSimulation.step)
  /// Each broker's stored bytes, hourly cells (mean, minimum, maximum of
  /// the minutes): for the report's storage-per-broker chart, cheap enough
  /// to keep for every broker.
  var brokerStorageSeries: [IntervalSeries]
  static let brokerStorageInterval = 3_600.0

  init(brokers: Int, groups: Int, topics: Int, groupTopics: [Int] = []) {
    let perTopic = groupTopics.map {
      [IntervalSeries](repeating: IntervalSeries(interval: MSKSimulation.step), count: $0)
    }
    topicTimeLagSeries = perTopic
    sumOffsetLagSeries = perTopic
    maxOffsetLagSeries = perTopic
    storagePeak = Array(repeating: 0, count: brokers)
    brokerStorageSeries = Array(
      repeating: IntervalSeries(interval: MSKRunMetrics.brokerStorageInterval), count: brokers)
    storageSketch = Array(repeating: QuantileSketch(relativeAccuracy: 0.005), count: brokers)
    reachedObjective = Array(repeating: nil, count: brokers)
    filled = Array(repeating: nil, count: brokers)
    cpuPeak = Array(repeating: 0, count: brokers)
    cpuSketch = Array(repeating: QuantileSketch(relativeAccuracy: 0.005), count: brokers)
    lagMessagesPeak = Array(repeating: 0, count: groups)
    lagSecondsPeak = Array(repeating: 0, count: groups)
    lagSecondsPeakOutsideOutages = Array(repeating: 0, count: groups)
    lagSketch = Array(repeating: QuantileSketch(relativeAccuracy: 0.005), count: groups)
    offered = Array(repeating: .zero, count: topics)
    accepted = Array(repeating: .zero, count: topics)
    backlogPeak = Array(repeating: 0, count: topics)
    offeredRatePeak = Array(repeating: 0, count: topics)
    partitionBytesPeak = Array(repeating: 0, count: topics)
    lagSeries = Array(repeating: IntervalSeries(interval: MSKSimulation.step), count: groups)
  }

  /// Room in every series for a run of `horizon` seconds, so that
  /// recording never reallocates.
  mutating func reserve(through horizon: Double) {
    let empty = IntervalSeries(interval: MSKSimulation.step, reservingThrough: horizon)
    storageSeries = empty
    cpuSeries = empty
    acceptedShareSeries = empty
    ingressSeries = empty
    bytesInSeries = empty
    bytesOutSeries = empty
    volumeWriteSeries = empty
    volumeReadSeries = empty
    underReplicatedSeries = empty
    offlineSeries = empty
    let hourly = IntervalSeries(interval: MSKRunMetrics.brokerStorageInterval, reservingThrough: horizon)
    brokerStorageSeries = brokerStorageSeries.map { _ in hourly }
    lagSeries = lagSeries.map { _ in empty }
    topicTimeLagSeries = topicTimeLagSeries.map { $0.map { _ in empty } }
    sumOffsetLagSeries = topicTimeLagSeries
    maxOffsetLagSeries = topicTimeLagSeries
  }

  /// The series by report name.
  func seriesByName(groups: [String], serverless: Bool) -> [String: IntervalSeries] {
    var series: [String: IntervalSeries] = [
      serverless ? "storage.total" : "storage.max": storageSeries, "accepted.share": acceptedShareSeries,
      "ingress": ingressSeries,
    ]
    if !serverless {
      series["cpu.max"] = cpuSeries
      series["bytesIn.max"] = bytesInSeries
      series["bytesOut.max"] = bytesOutSeries
      series["volumeWrite.max"] = volumeWriteSeries
      series["volumeRead.max"] = volumeReadSeries
      series["underReplicated"] = underReplicatedSeries
      series["offline"] = offlineSeries
    }
    for (index, name) in groups.enumerated() { series["lag." + name] = lagSeries[index] }
    return series
  }

  /// Records one limit's use this minute on its most loaded broker.
  mutating func record(
    _ limit: MSKRunResult.Limit, demand: Double, used: Double, capacity: Double, unit: String, capped: Bool
  ) {
    // In place: a copy of the track (`var track = limits[i]`, then writing
    // it back) made the sketch's store shared, so every record copied it
    // (about 7 % of the instructions of `mqplan plan` under callgrind).
    Self.update(
      &limits[limit.index], demand: demand, used: used, capacity: capacity, unit: unit, capped: capped)
  }

  private static func update(
    _ track: inout LimitTrack, demand: Double, used: Double, capacity: Double, unit: String, capped: Bool
  ) {
    track.capacity = capacity
    if !track.seen { track.unit = unit }
    track.peakDemand = Swift.max(track.peakDemand, demand)
    track.peak = Swift.max(track.peak, used)
    track.sketch.record(used)
    if capped { track.cappedMinutes += 1 }
    track.seen = true
  }
}
