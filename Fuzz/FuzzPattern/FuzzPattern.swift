import FuzzDriver
import MQPlanKit

/// libFuzzer's callback: `FuzzEntries.pattern` on each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPattern(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntries.pattern(UnsafeBufferPointer(start: data, count: size))
  return 0
}

/// The executable's entry (see `FuzzDriver`).
@_cdecl("FuzzPattern_main")
public func fuzzPatternMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt
{
  FuzzDriver.run(argc, argv, fuzzPattern)
}
