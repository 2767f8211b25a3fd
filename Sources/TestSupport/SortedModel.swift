/// A naive reference priority queue: a plain array kept sorted by
/// (time, priority, sequence), with linear-time insertion and removal.
/// Obviously correct, and slow; the event calendar is tested against it.
public struct SortedModel<Payload> {
  public struct Entry {
    public var time: Double
    public var priority: UInt8
    public var sequence: UInt64
    public var payload: Payload

    public init(time: Double, priority: UInt8, sequence: UInt64, payload: Payload) {
      self.time = time
      self.priority = priority
      self.sequence = sequence
      self.payload = payload
    }
  }

  public private(set) var entries: [Entry] = []

  public init() {}

  public mutating func insert(_ entry: Entry) {
    let index =
      entries.firstIndex { existing in
        (entry.time, entry.priority, entry.sequence)
          < (existing.time, existing.priority, existing.sequence)
      } ?? entries.count
    entries.insert(entry, at: index)
  }

  /// Removes the entry with `sequence`; returns whether it was there.
  public mutating func remove(sequence: UInt64) -> Bool {
    guard let index = entries.firstIndex(where: { $0.sequence == sequence }) else { return false }
    entries.remove(at: index)
    return true
  }

  public mutating func popFirst() -> Entry? {
    entries.isEmpty ? nil : entries.removeFirst()
  }

  public var firstTime: Double { entries.first?.time ?? .infinity }
}
