/// The workload `mqplan init` writes: small, valid, and showing each part
/// of the format, for a person to edit.
public enum StarterWorkload {
  public static let text = #"""
    {
      "$schema": "./mqplan-workload.schema.json",
      "schemaVersion": 1,
      "name": "my-stack",
      "description": "Describe your traffic here; mqplan validate checks it as you go.",
      "horizon": "30d",
      "seed": 1,
      "objectives": {
        "maxConsumerLag": "5m",
        "maxDiskUsedPercent": 85,
        "maxCpuPercent": 60
      },
      "scenarios": [
        { "name": "az-outage", "incidents": [ { "kind": "azDown", "zone": 0, "start": "10d", "duration": "2h" } ] }
      ],
      "kafka": {
        "availabilityZones": 3,
        "clientConnections": 100,
        "topics": [
          {
            "name": "orders",
            "partitions": 12,
            "producers": [
              {
                "name": "checkout",
                "messagesPerSecond": 500,
                "messageSize": { "lognormal": { "mean": 1000, "p99": 4000 } },
                "profile": { "diurnal": { "peakToMean": 1.5, "peakHour": 14 }, "growthPercentPerMonth": 2 }
              }
            ]
          }
        ],
        "consumerGroups": [
          { "name": "order-service", "topics": ["orders"], "consumers": 4, "capacityPerConsumer": { "messagesPerSecond": 400 } }
        ]
      }
    }

    """#
}
