import Foundation
import Testing

@testable import MQPlanKit

@Suite("HCL reader: files on disk")
struct HCLFileReaderTests {
  @Test("A .json name reads as JSON, any other as HCL; a missing file is an input error")
  func read() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mqplan-read-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let hcl = directory.appendingPathComponent("prod.tfvars").path
    let json = directory.appendingPathComponent("prod.tfvars.json").path
    try "broker_count = 3 # three AZs\n".write(toFile: hcl, atomically: true, encoding: .utf8)
    try #"{"broker_count": 3}"#.write(toFile: json, atomically: true, encoding: .utf8)
    let fromHCL = try TFVarsReader.read(path: hcl)
    #expect(fromHCL.file == hcl)
    #expect(fromHCL.canonicalJSON == #"{"broker_count":3}"#)
    #expect(try TFVarsReader.read(path: json).canonicalJSON == fromHCL.canonicalJSON)

    let missing = directory.appendingPathComponent("missing.tfvars").path
    #expect {
      try TFVarsReader.read(path: missing)
    } throws: { error in
      guard let diagnostic = (error as? InputError)?.diagnostics.first else { return false }
      return diagnostic.file == missing && diagnostic.message.hasPrefix("cannot read the tfvars file")
        && diagnostic.hint != nil
    }

    let latin1 = directory.appendingPathComponent("latin1.tfvars").path
    try Data([0x61, 0x20, 0x3D, 0x20, 0x22, 0xE9, 0x22, 0x0A]).write(to: URL(fileURLWithPath: latin1))
    #expect {
      try TFVarsReader.read(path: latin1)
    } throws: { error in
      (error as? InputError)?.diagnostics.first?.message == "the file is not UTF-8 text"
    }
  }
}
