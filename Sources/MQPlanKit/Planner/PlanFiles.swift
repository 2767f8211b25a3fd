/// The tfvars files a plan writes, one per module, named as Terraform loads
/// them automatically (`*.auto.tfvars`, or `*.auto.tfvars.json`), each
/// value preceded by its reason.
///
/// - msk.auto.tfvars: the sizing variables (identity, network and
///   kafka_version stay in the environment's tfvars);
/// - sqs.auto.tfvars: `queues`, every attribute of every queue (the seed's
///   object type has no defaults), each with its reason;
/// - eventbridge.auto.tfvars: archive_retention_days (event_rules also
///   needs target ARNs mqplan does not know: its retry policies stay in the
///   report);
/// - monitoring.auto.tfvars: thresholds of the alarms the seed's
///   Definition of Done needs but its modules do not define yet.
package enum PlanFiles {
  /// The time series interval of a plan's series.csv: the report's chart
  /// bucket (2 h on a month, about 400 rows a run), so the file stays small
  /// enough to commit; `simulate --format csv` gives every minute.
  package static func seriesInterval(_ result: SimulationResult) -> Double {
    ChartSampling.bucket(horizon: result.workload.horizon)
  }

  package struct File: Sendable, Hashable {
    package var name: String
    package var text: String
  }

  package static func tfvars(_ plan: Plan, json: Bool) -> [File] {
    let suffix = json ? ".auto.tfvars.json" : ".auto.tfvars"
    return entries(plan).map { module, entries in
      File(name: module + suffix, text: json ? TFVarsWriter.json(entries) : TFVarsWriter.hcl(entries))
    }
  }

  static let location = SourceLocation(line: 1, column: 1)

  static func number(_ value: Double) -> HCLValue {
    value.rounded() == value && Swift.abs(value) < 1e15
      ? .number(HCLNumber(Int(value))) : .number(HCLNumber(value))
  }

  static func node(_ value: HCLValue) -> HCLNode { HCLNode(value, at: location) }

  static func object(_ members: [(String, HCLValue)]) -> HCLValue {
    .object(members.map { HCLObjectMember(key: $0.0, keyLocation: location, value: node($0.1)) })
  }

  /// The entries per module, in the order the files are listed.
  static func entries(_ plan: Plan) -> [(String, [TFVarsWriter.Entry])] {
    var reasons: [String: String] = [:]
    for reason in plan.reasons { reasons[reason.module + ":" + reason.variable] = reason.reason }
    var files: [(String, [TFVarsWriter.Entry])] = []
    let configuration = plan.configuration

    if plan.workload.kafka != nil {
      let msk = configuration.msk
      var values: [(String, HCLValue)] = [("use_serverless", .bool(msk.useServerless))]
      if !msk.useServerless {
        values += [
          ("broker_instance_type", .string(msk.brokerInstanceType)),
          ("broker_count", number(Double(msk.brokerCount))),
          ("broker_volume_size", number(Double(msk.brokerVolumeSize))),
          ("enable_provisioned_throughput", .bool(msk.enableProvisionedThroughput)),
        ]
        if msk.enableProvisionedThroughput {
          values.append(("volume_throughput", number(Double(msk.volumeThroughput))))
        }
        values.append(("enhanced_monitoring_level", .string(msk.enhancedMonitoringLevel)))
      }
      files.append(
        ("msk", values.map { TFVarsWriter.Entry(name: $0.0, value: $0.1, comment: reasons["msk:" + $0.0]) }))
    }

    if let sqs = plan.workload.sqs, !sqs.queues.isEmpty {
      var comments: [String: String] = [:]
      var queues: [(String, HCLValue)] = []
      for queue in sqs.queues {
        let settings = configuration.queue(queue.name)
        let attributes: [(String, HCLValue)] = [
          ("visibility_timeout", number(Double(settings.visibilityTimeout))),
          ("retention_seconds", number(Double(settings.retentionSeconds))),
          ("max_message_size", number(Double(settings.maxMessageSize))),
          ("delay_seconds", number(Double(settings.delaySeconds))),
          ("receive_wait_time", number(Double(settings.receiveWaitTime))),
          ("use_sqs_managed_sse", .bool(settings.useSQSManagedSSE)),
          ("enable_dlq", .bool(settings.enableDLQ)),
          ("max_receive_count", number(Double(settings.maxReceiveCount))),
          ("fifo", .bool(settings.fifo)),
          ("depth_threshold", number(settings.depthThreshold)),
        ]
        for (attribute, _) in attributes {
          if let reason = reasons["sqs:queues.\(queue.name).\(attribute)"] {
            comments["\(queue.name).\(attribute)"] = reason
          }
        }
        queues.append((queue.name, object(attributes)))
      }
      files.append(
        (
          "sqs",
          [
            TFVarsWriter.Entry(
              name: "queues", value: object(queues),
              comment:
                "one entry per queue of the workload; kms_key_id, allowed_principal_arns and alarm_sns_topic_arns stay in your own tfvars",
              memberComments: comments)
          ]
        ))
    }

    if let reason = plan.reasons.first(where: {
      $0.module == "eventbridge" && $0.variable == "archive_retention_days"
    }),
      let days = Double(reason.value)
    {
      files.append(
        (
          "eventbridge",
          [TFVarsWriter.Entry(name: "archive_retention_days", value: number(days), comment: reason.reason)]
        ))
    }

    // Monitoring: maps for per-group and per-queue thresholds, numbers for
    // the rest, in the order the alarms come.
    var order: [String] = []
    var scalars: [String: (Double, String)] = [:]
    var maps: [String: [(String, Double)]] = [:]
    var mapComments: [String: String] = [:]
    for reason in plan.reasons where reason.module == "monitoring" {
      guard let value = Double(reason.value) else { continue }
      let parts = reason.variable.split(separator: ".", maxSplits: 1).map(String.init)
      if !order.contains(parts[0]) { order.append(parts[0]) }
      if parts.count == 2 {
        maps[parts[0], default: []].append((parts[1], value))
        mapComments[parts[0] + "." + parts[1]] = reason.reason
      } else {
        scalars[parts[0]] = (value, reason.reason)
      }
    }
    let monitoring: [TFVarsWriter.Entry] = order.compactMap { name in
      if let (value, reason) = scalars[name] {
        return TFVarsWriter.Entry(name: name, value: number(value), comment: reason)
      }
      guard let members = maps[name] else { return nil }
      return TFVarsWriter.Entry(
        name: name, value: object(members.map { ($0.0, number($0.1)) }),
        comment: "the seed defines no variable for this alarm yet: add it to the module",
        memberComments: Dictionary(
          uniqueKeysWithValues: members.compactMap { member in
            mapComments[name + "." + member.0].map { (member.0, $0) }
          }))
    }
    if !monitoring.isEmpty { files.append(("monitoring", monitoring)) }
    return files
  }
}
