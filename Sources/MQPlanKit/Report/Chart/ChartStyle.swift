/// Colours, dash patterns and text escaping shared by the report's SVG
/// charts.
///
/// The palette is Okabe and Ito's, chosen to stay distinct for the common
/// colour-vision deficiencies; every series also gets its own dash pattern
/// and every emphasised bar a hatch, so that a greyscale print still tells
/// them apart. Yellow is left out: it vanishes on white paper.
enum ChartStyle {
  static let colours = ["#000000", "#E69F00", "#0072B2", "#009E73", "#D55E00", "#56B4E9", "#CC79A7"]
  static let dashes = ["", "7 3", "2 3", "9 3 2 3", "4 4", "1 2", "12 4 4 4"]
  /// Limits and objectives: vermillion, long dashes.
  static let limitColour = "#D55E00"
  static let guideColour = "#555555"
  static let gridColour = "#E3E3E3"
  static let shadeColour = "#000000"

  static func colour(_ index: Int) -> String { colours[index % colours.count] }
  static func dash(_ index: Int) -> String { dashes[index % dashes.count] }

  /// Text for an XML attribute or element.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }

  /// A coordinate with one decimal, no trailing ".0": short, deterministic.
  static func coordinate(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    let whole = Int(tenths) / 10
    let fraction = abs(Int(tenths)) % 10
    if fraction == 0 { return String(Int(tenths) / 10) }
    return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
  }

  /// The definitions every chart may use: the hatch of an emphasised bar.
  static let definitions = """
    <defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
    <rect width="6" height="6" fill="#0072B2"/><line x1="0" y1="0" x2="0" y2="6" stroke="#FFFFFF" stroke-width="2"/>\
    </pattern></defs>
    """
}
