import Foundation

extension PriceBook {
  /// Keys a prices file may hold, besides `region`, `currency` and
  /// `msk.brokerHour`.
  static var overrideKeys: [String] { PriceDescriptor.all.map(\.key) }

  /// The default prices with the overrides in the JSON file at `path`
  /// applied: other regions, negotiated discounts.
  ///
  /// ```json
  /// { "region": "eu-west-1",
  ///   "msk": { "brokerHour": { "kafka.m5.large": 0.228 }, "storageGBMonth": 0.11 },
  ///   "dataTransfer": { "crossAZPerGBEachDirection": 0.01 } }
  /// ```
  ///
  /// Keys nest by their dots; any subset may be given; unknown keys and
  /// unknown broker sizes are errors with a "did you mean".
  public static func read(contentsOf path: String, base: PriceBook = .usEast1) throws(InputError) -> PriceBook
  {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw InputError(
        Diagnostic(file: path, message: "cannot read the prices file: \(WorkloadReader.describe(error))"))
    }
    return try read(text: text, file: path, base: base)
  }

  /// Applies the overrides in `text` (JSON) to `base`.
  public static func read(text: String, file: String, base: PriceBook = .usEast1) throws(InputError)
    -> PriceBook
  {
    let root: JSONNode
    do {
      root = try JSONParser.parse(text)
    } catch {
      throw InputError(Diagnostic(file: file, location: error.location, path: nil, message: error.message))
    }
    let reader = JSONReader(file: file)
    var prices = base
    apply(root, path: .root, prefix: "", to: &prices, reader: reader)
    if reader.hasErrors { throw InputError(reader.diagnostics) }
    return prices
  }

  private static func apply(
    _ node: JSONNode, path: JSONPath, prefix: String, to prices: inout PriceBook, reader: JSONReader
  ) {
    let scalarKeys = overrideKeys.filter { $0.hasPrefix(prefix) }
    var children = Set(
      scalarKeys.map { key -> String in
        String(key.dropFirst(prefix.count).split(separator: ".").first ?? "")
      })
    if prefix.isEmpty { children.formUnion(["region", "currency"]) }
    if prefix == "msk." { children.insert("brokerHour") }
    let ordered = children.sorted()
    guard let object = reader.object(node, at: path, keys: ordered) else { return }
    for member in object.object.members where ordered.contains(member.key) {
      let key = prefix + member.key
      let childPath = path.appending(member.key)
      if key == "region" {
        if let region = reader.string(member.value, at: childPath) { prices.region = region }
      } else if key == "currency" {
        if let currency = reader.string(member.value, at: childPath) { prices.currency = currency }
      } else if key == "msk.brokerHour" {
        let sizes = MSKBrokerType.all.map(\.name)
        guard let sizeReader = reader.object(member.value, at: childPath, keys: sizes) else { continue }
        for size in sizeReader.object.members where sizes.contains(size.key) {
          if let price = reader.number(
            size.value, at: childPath.appending(size.key), range: 0...1e6, unit: "USD per hour")
          {
            prices.mskBrokerHour[size.key] = price
          }
        }
      } else if let descriptor = PriceDescriptor.all.first(where: { $0.key == key }) {
        if let price = reader.number(member.value, at: childPath, range: 0...1e9, unit: "USD") {
          prices[keyPath: descriptor.keyPath] = price
        }
      } else {
        apply(member.value, path: childPath, prefix: key + ".", to: &prices, reader: reader)
      }
    }
  }
}
