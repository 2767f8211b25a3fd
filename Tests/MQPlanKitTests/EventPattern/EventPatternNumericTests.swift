import Testing

@testable import MQPlanKit

/// numeric: operators, ranges, the ±5.0e9 limit and six decimal places
/// (reference §6.5; S33b; S23 `ComparableNumber`, `Range`).
@Suite("Event patterns: numeric")
struct EventPatternNumericTests {
  static let rangeRows: [MatchCase] = [
    MatchCase("> 0, <= 5: inside", #"{"c":[{"numeric":[">",0,"<=",5]}]}"#, #"{"c":3}"#, true),
    MatchCase("> 0, <= 5: top included", #"{"c":[{"numeric":[">",0,"<=",5]}]}"#, #"{"c":5}"#, true),
    MatchCase("> 0, <= 5: bottom excluded", #"{"c":[{"numeric":[">",0,"<=",5]}]}"#, #"{"c":0}"#, false),
    MatchCase("> 0, <= 5: above", #"{"c":[{"numeric":[">",0,"<=",5]}]}"#, #"{"c":5.000001}"#, false),
    MatchCase(">= 0, < 5: bottom included", #"{"c":[{"numeric":[">=",0,"<",5]}]}"#, #"{"c":0}"#, true),
    MatchCase(">= 0, < 5: top excluded", #"{"c":[{"numeric":[">=",0,"<",5]}]}"#, #"{"c":5}"#, false),
    MatchCase("< 10", #"{"d":[{"numeric":["<",10]}]}"#, #"{"d":-3}"#, true),
    MatchCase("< 10, equal", #"{"d":[{"numeric":["<",10]}]}"#, #"{"d":10}"#, false),
    MatchCase("<= 10, equal", #"{"d":[{"numeric":["<=",10]}]}"#, #"{"d":10}"#, true),
    MatchCase("> 100, AWS-recorded 101.0", #"{"n":[{"numeric":[">",100]}]}"#, #"{"n":101.0}"#, true),
    MatchCase(">= -1.5", #"{"n":[{"numeric":[">=",-1.5]}]}"#, #"{"n":-1.5}"#, true),
    MatchCase("= 301.8 written 3.018e2", #"{"x":[{"numeric":["=",3.018e2]}]}"#, #"{"x":301.8}"#, true),
    MatchCase("= 300 matches 300.0 and 3e2", #"{"x":[{"numeric":["=",300]}]}"#, #"{"x":3e2}"#, true),
    MatchCase("= 300, 300.5", #"{"x":[{"numeric":["=",300]}]}"#, #"{"x":300.5}"#, false),
    MatchCase("numbers only: string", #"{"x":[{"numeric":[">",0]}]}"#, #"{"x":"5"}"#, false),
    MatchCase("AWS-recorded: numbers only, null", #"{"x":[{"numeric":[">",100]}]}"#, #"{"x":null}"#, false),
    MatchCase("numbers only, boolean", #"{"x":[{"numeric":[">",0]}]}"#, #"{"x":true}"#, false),
    MatchCase("missing field", #"{"x":[{"numeric":[">",0]}]}"#, #"{"y":1}"#, false),
    MatchCase("array: some element in range", #"{"x":[{"numeric":[">",10]}]}"#, #"{"x":[1,2,30]}"#, true),
    MatchCase("array: none in range", #"{"x":[{"numeric":[">",10]}]}"#, #"{"x":[1,2,3]}"#, false),
    MatchCase("two ranges, OR", #"{"x":[{"numeric":["<",0]},{"numeric":[">",100]}]}"#, #"{"x":101}"#, true),
    MatchCase("two ranges, gap", #"{"x":[{"numeric":["<",0]},{"numeric":[">",100]}]}"#, #"{"x":50}"#, false),
    MatchCase("the limit itself", #"{"x":[{"numeric":[">",0]}]}"#, #"{"x":5e9}"#, true),
    MatchCase("beyond the limit", #"{"x":[{"numeric":[">",0]}]}"#, #"{"x":5.000001e9}"#, false),
    MatchCase("below minus the limit", #"{"x":[{"numeric":["<",0]}]}"#, #"{"x":-6e9}"#, false),
    MatchCase("seventh decimal rounds away", #"{"x":[{"numeric":[">",0]}]}"#, #"{"x":0.0000004}"#, false),
    MatchCase("seventh decimal rounds up", #"{"x":[{"numeric":[">",0]}]}"#, #"{"x":0.0000006}"#, true),
    MatchCase("= with a fraction", #"{"x":[{"numeric":["=",0.1]}]}"#, #"{"x":0.1}"#, true),
    MatchCase(
      "0.1 + 0.2 at six decimals", #"{"x":[{"numeric":["=",0.3]}]}"#, #"{"x":0.30000000000000004}"#, true),
  ]

  @Test("Ranges and equality", arguments: rangeRows)
  func ranges(_ row: MatchCase) throws { try check(row) }

  @Test(
    "Decimal places a literal needs",
    arguments: [
      ("300", 0), ("3.018e2", 1), ("1.5e-6", 7), ("2.50", 1), ("0.000001", 6), ("0.0000010", 6), ("5e9", 0),
      ("-1.25", 2), ("1E+2", 0), ("1e-400", 400), ("1.000000000", 0), ("12.5e-1", 2),
    ])
  func decimalPlaces(literal: String, places: Int) {
    #expect(PatternMicroUnits.decimalPlacesNeeded(byLiteral: literal) == places)
  }

  @Test("Operands at the limits are accepted")
  func operandLimits() throws {
    _ = try EventPattern.parse(#"{"x":[{"numeric":["=",5e9]}]}"#)
    _ = try EventPattern.parse(#"{"x":[{"numeric":["=",-5000000000]}]}"#)
    _ = try EventPattern.parse(#"{"x":[{"numeric":[">",-5e9,"<",5e9]}]}"#)
    _ = try EventPattern.parse(#"{"x":[{"numeric":[">",0.000001,"<",0.000002]}]}"#)
    #expect(EventPattern.numericLimit == 5e9)
  }
}
