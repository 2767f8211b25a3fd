import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The reports for people and for programs, through the built binary: the
/// HTML parses as XML and every chart in it has data; the Markdown fits a
/// pull-request comment and gives the cost change against the current
/// tfvars; the CSV carries units and agrees with the JSON report; the
/// plan's JSON validates against its schema (oracle: Python's jsonschema).
@Suite("Report formats")
struct ReportFormatsTests {
  /// What an XML parse of a report found: each chart's id, kind of
  /// drawing and how much it draws.
  final class ChartCollector: NSObject, XMLParserDelegate {
    struct Chart {
      var id: String
      var dataPoints: Int
      var lines = 0
      var lineCoordinates = 0
      var rects = 0
      var axisTitles = 0
    }
    var charts: [Chart] = []
    var inChart = false
    var elements = 0
    var scripts = 0
    var externalReferences: [String] = []

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      elements += 1
      if name == "script" { scripts += 1 }
      for (key, value) in attributes where key == "href" || key == "src" {
        if !value.hasPrefix("#") { externalReferences.append(value) }
      }
      if name == "svg" {
        inChart = true
        charts.append(
          Chart(id: attributes["id"] ?? "?", dataPoints: Int(attributes["data-points"] ?? "") ?? 0))
      }
      guard inChart, !charts.isEmpty else { return }
      switch name {
      case "polyline":
        charts[charts.count - 1].lines += 1
        let pairs = (attributes["points"] ?? "").split(separator: " ")
        charts[charts.count - 1].lineCoordinates += pairs.count
      case "rect" where attributes["fill"] != "none": charts[charts.count - 1].rects += 1
      case "text" where attributes["class"] == "axis": charts[charts.count - 1].axisTitles += 1
      default: break
      }
    }

    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
    ) {
      if name == "svg" { inChart = false }
    }
  }

  private func parse(_ html: String) throws -> ChartCollector {
    let parser = XMLParser(data: Data(html.utf8))
    let collector = ChartCollector()
    parser.delegate = collector
    let ok = parser.parse()
    #expect(
      ok,
      "the HTML is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)"
    )
    return collector
  }

  private func temporaryDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mqplan-reports-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  /// Every chart draws: lines with at least two points, or bars; every
  /// time-series chart has both axis titles.
  private func expectChartsHaveData(_ collector: ChartCollector, expecting ids: [String]) {
    #expect(collector.scripts == 0, "no scripts")
    #expect(collector.externalReferences.isEmpty, "self-contained: \(collector.externalReferences)")
    for id in ids {
      #expect(collector.charts.contains { $0.id == id }, "chart \(id) missing")
    }
    for chart in collector.charts {
      #expect(chart.dataPoints > 0, "\(chart.id) has no data")
      let draws = (chart.lines > 0 && chart.lineCoordinates >= 2) || chart.rects > 0
      #expect(draws, "\(chart.id) draws nothing")
      if chart.lines > 0 { #expect(chart.axisTitles == 2, "\(chart.id) needs both axis titles") }
    }
  }

  @Test("simulate --format html: one well-formed document, every chart with data")
  func simulateHTML() throws {
    let outcome = try BuiltBinary.run(
      [
        "simulate", Repository.path("Workloads/dev-small.json"), "--set", "broker_count=2", "--format",
        "html",
        "--replications", "3",
      ])
    #expect(
      [0, 3].contains(outcome.status), "a report whether or not the objectives hold: \(outcome.stderr)")
    #expect(outcome.stdout.hasPrefix("<!DOCTYPE html>"))
    let collector = try parse(outcome.stdout)
    expectChartsHaveData(collector, expecting: ["storage", "limits", "alarm-timeline", "cost"])
    // With 3 baseline runs the storage chart carries the p5–p95 band.
    #expect(outcome.stdout.contains("fullest broker, p5–p95 over 3 runs"))
    #expect(collector.charts.count >= 5)
  }

  @Test("plan: report.html parses, has the candidates, the bands and every section's charts")
  func planHTML() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let outcome = try BuiltBinary.run(
      ["plan", Repository.path("Workloads/prod-mid.json"), "--out", directory.path, "--quiet"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stderr.isEmpty, "no progress bar when stderr is not a terminal: \(outcome.stderr)")
    let html = try String(contentsOf: directory.appendingPathComponent("report.html"), encoding: .utf8)
    let collector = try parse(html)
    expectChartsHaveData(
      collector,
      expecting: [
        "storage", "limits", "visible-fulfilment", "age-fulfilment", "eventbridge-invocations",
        "alarm-timeline",
        "cost", "candidates", "lag-analytics-etl-etl-outage", "visible-fulfilment-fulfilment-outage",
      ])
    #expect(html.contains("p5–p95 over 2 runs"))
    #expect(html.contains("network out (binds)"))
  }

  @Test("plan --format markdown fits a pull-request comment and gives the change against --tfvars")
  func planMarkdown() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let workload = Repository.path("Workloads/dev-small.json")
    let current = directory.appendingPathComponent("current.tfvars")
    try "broker_count = 6\nbroker_instance_type = \"kafka.m5.large\"\nbroker_volume_size = 100\n".write(
      to: current, atomically: true, encoding: .utf8)
    let plan = try BuiltBinary.run(
      [
        "plan", workload, "--out", directory.appendingPathComponent("out").path, "--tfvars", current.path,
        "--format",
        "markdown",
      ])
    #expect(plan.status == 0, "\(plan.stderr)")
    let markdown = plan.stdout
    #expect(markdown.utf8.count < 65_536, "GitHub's comment limit")
    #expect(markdown.contains("| module | variable | value |"))
    // The top risks name the limit that binds first (the header's ✅ would
    // make "risks or ✅" true of every feasible plan).
    #expect(markdown.contains("**Top risks**") && markdown.contains("binds first"))
    // Oracle: the two bills, each from simulate's JSON.
    func total(_ arguments: [String]) throws -> Double {
      let json = try BuiltBinary.run(["simulate", workload, "--format", "json"] + arguments)
      let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
      return (object["bill"] as! [String: Any])["totalUSD"] as! Double
    }
    let before = try total(["--tfvars", current.path])
    let written = try FileManager.default.contentsOfDirectory(
      atPath: directory.appendingPathComponent("out").path
    )
    .filter { $0.hasSuffix(".auto.tfvars") }.sorted()
    let after = try total(
      ["--tfvars", current.path]
        + written.flatMap { ["--tfvars", directory.appendingPathComponent("out/\($0)").path] })
    let change = after - before
    var digits = String(format: "%.2f", abs(change))
    var grouped = String(digits.suffix(3))
    digits.removeLast(3)
    while digits.count > 3 {
      grouped = "," + digits.suffix(3) + grouped
      digits.removeLast(3)
    }
    let expected = "change **\(change >= 0 ? "+" : "−")$\(digits + grouped)"
    #expect(markdown.contains(expected), "expected '\(expected)' in:\n\(markdown.prefix(600))")
  }

  @Test("CSV: units in every header, one row per run and interval, the peak agrees with the JSON report")
  func csv() throws {
    let workload = Repository.path("Workloads/dev-small.json")
    let csv = try BuiltBinary.run(["simulate", workload, "--set", "broker_count=2", "--format", "csv"])
    #expect([0, 3].contains(csv.status), "\(csv.stderr)")
    let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    let header = rows[0].split(separator: ",").map(String.init)
    #expect(header[0] == "run" && header[1] == "time (s)")
    for column in header.dropFirst(2) { #expect(column.hasSuffix(")"), "no unit in '\(column)'") }
    let json = try BuiltBinary.run(["simulate", workload, "--set", "broker_count=2", "--format", "json"])
    let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
    let runs = report["runs"] as! [[String: Any]]
    let horizon = (report["workload"] as! [String: Any])["horizonSeconds"] as! Double
    #expect(rows.count - 1 == runs.count * Int((horizon / 60).rounded(.up)))
    // The fullest broker's peak, from the CSV's baseline rows and from the
    // JSON's per-broker peaks.
    let column = header.firstIndex(of: "kafka stored on fullest broker (bytes)")!
    let peak = rows.dropFirst().filter { $0.hasPrefix("baseline,") }.compactMap {
      Double($0.split(separator: ",", omittingEmptySubsequences: false)[column])
    }.max()!
    let brokers = runs[0]["brokers"] as! [[String: Any]]
    let jsonPeak = brokers.map { $0["peakStorageBytes"] as! Double }.max()!
    #expect(abs(peak - jsonPeak) <= 1e-4 * jsonPeak + 1, "CSV \(peak) vs JSON \(jsonPeak)")

    let bill = try BuiltBinary.run(["simulate", workload, "--set", "broker_count=2", "--format", "bill-csv"])
    let lines = bill.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines[0] == "service,item,quantity,unit,unit price (USD),amount (USD/month),note")
    let amounts = lines.dropFirst().dropLast().map { Double(Self.fields($0)[5])! }
    let total = Double(Self.fields(lines.last!)[5])!
    let jsonTotal = (report["bill"] as! [String: Any])["totalUSD"] as! Double
    #expect(abs(amounts.reduce(0, +) - total) < 0.01, "the lines sum to the total")
    #expect(abs(total - jsonTotal) < 0.0001)
  }

  /// One CSV record's fields (RFC 4180: quotes around fields with commas,
  /// doubled quotes inside).
  static func fields(_ line: String) -> [String] {
    let characters = Array(line)
    var fields: [String] = []
    var field = ""
    var quoted = false
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if quoted && character == "\"" {
        if index + 1 < characters.count && characters[index + 1] == "\"" {
          field.append("\"")
          index += 1
        } else {
          quoted = false
        }
      } else if character == "\"" && field.isEmpty {
        quoted = true
      } else if character == "," && !quoted {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
      index += 1
    }
    return fields + [field]
  }

  @Test("plan.json validates against Reports/plan-report.schema.json (with the simulation schema)")
  func planJSONSchema() throws {
    if let missing = PythonOracle.missing("jsonschema", install: "pip install jsonschema==4.26.0") {
      Issue.record(Comment(rawValue: missing))
      return
    }
    let outcome = try BuiltBinary.run(
      [
        "plan", Repository.path("Workloads/dev-small.json"), "--out", try temporaryDirectory().path,
        "--format", "json",
      ])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let check = try PythonOracle.run(
      """
      import json, sys, jsonschema
      from referencing import Registry, Resource
      plan = json.load(open(sys.argv[1])); simulation = json.load(open(sys.argv[2]))
      jsonschema.Draft202012Validator.check_schema(plan)
      registry = Registry().with_resource(simulation["$id"], Resource.from_contents(simulation))
      jsonschema.Draft202012Validator(plan, registry=registry).validate(json.loads(sys.stdin.read()))
      print("ok")
      """,
      arguments: [
        Repository.path("Reports/plan-report.schema.json"),
        Repository.path("Reports/simulation-report.schema.json"),
      ], stdin: outcome.stdout)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stdout == "ok\n")
  }
}
