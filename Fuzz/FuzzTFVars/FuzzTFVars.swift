import FuzzDriver
import MQPlanKit

/// libFuzzer's callback: `FuzzEntries.tfvars` on each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTFVars(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntries.tfvars(UnsafeBufferPointer(start: data, count: size))
  return 0
}

/// The executable's entry (see `FuzzDriver`).
@_cdecl("FuzzTFVars_main")
public func fuzzTFVarsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt
{
  FuzzDriver.run(argc, argv, fuzzTFVars)
}
