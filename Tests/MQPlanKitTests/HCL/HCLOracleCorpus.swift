import Testing

// tfvars texts read by both our reader and python-hcl2. Together they use
// every construct the reader accepts. Each is valid Terraform: the values
// marked "(Terraform 1.11)" were checked with `terraform console`.

enum HCLOracleCorpus {
  /// A named text.
  struct Text: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var testDescription: String { name }
  }

  /// One file with every construct, for the read → write → read test.
  static let everyConstruct = #"""
    # hash comment
    // slash comment
    /* block
       comment */
    name       = "orders" # trailing
    partitions = 3 // trailing
    ratio      = 2.5 /* trailing */
    big        = 1.5e6
    negative   = -7
    enabled    = true
    disabled   = false
    nothing    = null
    escapes    = "tab\t quote\" backslash\\ newline\n return\r é\u00e9 \U0001F600"
    templates  = "$${not_interpolated} %%{not_a_directive} $ % {}"
    list       = [1, "two", true, null, [], {}]
    multi_line = [
      "a", # comment
      "b",
    ]
    object = { key = 1, "quoted key" = 2, colon: 3 }
    nested = {
      inner = {
        list = [{ a = 1 }, { b = [2, 3] }]
      }

      "with-dash" = "x"
    }
    heredoc = <<EOT
    line one
      line "two" with \ backslash and $${escaped}
    EOT
    indented = <<-EOT
        first
          second
        EOT

    """#

  static let valid: [Text] = [
    Text(name: "every construct", text: everyConstruct),
    Text(name: "scalars", text: "a = \"x\"\nb = 1\nc = true\nd = false\ne = null\n"),
    Text(name: "escapes", text: #"a = "n\n r\r t\t q\" b\\ end""# + "\n"),
    Text(name: "unicode escapes", text: #"a = "\u00e9 \u00E9 \u4e2d \U0001F600 \U00000041""# + "\n"),
    Text(name: "literal unicode", text: "a = \"é ü 中 😀\"\nb = \"tab\there\"\n"),
    Text(
      name: "template escapes",
      text: #"""
        a = "$${x} %%{y}"
        b = "$$$${x} %%%{y}"
        c = "$ $$ % %% { }"

        """#),
    Text(
      name: "template escapes unclosed",
      text: #"""
        a = "$${"
        b = "%%{ x"
        c = { "$${k" = "\n$${\t}" }

        """#),
    Text(name: "integers", text: "a = 0\nb = 42\nc = -7\nd = 007\ne = 12345678901234567890\nf = - 5\n"),
    Text(name: "decimals", text: "a = 2.5\nb = 1.50\nc = -0.5\nd = 0.1\ne = 123456.789\n"),
    Text(
      name: "exponents",
      text: "a = 1e3\nb = 1E+3\nc = 2.5e-3\nd = 1.7976931348623157e308\ne = 5e-324\nf = -1e-7\n"),
    Text(name: "empty collections", text: "a = []\nb = {}\nc = [[], {}]\n"),
    Text(name: "inline list", text: "a = [1, \"b\", true, null]\nb = [1, 2, ]\n"),
    Text(name: "multi-line list", text: "a = [\n  \"x\",\n\n  \"y\"\n  ,\n  \"z\",\n]\n"),
    Text(name: "nested lists", text: "a = [[1, [2, [3]]], [\"x\"]]\n"),
    Text(name: "object with commas", text: "a = { x = 1, y = \"two\", z = [3] }\n"),
    Text(name: "object with newlines", text: "a = {\n  x = 1\n  y = 2\n\n  z = 3\n}\n"),
    Text(name: "object mixed separators", text: "a = {\n  x = 1, y = 2\n  z = 3,\n}\n"),
    Text(
      name: "quoted keys", text: #"a = { "with space" = 1, "dot.ted" = 2, "q\"uote" = 3, "" = 4 }"# + "\n"),
    Text(name: "colon separator", text: "a = { x: 1, \"y\": 2 }\n"),
    Text(name: "keyword keys", text: "a = { true = 1, false = 2, null = 3, for-x = 4 }\n"),
    Text(name: "nested objects", text: "a = {\n  b = {\n    c = {\n      d = [{ e = 1 }]\n    }\n  }\n}\n"),
    Text(name: "comments", text: "# one\n// two\n/* three\n four */\na = 1 # x\nb = 2 // y\nc = 3 /* z */\n"),
    Text(
      name: "comments in collections",
      text: "a = [\n  1, # one\n  /* two */ 2,\n]\nb = {\n  # c\n  x = 1 // d\n}\n"),
    Text(name: "heredoc", text: "a = <<EOT\nfirst\n  second\nEOT\n"),
    Text(name: "heredoc empty", text: "a = <<EOT\nEOT\nb = 1\n"),
    Text(name: "heredoc blank lines", text: "a = <<EOT\n\nmiddle\n\nEOT\n"),
    Text(
      name: "heredoc literal backslash and quotes",
      text: #"a = <<EOT"# + "\n" + #"C:\path "quoted" \n"# + "\nEOT\n"),
    Text(name: "heredoc template escapes", text: "a = <<EOT\n$${x} %%{y} $ %\nEOT\n"),
    Text(name: "heredoc other marker", text: "a = <<END_OF-TEXT\nEOT\nEND_OF-TEXT\n"),
    Text(name: "heredoc indented closing marker", text: "a = <<EOT\nx\n    EOT\n"),
    Text(name: "indented heredoc", text: "a = <<-EOT\n    one\n      two\n    three\n    EOT\n"),
    Text(name: "indented heredoc quotes", text: "a = <<-EOT\n  say \"hi\" \\o/\n  EOT\n"),
    Text(name: "heredoc in object", text: "a = {\n  h = <<EOT\ntext\nEOT\n  n = 1\n}\n"),
    Text(
      name: "CRLF line endings",
      text: "a = \"x\"\r\nb = [\r\n  1,\r\n  2,\r\n]\r\nc = {\r\n  d = true\r\n}\r\n"),
    Text(name: "no final line break", text: "a = 1\nb = \"x\""),
    Text(
      name: "msk module",
      text: """
        kafka_version             = "3.5.1"
        broker_count              = 3
        broker_instance_type      = "kafka.m5.large"
        broker_volume_size        = 500
        private_subnet_ids        = ["subnet-0a1", "subnet-0b2", "subnet-0c3"]
        enhanced_monitoring_level = "PER_TOPIC_PER_BROKER"
        use_serverless            = false
        tags = {
          Team = "payments"
        }

        """),
    Text(
      name: "sqs module",
      text: """
        queues = {
          orders = {
            visibility_timeout  = 30
            retention_seconds   = 345600
            max_message_size    = 262144
            delay_seconds       = 0
            receive_wait_time   = 20
            use_sqs_managed_sse = true
            enable_dlq          = true
            max_receive_count   = 5
            fifo                = false
            depth_threshold     = 1000
          }
          "orders.fifo" = { visibility_timeout = 45, fifo = true, enable_dlq = false }
        }
        alarm_sns_topic_arns = []

        """),
    Text(
      name: "eventbridge module",
      text: """
        archive_retention_days = 7
        event_rules = {
          order_created = {
            description = "Route order events"
            pattern = {
              source        = ["orion.orders"]
              "detail-type" = ["OrderCreated"]
              detail        = { amount = [{ numeric = [">", 100] }] }
            }
            enabled          = true
            target_arn       = "arn:aws:sqs:eu-west-1:123456789012:orders"
            target_type      = "sqs"
            message_group_id = null
            retry_policy     = { max_age = 3600, max_retries = 3 }
            dlq_arn          = null
          }
        }

        """),
  ]

  /// Valid HCL that is not literal: python-hcl2 parses each into an
  /// expression string (`${...}`), and our reader rejects each.
  static let notLiteral: [Text] = [
    Text(name: "reference", text: "a = var.x\n"),
    Text(name: "indexed reference", text: "a = local.m[0]\n"),
    Text(name: "function call", text: "a = max(1, 2)\n"),
    Text(name: "addition", text: "a = 1 + 2\n"),
    Text(name: "comparison", text: "a = 1 == 2\n"),
    Text(name: "conditional", text: "a = true ? 1 : 2\n"),
    Text(name: "negation", text: "a = !true\n"),
    Text(name: "interpolation", text: "a = \"${var.x}\"\n"),
    Text(name: "interpolation in text", text: "a = \"x-${var.x}-y\"\n"),
    Text(name: "for expression", text: "a = [for x in var.y : x]\n"),
    Text(name: "reference in object", text: "a = { b = var.x }\n"),
  ]
}
