/// One line of a monthly bill: what, how much, at what price.
public struct BillLine: Sendable, Hashable, Codable {
  /// The AWS service, e.g. "Amazon MSK".
  public var service: String
  /// What is billed, e.g. "broker-hours (kafka.m5.large)".
  public var item: String
  public var quantity: Double
  /// Unit of the quantity, e.g. "broker-hour".
  public var unit: String
  /// USD per unit.
  public var unitPrice: Double
  /// quantity × unitPrice, USD per month.
  public var amount: Double
  /// How the quantity was found, or why the line is not estimated.
  public var note: String?

  public init(
    service: String, item: String, quantity: Double, unit: String, unitPrice: Double, note: String? = nil
  ) {
    self.service = service
    self.item = item
    self.quantity = quantity
    self.unit = unit
    self.unitPrice = unitPrice
    self.amount = quantity * unitPrice
    self.note = note
  }
}

/// A monthly bill (730 hours), as lines that sum to the total.
public struct Bill: Sendable, Hashable {
  public var lines: [BillLine]

  public init(lines: [BillLine] = []) { self.lines = lines }

  /// USD per month.
  public var total: Double { lines.reduce(0) { $0 + $1.amount } }
}
