import Testing

@testable import mqplan

/// The progress bar's frame, and that it stays silent off a terminal.
@Suite("Progress bar")
struct ProgressBarTests {
  @Test("A frame: the bar, runs, simulated time and the time left from the rate so far")
  func frame() {
    // 6 of 24 runs in 3 s: 18 left at 2 runs a second is 9 s.
    let line = ProgressBar.line(label: "plan", done: 6, planned: 24, simulated: 6 * 30 * 86_400, elapsed: 3)
    #expect(line == "plan [######------------------] 6/24 runs · 180 d simulated · about 9 s left")
    let start = ProgressBar.line(label: "simulate", done: 0, planned: 9, simulated: 0, elapsed: 1.2)
    #expect(start.hasPrefix("simulate [------------------------] 0/9 runs"))
    #expect(start.hasSuffix("so far"))
  }

  @Test("Off a terminal, or with --quiet, nothing is written to standard error")
  func silent() {
    var written = ""
    for (terminal, quiet) in [(false, false), (true, true)] {
      let console = Console(out: { _ in }, err: { written += $0 }, errorIsTerminal: terminal)
      let value = ProgressBar(label: "x", console: console, quiet: quiet).run { progress -> Int in
        progress.expect(1)
        progress.finish(simulating: 60)
        return 42
      }
      #expect(value == 42)
    }
    #expect(written.isEmpty)
  }
}
