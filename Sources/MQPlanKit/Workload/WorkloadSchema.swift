// The workload JSON Schema, embedded so that `mqplan init` can write it
// next to a new workload. Workloads/schema.json is the same text; a test
// keeps them identical (MQPLAN_RECORD=1 rewrites the file from this one).

/// The JSON Schema (draft 2020-12) of workload files, version 1.
public enum WorkloadSchema {
  /// The file name `mqplan init` writes it under.
  public static let fileName = "mqplan-workload.schema.json"

  public static let text = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://mqplan.dev/schemas/workload.v1.json",
      "title": "mqplan workload",
      "description": "What a messaging stack must carry: traffic, consumers, scenarios and objectives. mqplan validate checks more than this schema can (cross-references, AWS limits); the schema is for editors.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "schemaVersion",
        "name"
      ],
      "anyOf": [
        {
          "required": [
            "kafka"
          ]
        },
        {
          "required": [
            "sqs"
          ]
        },
        {
          "required": [
            "eventbridge"
          ]
        }
      ],
      "properties": {
        "$schema": {
          "type": "string"
        },
        "schemaVersion": {
          "const": 1
        },
        "name": {
          "type": "string",
          "pattern": "^[A-Za-z0-9._-]+$"
        },
        "description": {
          "type": "string"
        },
        "region": {
          "type": "string",
          "default": "us-east-1"
        },
        "horizon": {
          "description": "Seconds, or a number with a unit: \"90s\", \"15m\", \"2h\", \"7d\", \"1w\", \"1d12h\".",
          "oneOf": [
            {
              "type": "number",
              "minimum": 0
            },
            {
              "type": "string",
              "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w))+$"
            }
          ],
          "default": "30d"
        },
        "seed": {
          "type": "integer",
          "minimum": 0,
          "default": 1
        },
        "project": {
          "type": "string"
        },
        "environment": {
          "type": "string"
        },
        "objectives": {
          "type": "object",
          "properties": {
            "maxConsumerLag": {
              "description": "Seconds, or a number with a unit: \"90s\", \"15m\", \"2h\", \"7d\", \"1w\", \"1d12h\".",
              "oneOf": [
                {
                  "type": "number",
                  "minimum": 0
                },
                {
                  "type": "string",
                  "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w))+$"
                }
              ]
            },
            "maxDiskUsedPercent": {
              "type": "number",
              "minimum": 1,
              "maximum": 100,
              "default": 85
            },
            "maxCpuPercent": {
              "type": "number",
              "minimum": 1,
              "maximum": 100,
              "default": 60
            },
            "monthlyBudgetUSD": {
              "type": "number",
              "minimum": 0
            },
            "maxMessageAge": {
              "description": "SQS: largest ApproximateAgeOfOldestMessage.",
              "oneOf": [
                {
                  "type": "number",
                  "minimum": 0
                },
                {
                  "type": "string",
                  "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w))+$"
                }
              ]
            },
            "maxEndToEndLatency": {
              "type": "object",
              "properties": {
                "percentile": {
                  "type": "number",
                  "minimum": 1,
                  "maximum": 99.99
                },
                "value": {
                  "description": "Seconds, or a number with a unit: \"90s\", \"15m\", \"2h\", \"7d\", \"1w\", \"1d12h\".",
                  "oneOf": [
                    {
                      "type": "number",
                      "minimum": 0
                    },
                    {
                      "type": "string",
                      "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w))+$"
                    }
                  ]
                }
              },
              "additionalProperties": false,
              "required": [
                "percentile",
                "value"
              ]
            },
            "noExpiredMessages": {
              "type": "boolean",
              "default": true
            },
            "dlqOnlyPoison": {
              "type": "boolean",
              "default": true,
              "description": "Under the baseline load only poison messages may reach a DLQ."
            }
          },
          "additionalProperties": false
        },
        "planning": {
          "description": "How mqplan plan decides: the Monte Carlo percentile every objective must hold at, the runs (replications), and whether the cluster must survive one availability zone down.",
          "type": "object",
          "properties": {
            "percentile": {
              "description": "Percent, over the runs (default 95: with up to 20 runs, the worst).",
              "type": "number",
              "minimum": 1,
              "maximum": 100
            },
            "runs": {
              "description": "Replications per candidate and scenario (default 2).",
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            },
            "zoneOutage": {
              "description": "Add a one-zone-down scenario at peak traffic unless a scenario already takes a zone down (default true).",
              "type": "boolean"
            }
          },
          "additionalProperties": false
        },
        "scenarios": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "name": {
                "type": "string"
              },
              "incidents": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "kind",
                    "start"
                  ],
                  "additionalProperties": false,
                  "properties": {
                    "kind": {
                      "enum": [
                        "brokerDown",
                        "azDown",
                        "consumerStopped",
                        "trafficBurst",
                        "poisonBurst",
                        "replay",
                        "targetDown"
                      ]
                    },
                    "start": {
                      "description": "Seconds, or a number with a unit: \"90s\", \"15m\", \"2h\", \"7d\", \"1w\", \"1d12h\".",
                      "oneOf": [
                        {
                          "type": "number",
                          "minimum": 0
                        },
                        {
                          "type": "string",
                          "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w))+$"
                        }
                      ]
                    },
                    "duration": {
                      "description": "Seconds, or a number with a unit: \"90s\", \"15m\", \"2h\", \"7d\", \"1w\", \"1d12h\".",
                      "oneOf": [
                        {
                          "type": "number",
                          "minimum": 0
                        },
                        {
                          "type": "string",
                          "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w))+$"
                        }
                      ]
                    },
                    "broker": {
                      "type": "integer",
                      "minimum": 0
                    },
                    "zone": {
                      "type": "integer",
                      "minimum": 0,
                      "maximum": 2
                    },
                    "group": {
                      "type": "string",
                      "description": "A Kafka consumer group."
                    },
                    "topic": {
                      "type": "string"
                    },
                    "queue": {
                      "type": "string",
                      "description": "An SQS queue (consumerStopped, trafficBurst, poisonBurst)."
                    },
                    "multiplier": {
                      "type": "number",
                      "minimum": 0,
                      "maximum": 1000
                    },
                    "share": {
                      "type": "number",
                      "minimum": 0,
                      "maximum": 1,
                      "description": "poisonBurst: share of messages that always fail."
                    },
                    "from": {
                      "description": "replay: start of the archived window.",
                      "oneOf": [
                        {
                          "type": "number",
                          "minimum": 0
                        },
                        {
                          "type": "string",
                          "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w))+$"
                        }
                      ]
                    },
                    "to": {
                      "description": "replay: end of the archived window.",
                      "oneOf": [
                        {
                          "type": "number",
                          "minimum": 0
                        },
                        {
                          "type": "string",
                          "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w))+$"
                        }
                      ]
                    },
                    "target": {
                      "type": "string",
                      "description": "targetDown: a rule target's name."
                    }
                  },
                  "allOf": [
                    {
                      "if": {
                        "properties": {
                          "kind": {
                            "const": "brokerDown"
                          }
                        }
                      },
                      "then": {
                        "required": [
                          "broker"
                        ]
                      }
                    },
                    {
                      "if": {
                        "properties": {
                          "kind": {
                            "const": "azDown"
                          }
                        }
                      },
                      "then": {
                        "required": [
                          "zone"
                        ]
                      }
                    },
                    {
                      "if": {
                        "properties": {
                          "kind": {
                            "const": "consumerStopped"
                          }
                        }
                      },
                      "then": {
                        "oneOf": [
                          {
                            "required": [
                              "group"
                            ]
                          },
                          {
                            "required": [
                              "queue"
                            ]
                          }
                        ]
                      }
                    },
                    {
                      "if": {
                        "properties": {
                          "kind": {
                            "const": "trafficBurst"
                          }
                        }
                      },
                      "then": {
                        "required": [
                          "multiplier"
                        ]
                      }
                    },
                    {
                      "if": {
                        "properties": {
                          "kind": {
                            "const": "poisonBurst"
                          }
                        }
                      },
                      "then": {
                        "required": [
                          "queue",
                          "share"
                        ]
                      }
                    },
                    {
                      "if": {
                        "properties": {
                          "kind": {
                            "const": "replay"
                          }
                        }
                      },
                      "then": {
                        "required": [
                          "from",
                          "to"
                        ]
                      },
                      "else": {
                        "required": [
                          "duration"
                        ]
                      }
                    },
                    {
                      "if": {
                        "properties": {
                          "kind": {
                            "const": "targetDown"
                          }
                        }
                      },
                      "then": {
                        "required": [
                          "target"
                        ]
                      }
                    }
                  ]
                },
                "minItems": 1
              }
            },
            "additionalProperties": false,
            "required": [
              "name",
              "incidents"
            ]
          }
        },
        "kafka": {
          "type": "object",
          "properties": {
            "availabilityZones": {
              "enum": [
                2,
                3
              ]
            },
            "properties": {
              "type": "object",
              "properties": {
                "default.replication.factor": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 32
                },
                "min.insync.replicas": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 32
                },
                "num.partitions": {
                  "type": "integer",
                  "minimum": 1
                },
                "log.retention.hours": {
                  "type": "number",
                  "exclusiveMinimum": 0
                },
                "log.segment.bytes": {
                  "description": "Bytes, or a number with a unit: \"512B\", \"64KiB\", \"500MB\", \"1GiB\".",
                  "oneOf": [
                    {
                      "type": "number",
                      "minimum": 0
                    },
                    {
                      "type": "string",
                      "pattern": "^[0-9]+(\\.[0-9]+)?(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$"
                    }
                  ]
                },
                "log.roll.ms": {
                  "type": "number",
                  "minimum": 1
                },
                "log.retention.check.interval.ms": {
                  "type": "number",
                  "minimum": 1
                },
                "auto.create.topics.enable": {
                  "type": "boolean"
                },
                "message.max.bytes": {
                  "description": "Bytes, or a number with a unit: \"512B\", \"64KiB\", \"500MB\", \"1GiB\".",
                  "oneOf": [
                    {
                      "type": "number",
                      "minimum": 0
                    },
                    {
                      "type": "string",
                      "pattern": "^[0-9]+(\\.[0-9]+)?(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$"
                    }
                  ]
                }
              },
              "additionalProperties": false
            },
            "clientConnections": {
              "type": "integer",
              "minimum": 0
            },
            "rackAwareConsumers": {
              "type": "boolean"
            },
            "brokerLogGBPerBrokerPerDay": {
              "type": "number",
              "minimum": 0
            },
            "cpuModel": {
              "type": "object",
              "properties": {
                "networkBytesPerCoreSecond": {
                  "type": "number",
                  "exclusiveMinimum": 0
                },
                "messagesPerCoreSecond": {
                  "type": "number",
                  "exclusiveMinimum": 0
                },
                "idleFraction": {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 0.9
                }
              },
              "additionalProperties": false
            },
            "topics": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "pattern": "^[a-zA-Z0-9._-]{1,249}$"
                  },
                  "partitions": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 200000,
                    "description": "Omit for an auto-created topic (num.partitions)."
                  },
                  "replicationFactor": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 32
                  },
                  "config": {
                    "type": "object",
                    "properties": {
                      "retention.ms": {
                        "oneOf": [
                          {
                            "type": "number",
                            "minimum": 1
                          },
                          {
                            "const": -1
                          }
                        ],
                        "description": "Milliseconds; -1 keeps data for ever."
                      },
                      "retention.bytes": {
                        "oneOf": [
                          {
                            "description": "Bytes, or a number with a unit: \"512B\", \"64KiB\", \"500MB\", \"1GiB\".",
                            "oneOf": [
                              {
                                "type": "number",
                                "minimum": 0
                              },
                              {
                                "type": "string",
                                "pattern": "^[0-9]+(\\.[0-9]+)?(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$"
                              }
                            ]
                          },
                          {
                            "const": -1
                          }
                        ],
                        "description": "Per partition; -1 for no limit."
                      },
                      "segment.bytes": {
                        "description": "Bytes, or a number with a unit: \"512B\", \"64KiB\", \"500MB\", \"1GiB\".",
                        "oneOf": [
                          {
                            "type": "number",
                            "minimum": 0
                          },
                          {
                            "type": "string",
                            "pattern": "^[0-9]+(\\.[0-9]+)?(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$"
                          }
                        ]
                      },
                      "segment.ms": {
                        "type": "number",
                        "minimum": 1
                      }
                    },
                    "additionalProperties": false
                  },
                  "compressionRatio": {
                    "type": "number",
                    "minimum": 0.01,
                    "maximum": 1,
                    "description": "Compressed size over original size."
                  },
                  "producers": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "name": {
                          "type": "string"
                        },
                        "messagesPerSecond": {
                          "type": "number",
                          "minimum": 0,
                          "maximum": 10000000000.0,
                          "description": "Mean rate before the profile; omit when the profile is a trace."
                        },
                        "messageSize": {
                          "description": "Message size in bytes, before compression.",
                          "oneOf": [
                            {
                              "type": "number",
                              "exclusiveMinimum": 0
                            },
                            {
                              "type": "object",
                              "properties": {
                                "constant": {
                                  "type": "number"
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "constant"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "uniform": {
                                  "type": "object",
                                  "properties": {
                                    "min": {
                                      "type": "number"
                                    },
                                    "max": {
                                      "type": "number"
                                    }
                                  },
                                  "additionalProperties": false,
                                  "required": [
                                    "min",
                                    "max"
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "uniform"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "exponential": {
                                  "type": "object",
                                  "properties": {
                                    "mean": {
                                      "type": "number",
                                      "exclusiveMinimum": 0
                                    }
                                  },
                                  "additionalProperties": false,
                                  "required": [
                                    "mean"
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "exponential"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "normal": {
                                  "type": "object",
                                  "properties": {
                                    "mean": {
                                      "type": "number"
                                    },
                                    "sd": {
                                      "type": "number",
                                      "minimum": 0
                                    }
                                  },
                                  "additionalProperties": false,
                                  "required": [
                                    "mean",
                                    "sd"
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "normal"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "lognormal": {
                                  "oneOf": [
                                    {
                                      "type": "object",
                                      "properties": {
                                        "mean": {
                                          "type": "number",
                                          "exclusiveMinimum": 0
                                        },
                                        "p99": {
                                          "type": "number",
                                          "exclusiveMinimum": 0
                                        }
                                      },
                                      "additionalProperties": false,
                                      "required": [
                                        "mean",
                                        "p99"
                                      ],
                                      "description": "Mean and 99th percentile; p99 must be above the mean and at most 14.97 times it."
                                    },
                                    {
                                      "type": "object",
                                      "properties": {
                                        "mu": {
                                          "type": "number"
                                        },
                                        "sigma": {
                                          "type": "number",
                                          "minimum": 0,
                                          "maximum": 10
                                        }
                                      },
                                      "additionalProperties": false,
                                      "required": [
                                        "mu",
                                        "sigma"
                                      ],
                                      "description": "Parameters of the underlying normal."
                                    }
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "lognormal"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "pareto": {
                                  "type": "object",
                                  "properties": {
                                    "scale": {
                                      "type": "number",
                                      "exclusiveMinimum": 0
                                    },
                                    "shape": {
                                      "type": "number",
                                      "exclusiveMinimum": 1,
                                      "maximum": 100
                                    }
                                  },
                                  "additionalProperties": false,
                                  "required": [
                                    "scale",
                                    "shape"
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "pareto"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "empirical": {
                                  "type": "object",
                                  "properties": {
                                    "values": {
                                      "type": "array",
                                      "items": {
                                        "type": "number"
                                      },
                                      "minItems": 1
                                    },
                                    "weights": {
                                      "type": "array",
                                      "items": {
                                        "type": "number",
                                        "minimum": 0
                                      }
                                    }
                                  },
                                  "additionalProperties": false,
                                  "required": [
                                    "values"
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "empirical"
                              ]
                            }
                          ]
                        },
                        "profile": {
                          "type": "object",
                          "properties": {
                            "diurnal": {
                              "type": "object",
                              "properties": {
                                "peakToMean": {
                                  "type": "number",
                                  "minimum": 1,
                                  "maximum": 2,
                                  "description": "Peak rate over the daily mean (cosine shape)."
                                },
                                "peakHour": {
                                  "type": "number",
                                  "minimum": 0,
                                  "exclusiveMaximum": 24,
                                  "description": "Hour of the peak, UTC."
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "peakToMean",
                                "peakHour"
                              ]
                            },
                            "weekly": {
                              "type": "array",
                              "items": {
                                "type": "number",
                                "minimum": 0,
                                "maximum": 100
                              },
                              "minItems": 7,
                              "maxItems": 7,
                              "description": "Seven multipliers, Monday first; the horizon starts on a Monday 00:00 UTC."
                            },
                            "growthPercentPerMonth": {
                              "type": "number",
                              "minimum": -99,
                              "maximum": 1000,
                              "description": "Compound growth per 730-hour month."
                            },
                            "bursts": {
                              "type": "array",
                              "items": {
                                "type": "object",
                                "properties": {
                                  "start": {
                                    "description": "Seconds, or a number with a unit: \"90s\", \"15m\", \"2h\", \"7d\", \"1w\", \"1d12h\".",
                                    "oneOf": [
                                      {
                                        "type": "number",
                                        "minimum": 0
                                      },
                                      {
                                        "type": "string",
                                        "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w))+$"
                                      }
                                    ]
                                  },
                                  "duration": {
                                    "description": "Seconds, or a number with a unit: \"90s\", \"15m\", \"2h\", \"7d\", \"1w\", \"1d12h\".",
                                    "oneOf": [
                                      {
                                        "type": "number",
                                        "minimum": 0
                                      },
                                      {
                                        "type": "string",
                                        "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w))+$"
                                      }
                                    ]
                                  },
                                  "multiplier": {
                                    "type": "number",
                                    "minimum": 0,
                                    "maximum": 1000
                                  }
                                },
                                "additionalProperties": false,
                                "required": [
                                  "start",
                                  "duration",
                                  "multiplier"
                                ]
                              }
                            },
                            "trace": {
                              "type": "object",
                              "properties": {
                                "file": {
                                  "type": "string",
                                  "description": "CSV of seconds,messagesPerSecond rows, relative to the workload file; repeated when shorter than the horizon."
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "file"
                              ]
                            }
                          },
                          "additionalProperties": false,
                          "description": "How the rate changes: rate(t) = base · diurnal · weekly · growth · bursts, or a trace · growth · bursts."
                        }
                      },
                      "additionalProperties": false,
                      "required": [
                        "name",
                        "messageSize"
                      ]
                    }
                  }
                },
                "additionalProperties": false,
                "required": [
                  "name"
                ]
              },
              "minItems": 1
            },
            "consumerGroups": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string"
                  },
                  "topics": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "minItems": 1
                  },
                  "consumers": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100000
                  },
                  "capacityPerConsumer": {
                    "oneOf": [
                      {
                        "type": "object",
                        "properties": {
                          "messagesPerSecond": {
                            "type": "number",
                            "exclusiveMinimum": 0
                          }
                        },
                        "additionalProperties": false,
                        "required": [
                          "messagesPerSecond"
                        ]
                      },
                      {
                        "type": "object",
                        "properties": {
                          "megabytesPerSecond": {
                            "type": "number",
                            "exclusiveMinimum": 0
                          }
                        },
                        "additionalProperties": false,
                        "required": [
                          "megabytesPerSecond"
                        ]
                      }
                    ]
                  },
                  "readsFromTip": {
                    "type": "boolean",
                    "description": "False for groups that read old data (served from disk)."
                  }
                },
                "additionalProperties": false,
                "required": [
                  "name",
                  "topics",
                  "consumers",
                  "capacityPerConsumer"
                ]
              }
            }
          },
          "additionalProperties": false,
          "required": [
            "topics"
          ]
        },
        "sqs": {
          "type": "object",
          "properties": {
            "queues": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "pattern": "^[A-Za-z0-9_-]{1,75}$",
                    "description": "The key in the sqs module's queues map."
                  },
                  "fifo": {
                    "type": "boolean"
                  },
                  "producers": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "name": {
                          "type": "string"
                        },
                        "messagesPerSecond": {
                          "type": "number",
                          "minimum": 0,
                          "maximum": 1000000000.0
                        },
                        "messageSize": {
                          "description": "Message body in bytes; above max_message_size is refused at send.",
                          "oneOf": [
                            {
                              "type": "number",
                              "exclusiveMinimum": 0
                            },
                            {
                              "type": "object",
                              "properties": {
                                "constant": {
                                  "type": "number"
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "constant"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "uniform": {
                                  "type": "object",
                                  "properties": {
                                    "min": {
                                      "type": "number"
                                    },
                                    "max": {
                                      "type": "number"
                                    }
                                  },
                                  "additionalProperties": false,
                                  "required": [
                                    "min",
                                    "max"
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "uniform"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "exponential": {
                                  "type": "object",
                                  "properties": {
                                    "mean": {
                                      "type": "number",
                                      "exclusiveMinimum": 0
                                    }
                                  },
                                  "additionalProperties": false,
                                  "required": [
                                    "mean"
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "exponential"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "normal": {
                                  "type": "object",
                                  "properties": {
                                    "mean": {
                                      "type": "number"
                                    },
                                    "sd": {
                                      "type": "number",
                                      "minimum": 0
                                    }
                                  },
                                  "additionalProperties": false,
                                  "required": [
                                    "mean",
                                    "sd"
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "normal"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "lognormal": {
                                  "oneOf": [
                                    {
                                      "type": "object",
                                      "properties": {
                                        "mean": {
                                          "type": "number",
                                          "exclusiveMinimum": 0
                                        },
                                        "p99": {
                                          "type": "number",
                                          "exclusiveMinimum": 0
                                        }
                                      },
                                      "additionalProperties": false,
                                      "required": [
                                        "mean",
                                        "p99"
                                      ],
                                      "description": "Mean and 99th percentile; p99 must be above the mean and at most 14.97 times it."
                                    },
                                    {
                                      "type": "object",
                                      "properties": {
                                        "mu": {
                                          "type": "number"
                                        },
                                        "sigma": {
                                          "type": "number",
                                          "minimum": 0,
                                          "maximum": 10
                                        }
                                      },
                                      "additionalProperties": false,
                                      "required": [
                                        "mu",
                                        "sigma"
                                      ],
                                      "description": "Parameters of the underlying normal."
                                    }
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "lognormal"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "pareto": {
                                  "type": "object",
                                  "properties": {
                                    "scale": {
                                      "type": "number",
                                      "exclusiveMinimum": 0
                                    },
                                    "shape": {
                                      "type": "number",
                                      "exclusiveMinimum": 1,
                                      "maximum": 100
                                    }
                                  },
                                  "additionalProperties": false,
                                  "required": [
                                    "scale",
                                    "shape"
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "pareto"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "empirical": {
                                  "type": "object",
                                  "properties": {
                                    "values": {
                                      "type": "array",
                                      "items": {
                                        "type": "number"
                                      },
                                      "minItems": 1
                                    },
                                    "weights": {
                                      "type": "array",
                                      "items": {
                                        "type": "number",
                                        "minimum": 0
                                      }
                                    }
                                  },
                                  "additionalProperties": false,
                                  "required": [
                                    "values"
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "empirical"
                              ]
                            }
                          ]
                        },
                        "batchSize": {
                          "type": "integer",
                          "minimum": 1,
                          "maximum": 10,
                          "description": "Messages per SendMessageBatch call (1 = SendMessage)."
                        },
                        "profile": {
                          "type": "object",
                          "properties": {
                            "diurnal": {
                              "type": "object",
                              "properties": {
                                "peakToMean": {
                                  "type": "number",
                                  "minimum": 1,
                                  "maximum": 2,
                                  "description": "Peak rate over the daily mean (cosine shape)."
                                },
                                "peakHour": {
                                  "type": "number",
                                  "minimum": 0,
                                  "exclusiveMaximum": 24,
                                  "description": "Hour of the peak, UTC."
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "peakToMean",
                                "peakHour"
                              ]
                            },
                            "weekly": {
                              "type": "array",
                              "items": {
                                "type": "number",
                                "minimum": 0,
                                "maximum": 100
                              },
                              "minItems": 7,
                              "maxItems": 7,
                              "description": "Seven multipliers, Monday first; the horizon starts on a Monday 00:00 UTC."
                            },
                            "growthPercentPerMonth": {
                              "type": "number",
                              "minimum": -99,
                              "maximum": 1000,
                              "description": "Compound growth per 730-hour month."
                            },
                            "bursts": {
                              "type": "array",
                              "items": {
                                "type": "object",
                                "properties": {
                                  "start": {
                                    "description": "Seconds, or a number with a unit: \"90s\", \"15m\", \"2h\", \"7d\", \"1w\", \"1d12h\".",
                                    "oneOf": [
                                      {
                                        "type": "number",
                                        "minimum": 0
                                      },
                                      {
                                        "type": "string",
                                        "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w))+$"
                                      }
                                    ]
                                  },
                                  "duration": {
                                    "description": "Seconds, or a number with a unit: \"90s\", \"15m\", \"2h\", \"7d\", \"1w\", \"1d12h\".",
                                    "oneOf": [
                                      {
                                        "type": "number",
                                        "minimum": 0
                                      },
                                      {
                                        "type": "string",
                                        "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w))+$"
                                      }
                                    ]
                                  },
                                  "multiplier": {
                                    "type": "number",
                                    "minimum": 0,
                                    "maximum": 1000
                                  }
                                },
                                "additionalProperties": false,
                                "required": [
                                  "start",
                                  "duration",
                                  "multiplier"
                                ]
                              }
                            },
                            "trace": {
                              "type": "object",
                              "properties": {
                                "file": {
                                  "type": "string",
                                  "description": "CSV of seconds,messagesPerSecond rows, relative to the workload file; repeated when shorter than the horizon."
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "file"
                              ]
                            }
                          },
                          "additionalProperties": false,
                          "description": "How the rate changes: rate(t) = base · diurnal · weekly · growth · bursts, or a trace · growth · bursts."
                        },
                        "messageGroups": {
                          "type": "integer",
                          "minimum": 1,
                          "description": "FIFO only: message group ids the messages spread over."
                        }
                      },
                      "additionalProperties": false,
                      "required": [
                        "name",
                        "messagesPerSecond",
                        "messageSize"
                      ]
                    }
                  },
                  "consumers": {
                    "type": "object",
                    "properties": {
                      "count": {
                        "type": "integer",
                        "minimum": 0
                      },
                      "scaling": {
                        "type": "object",
                        "properties": {
                          "min": {
                            "type": "integer",
                            "minimum": 0
                          },
                          "max": {
                            "type": "integer",
                            "minimum": 1
                          },
                          "targetBacklogPerConsumer": {
                            "type": "number",
                            "exclusiveMinimum": 0
                          },
                          "reactionDelay": {
                            "description": "Seconds, or a number with a unit: \"90s\", \"15m\", \"2h\", \"7d\", \"1w\", \"1d12h\".",
                            "oneOf": [
                              {
                                "type": "number",
                                "minimum": 0
                              },
                              {
                                "type": "string",
                                "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w))+$"
                              }
                            ]
                          }
                        },
                        "additionalProperties": false,
                        "required": [
                          "min",
                          "max",
                          "targetBacklogPerConsumer"
                        ],
                        "description": "Target tracking on visible messages per consumer."
                      },
                      "receiveBatchSize": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": 10
                      },
                      "processingTime": {
                        "description": "Seconds per message.",
                        "oneOf": [
                          {
                            "type": "number",
                            "exclusiveMinimum": 0
                          },
                          {
                            "type": "object",
                            "properties": {
                              "constant": {
                                "type": "number"
                              }
                            },
                            "additionalProperties": false,
                            "required": [
                              "constant"
                            ]
                          },
                          {
                            "type": "object",
                            "properties": {
                              "uniform": {
                                "type": "object",
                                "properties": {
                                  "min": {
                                    "type": "number"
                                  },
                                  "max": {
                                    "type": "number"
                                  }
                                },
                                "additionalProperties": false,
                                "required": [
                                  "min",
                                  "max"
                                ]
                              }
                            },
                            "additionalProperties": false,
                            "required": [
                              "uniform"
                            ]
                          },
                          {
                            "type": "object",
                            "properties": {
                              "exponential": {
                                "type": "object",
                                "properties": {
                                  "mean": {
                                    "type": "number",
                                    "exclusiveMinimum": 0
                                  }
                                },
                                "additionalProperties": false,
                                "required": [
                                  "mean"
                                ]
                              }
                            },
                            "additionalProperties": false,
                            "required": [
                              "exponential"
                            ]
                          },
                          {
                            "type": "object",
                            "properties": {
                              "normal": {
                                "type": "object",
                                "properties": {
                                  "mean": {
                                    "type": "number"
                                  },
                                  "sd": {
                                    "type": "number",
                                    "minimum": 0
                                  }
                                },
                                "additionalProperties": false,
                                "required": [
                                  "mean",
                                  "sd"
                                ]
                              }
                            },
                            "additionalProperties": false,
                            "required": [
                              "normal"
                            ]
                          },
                          {
                            "type": "object",
                            "properties": {
                              "lognormal": {
                                "oneOf": [
                                  {
                                    "type": "object",
                                    "properties": {
                                      "mean": {
                                        "type": "number",
                                        "exclusiveMinimum": 0
                                      },
                                      "p99": {
                                        "type": "number",
                                        "exclusiveMinimum": 0
                                      }
                                    },
                                    "additionalProperties": false,
                                    "required": [
                                      "mean",
                                      "p99"
                                    ],
                                    "description": "Mean and 99th percentile; p99 must be above the mean and at most 14.97 times it."
                                  },
                                  {
                                    "type": "object",
                                    "properties": {
                                      "mu": {
                                        "type": "number"
                                      },
                                      "sigma": {
                                        "type": "number",
                                        "minimum": 0,
                                        "maximum": 10
                                      }
                                    },
                                    "additionalProperties": false,
                                    "required": [
                                      "mu",
                                      "sigma"
                                    ],
                                    "description": "Parameters of the underlying normal."
                                  }
                                ]
                              }
                            },
                            "additionalProperties": false,
                            "required": [
                              "lognormal"
                            ]
                          },
                          {
                            "type": "object",
                            "properties": {
                              "pareto": {
                                "type": "object",
                                "properties": {
                                  "scale": {
                                    "type": "number",
                                    "exclusiveMinimum": 0
                                  },
                                  "shape": {
                                    "type": "number",
                                    "exclusiveMinimum": 1,
                                    "maximum": 100
                                  }
                                },
                                "additionalProperties": false,
                                "required": [
                                  "scale",
                                  "shape"
                                ]
                              }
                            },
                            "additionalProperties": false,
                            "required": [
                              "pareto"
                            ]
                          },
                          {
                            "type": "object",
                            "properties": {
                              "empirical": {
                                "type": "object",
                                "properties": {
                                  "values": {
                                    "type": "array",
                                    "items": {
                                      "type": "number"
                                    },
                                    "minItems": 1
                                  },
                                  "weights": {
                                    "type": "array",
                                    "items": {
                                      "type": "number",
                                      "minimum": 0
                                    }
                                  }
                                },
                                "additionalProperties": false,
                                "required": [
                                  "values"
                                ]
                              }
                            },
                            "additionalProperties": false,
                            "required": [
                              "empirical"
                            ]
                          }
                        ]
                      },
                      "failureProbability": {
                        "type": "number",
                        "minimum": 0,
                        "maximum": 1
                      },
                      "poisonShare": {
                        "type": "number",
                        "minimum": 0,
                        "maximum": 1
                      },
                      "pollInterval": {
                        "description": "Short polling only: the client's sleep after an empty receive (default 1 s).",
                        "oneOf": [
                          {
                            "type": "number",
                            "minimum": 0
                          },
                          {
                            "type": "string",
                            "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w))+$"
                          }
                        ]
                      }
                    },
                    "additionalProperties": false,
                    "required": [
                      "processingTime"
                    ]
                  }
                },
                "additionalProperties": false,
                "required": [
                  "name",
                  "consumers"
                ]
              }
            }
          },
          "additionalProperties": false,
          "required": [
            "queues"
          ]
        },
        "eventbridge": {
          "type": "object",
          "properties": {
            "eventTypes": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string"
                  },
                  "source": {
                    "type": "string",
                    "description": "The envelope's source, e.g. orion.orders."
                  },
                  "detailType": {
                    "type": "string",
                    "description": "The envelope's detail-type."
                  },
                  "eventsPerSecond": {
                    "type": "number",
                    "minimum": 0,
                    "description": "Mean events per second before the profile."
                  },
                  "profile": {
                    "type": "object",
                    "properties": {
                      "diurnal": {
                        "type": "object",
                        "properties": {
                          "peakToMean": {
                            "type": "number",
                            "minimum": 1,
                            "maximum": 2,
                            "description": "Peak rate over the daily mean (cosine shape)."
                          },
                          "peakHour": {
                            "type": "number",
                            "minimum": 0,
                            "exclusiveMaximum": 24,
                            "description": "Hour of the peak, UTC."
                          }
                        },
                        "additionalProperties": false,
                        "required": [
                          "peakToMean",
                          "peakHour"
                        ]
                      },
                      "weekly": {
                        "type": "array",
                        "items": {
                          "type": "number",
                          "minimum": 0,
                          "maximum": 100
                        },
                        "minItems": 7,
                        "maxItems": 7,
                        "description": "Seven multipliers, Monday first; the horizon starts on a Monday 00:00 UTC."
                      },
                      "growthPercentPerMonth": {
                        "type": "number",
                        "minimum": -99,
                        "maximum": 1000,
                        "description": "Compound growth per 730-hour month."
                      },
                      "bursts": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "properties": {
                            "start": {
                              "description": "Seconds, or a number with a unit: \"90s\", \"15m\", \"2h\", \"7d\", \"1w\", \"1d12h\".",
                              "oneOf": [
                                {
                                  "type": "number",
                                  "minimum": 0
                                },
                                {
                                  "type": "string",
                                  "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w))+$"
                                }
                              ]
                            },
                            "duration": {
                              "description": "Seconds, or a number with a unit: \"90s\", \"15m\", \"2h\", \"7d\", \"1w\", \"1d12h\".",
                              "oneOf": [
                                {
                                  "type": "number",
                                  "minimum": 0
                                },
                                {
                                  "type": "string",
                                  "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w))+$"
                                }
                              ]
                            },
                            "multiplier": {
                              "type": "number",
                              "minimum": 0,
                              "maximum": 1000
                            }
                          },
                          "additionalProperties": false,
                          "required": [
                            "start",
                            "duration",
                            "multiplier"
                          ]
                        }
                      },
                      "trace": {
                        "type": "object",
                        "properties": {
                          "file": {
                            "type": "string",
                            "description": "CSV of seconds,messagesPerSecond rows, relative to the workload file; repeated when shorter than the horizon."
                          }
                        },
                        "additionalProperties": false,
                        "required": [
                          "file"
                        ]
                      }
                    },
                    "additionalProperties": false,
                    "description": "How the rate changes: rate(t) = base · diurnal · weekly · growth · bursts, or a trace · growth · bursts."
                  },
                  "entriesPerCall": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 10,
                    "description": "PutEvents entries per request (S17)."
                  },
                  "size": {
                    "description": "Entry bytes (source, detail-type, detail, resources; S35).",
                    "oneOf": [
                      {
                        "type": "number",
                        "exclusiveMinimum": 0
                      },
                      {
                        "type": "object",
                        "properties": {
                          "constant": {
                            "type": "number"
                          }
                        },
                        "additionalProperties": false,
                        "required": [
                          "constant"
                        ]
                      },
                      {
                        "type": "object",
                        "properties": {
                          "uniform": {
                            "type": "object",
                            "properties": {
                              "min": {
                                "type": "number"
                              },
                              "max": {
                                "type": "number"
                              }
                            },
                            "additionalProperties": false,
                            "required": [
                              "min",
                              "max"
                            ]
                          }
                        },
                        "additionalProperties": false,
                        "required": [
                          "uniform"
                        ]
                      },
                      {
                        "type": "object",
                        "properties": {
                          "exponential": {
                            "type": "object",
                            "properties": {
                              "mean": {
                                "type": "number",
                                "exclusiveMinimum": 0
                              }
                            },
                            "additionalProperties": false,
                            "required": [
                              "mean"
                            ]
                          }
                        },
                        "additionalProperties": false,
                        "required": [
                          "exponential"
                        ]
                      },
                      {
                        "type": "object",
                        "properties": {
                          "normal": {
                            "type": "object",
                            "properties": {
                              "mean": {
                                "type": "number"
                              },
                              "sd": {
                                "type": "number",
                                "minimum": 0
                              }
                            },
                            "additionalProperties": false,
                            "required": [
                              "mean",
                              "sd"
                            ]
                          }
                        },
                        "additionalProperties": false,
                        "required": [
                          "normal"
                        ]
                      },
                      {
                        "type": "object",
                        "properties": {
                          "lognormal": {
                            "oneOf": [
                              {
                                "type": "object",
                                "properties": {
                                  "mean": {
                                    "type": "number",
                                    "exclusiveMinimum": 0
                                  },
                                  "p99": {
                                    "type": "number",
                                    "exclusiveMinimum": 0
                                  }
                                },
                                "additionalProperties": false,
                                "required": [
                                  "mean",
                                  "p99"
                                ],
                                "description": "Mean and 99th percentile; p99 must be above the mean and at most 14.97 times it."
                              },
                              {
                                "type": "object",
                                "properties": {
                                  "mu": {
                                    "type": "number"
                                  },
                                  "sigma": {
                                    "type": "number",
                                    "minimum": 0,
                                    "maximum": 10
                                  }
                                },
                                "additionalProperties": false,
                                "required": [
                                  "mu",
                                  "sigma"
                                ],
                                "description": "Parameters of the underlying normal."
                              }
                            ]
                          }
                        },
                        "additionalProperties": false,
                        "required": [
                          "lognormal"
                        ]
                      },
                      {
                        "type": "object",
                        "properties": {
                          "pareto": {
                            "type": "object",
                            "properties": {
                              "scale": {
                                "type": "number",
                                "exclusiveMinimum": 0
                              },
                              "shape": {
                                "type": "number",
                                "exclusiveMinimum": 1,
                                "maximum": 100
                              }
                            },
                            "additionalProperties": false,
                            "required": [
                              "scale",
                              "shape"
                            ]
                          }
                        },
                        "additionalProperties": false,
                        "required": [
                          "pareto"
                        ]
                      },
                      {
                        "type": "object",
                        "properties": {
                          "empirical": {
                            "type": "object",
                            "properties": {
                              "values": {
                                "type": "array",
                                "items": {
                                  "type": "number"
                                },
                                "minItems": 1
                              },
                              "weights": {
                                "type": "array",
                                "items": {
                                  "type": "number",
                                  "minimum": 0
                                }
                              }
                            },
                            "additionalProperties": false,
                            "required": [
                              "values"
                            ]
                          }
                        },
                        "additionalProperties": false,
                        "required": [
                          "empirical"
                        ]
                      }
                    ]
                  },
                  "samples": {
                    "type": "array",
                    "items": {
                      "type": "object"
                    },
                    "description": "Example detail objects, drawn equally."
                  },
                  "fields": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "object",
                      "additionalProperties": false,
                      "properties": {
                        "oneOf": {
                          "type": "array",
                          "minItems": 1,
                          "description": "Values drawn (with weights, or equally)."
                        },
                        "weights": {
                          "type": "array",
                          "items": {
                            "type": "number",
                            "minimum": 0
                          }
                        },
                        "distribution": {
                          "description": "A number distribution.",
                          "oneOf": [
                            {
                              "type": "number",
                              "exclusiveMinimum": 0
                            },
                            {
                              "type": "object",
                              "properties": {
                                "constant": {
                                  "type": "number"
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "constant"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "uniform": {
                                  "type": "object",
                                  "properties": {
                                    "min": {
                                      "type": "number"
                                    },
                                    "max": {
                                      "type": "number"
                                    }
                                  },
                                  "additionalProperties": false,
                                  "required": [
                                    "min",
                                    "max"
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "uniform"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "exponential": {
                                  "type": "object",
                                  "properties": {
                                    "mean": {
                                      "type": "number",
                                      "exclusiveMinimum": 0
                                    }
                                  },
                                  "additionalProperties": false,
                                  "required": [
                                    "mean"
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "exponential"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "normal": {
                                  "type": "object",
                                  "properties": {
                                    "mean": {
                                      "type": "number"
                                    },
                                    "sd": {
                                      "type": "number",
                                      "minimum": 0
                                    }
                                  },
                                  "additionalProperties": false,
                                  "required": [
                                    "mean",
                                    "sd"
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "normal"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "lognormal": {
                                  "oneOf": [
                                    {
                                      "type": "object",
                                      "properties": {
                                        "mean": {
                                          "type": "number",
                                          "exclusiveMinimum": 0
                                        },
                                        "p99": {
                                          "type": "number",
                                          "exclusiveMinimum": 0
                                        }
                                      },
                                      "additionalProperties": false,
                                      "required": [
                                        "mean",
                                        "p99"
                                      ],
                                      "description": "Mean and 99th percentile; p99 must be above the mean and at most 14.97 times it."
                                    },
                                    {
                                      "type": "object",
                                      "properties": {
                                        "mu": {
                                          "type": "number"
                                        },
                                        "sigma": {
                                          "type": "number",
                                          "minimum": 0,
                                          "maximum": 10
                                        }
                                      },
                                      "additionalProperties": false,
                                      "required": [
                                        "mu",
                                        "sigma"
                                      ],
                                      "description": "Parameters of the underlying normal."
                                    }
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "lognormal"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "pareto": {
                                  "type": "object",
                                  "properties": {
                                    "scale": {
                                      "type": "number",
                                      "exclusiveMinimum": 0
                                    },
                                    "shape": {
                                      "type": "number",
                                      "exclusiveMinimum": 1,
                                      "maximum": 100
                                    }
                                  },
                                  "additionalProperties": false,
                                  "required": [
                                    "scale",
                                    "shape"
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "pareto"
                              ]
                            },
                            {
                              "type": "object",
                              "properties": {
                                "empirical": {
                                  "type": "object",
                                  "properties": {
                                    "values": {
                                      "type": "array",
                                      "items": {
                                        "type": "number"
                                      },
                                      "minItems": 1
                                    },
                                    "weights": {
                                      "type": "array",
                                      "items": {
                                        "type": "number",
                                        "minimum": 0
                                      }
                                    }
                                  },
                                  "additionalProperties": false,
                                  "required": [
                                    "values"
                                  ]
                                }
                              },
                              "additionalProperties": false,
                              "required": [
                                "empirical"
                              ]
                            }
                          ]
                        },
                        "decimals": {
                          "type": "integer",
                          "minimum": 0,
                          "maximum": 6
                        },
                        "ipv4": {
                          "type": "string",
                          "description": "A CIDR block the address is drawn from, e.g. 10.0.0.0/8."
                        },
                        "presence": {
                          "type": "number",
                          "minimum": 0,
                          "maximum": 1,
                          "description": "Probability the field is present (default 1)."
                        }
                      },
                      "oneOf": [
                        {
                          "required": [
                            "oneOf"
                          ]
                        },
                        {
                          "required": [
                            "distribution"
                          ]
                        },
                        {
                          "required": [
                            "ipv4"
                          ]
                        }
                      ]
                    },
                    "description": "Generators of detail fields, by dotted path under detail."
                  },
                  "onThrottle": {
                    "enum": [
                      "retry",
                      "drop"
                    ],
                    "description": "What producers do with throttled events (default retry)."
                  }
                },
                "additionalProperties": false,
                "required": [
                  "name",
                  "source",
                  "detailType",
                  "eventsPerSecond",
                  "size"
                ]
              }
            },
            "rules": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "description": "The key in the module's event_rules map."
                  },
                  "pattern": {
                    "type": "object",
                    "description": "An EventBridge event pattern (mqplan pattern test checks one against an event)."
                  },
                  "enabled": {
                    "type": "boolean"
                  },
                  "targets": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 5,
                    "items": {
                      "type": "object",
                      "properties": {
                        "name": {
                          "type": "string"
                        },
                        "queue": {
                          "type": "string",
                          "description": "A queue of this workload's sqs section."
                        },
                        "maxPerSecond": {
                          "type": "number",
                          "exclusiveMinimum": 0,
                          "description": "A sink's invocations per second; more fail and are retried."
                        },
                        "failureProbability": {
                          "type": "number",
                          "minimum": 0,
                          "maximum": 1
                        }
                      },
                      "additionalProperties": false,
                      "anyOf": [
                        {
                          "required": [
                            "queue"
                          ]
                        },
                        {
                          "required": [
                            "name"
                          ]
                        }
                      ]
                    }
                  },
                  "retryPolicy": {
                    "type": "object",
                    "properties": {
                      "maxAge": {
                        "description": "Seconds, or a number with a unit: \"90s\", \"15m\", \"2h\", \"7d\", \"1w\", \"1d12h\".",
                        "oneOf": [
                          {
                            "type": "number",
                            "minimum": 0
                          },
                          {
                            "type": "string",
                            "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w))+$"
                          }
                        ]
                      },
                      "maxRetries": {
                        "type": "integer",
                        "minimum": 0,
                        "maximum": 185
                      }
                    },
                    "additionalProperties": false,
                    "description": "The target's retry_policy (defaults 24 h and 185, S19)."
                  },
                  "deadLetterQueue": {
                    "type": "string",
                    "description": "The queue that receives events given up (the module's dlq_arn)."
                  }
                },
                "additionalProperties": false,
                "required": [
                  "name",
                  "pattern",
                  "targets"
                ]
              }
            },
            "archive": {
              "type": "object",
              "properties": {
                "pattern": {
                  "type": "object",
                  "description": "An EventBridge event pattern (mqplan pattern test checks one against an event)."
                },
                "retentionDays": {
                  "type": "number",
                  "minimum": 1,
                  "description": "Default: kept indefinitely (S38)."
                }
              },
              "additionalProperties": false,
              "description": "The module's archive; the pattern defaults to the seed's (source prefix orion.)."
            },
            "samplesPerType": {
              "type": "integer",
              "minimum": 100,
              "maximum": 1000000,
              "description": "Events generated per type to measure matching (default 10,000)."
            }
          },
          "additionalProperties": false,
          "required": [
            "eventTypes"
          ],
          "description": "The EventBridge custom bus: event types, rules with targets, the archive."
        }
      }
    }

    """#
}
