import MQPlanKit

/// libFuzzer's callback: `FuzzEntries.pattern` on each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPattern(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntries.pattern(UnsafeBufferPointer(start: data, count: size))
  return 0
}

/// The executable's entry. SwiftPM links an executable target's main as
/// `<target>_main`, so libFuzzer's own main is not used: this one hands
/// the command line to libFuzzer's driver (Scripts/fuzz.sh).
@_cdecl("FuzzPattern_main")
public func fuzzPatternMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt
{
  var count = argc
  var arguments = argv
  return LLVMFuzzerRunDriver(&count, &arguments, fuzzPattern)
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
