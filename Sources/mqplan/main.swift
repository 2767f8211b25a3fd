#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

var console = Console.standard
let status = MQPlanCLI.main(arguments: Array(CommandLine.arguments.dropFirst()), console: &console)
exit(status.rawValue)
