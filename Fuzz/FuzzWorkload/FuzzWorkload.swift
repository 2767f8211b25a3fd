import FuzzDriver
import MQPlanKit

/// libFuzzer's callback: `FuzzEntries.workload` on each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkload(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntries.workload(UnsafeBufferPointer(start: data, count: size))
  return 0
}

/// The executable's entry (see `FuzzDriver`).
@_cdecl("FuzzWorkload_main")
public func fuzzWorkloadMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?)
  -> CInt
{
  FuzzDriver.run(argc, argv, fuzzWorkload)
}
