extension Configuration {
  /// Builds the configuration a run evaluates: the defaults, then each
  /// tfvars file in the order given, then each `--set` assignment, later
  /// values winning, as Terraform layers `-var-file` and `-var`.
  ///
  /// ```swift
  /// let files = try ["base.tfvars", "prod.tfvars"].map { try TFVarsReader.read(path: $0) }
  /// let layered = try Configuration.layered(files, sets: ["broker_count=6"])
  /// ```
  ///
  /// - Parameters:
  ///   - files: The tfvars files, earliest first.
  ///   - sets: `name=value` assignments, applied after every file.
  ///   - setOrigin: What ``origins`` records for the assignments.
  /// - Returns: The configuration; the warnings (unknown variables,
  ///   dropped object attributes) in file order; and the identity,
  ///   network and naming variables that were type-checked but do not
  ///   change the simulation, for ``unusedNote(_:)``.
  /// - Throws: ``InputError`` with every error of every file and
  ///   assignment (and the warnings), when there is any.
  package static func layered(
    _ files: [TFVarsFile], sets: [String], setOrigin: String = "--set"
  ) throws(InputError) -> (configuration: Configuration, warnings: [Diagnostic], unused: [String]) {
    var configuration = Configuration()
    var diagnostics: [Diagnostic] = []
    var unused: [String] = []
    for file in files {
      do {
        let outcome = try configuration.apply(file)
        diagnostics += outcome.warnings
        for name in outcome.unused where !unused.contains(name) { unused.append(name) }
      } catch {
        diagnostics += error.diagnostics
      }
    }
    for assignment in sets {
      do {
        try configuration.set(assignment, origin: setOrigin)
      } catch {
        diagnostics += error.diagnostics
      }
    }
    if diagnostics.contains(where: { $0.severity == .error }) { throw InputError(diagnostics) }
    return (configuration, diagnostics, unused)
  }

  /// The one note about variables read but not used, or `nil` when there
  /// are none.
  package static func unusedNote(_ names: [String]) -> Diagnostic? {
    guard !names.isEmpty else { return nil }
    return Diagnostic(
      .note,
      message:
        "type-checked but not simulated (identity, network and naming inputs, and what the workload's rules decide): "
        + names.joined(separator: ", "))
  }

  /// Sets the variables one tfvars file gives, on top of this
  /// configuration.
  ///
  /// Each value is checked against the type the seed's module declares or
  /// implies (``SeedModule``) with Terraform's conversions, then:
  /// - the msk sizing variables set ``msk``;
  /// - `queues` replaces ``queues`` as a whole, as Terraform replaces a map
  ///   a later file sets again. Every attribute of every queue must be
  ///   given: the seed's object type has no optional attributes, so
  ///   Terraform rejects an entry without one, and so does mqplan (an
  ///   error naming the attribute, not a warning and a default). A `null`
  ///   among the five numbers that go to optional `aws_sqs_queue` arguments
  ///   gives AWS's default;
  /// - `archive_retention_days` (null: indefinitely, as 0) and each rule's
  ///   `retry_policy` set ``eventBridge``; `event_rules` replaces every
  ///   retry policy, and a rule whose `retry_policy` is null, or whose
  ///   `max_retries` or `max_age` is null, gets AWS's default (185
  ///   attempts, 86,400 s), not the workload's;
  /// - identity, network and naming variables are checked and not used;
  /// - a name no module uses gets a warning with a "did you mean".
  ///
  /// Ranges (a broker count over the zones, a visibility timeout over 12
  /// hours) are not checked here: the validators that `World.simulate`
  /// runs check them, and ``locating(_:)`` points their diagnostics at the
  /// file. ``origins`` records the file for each value set.
  ///
  /// - Returns: Warnings in source order, and the names of the variables
  ///   set that the simulation does not use.
  /// - Throws: ``InputError`` with every type error (and the warnings);
  ///   the configuration is then unchanged.
  package mutating func apply(_ file: TFVarsFile) throws(InputError) -> (
    warnings: [Diagnostic], unused: [String]
  ) {
    var next = self
    var diagnostics: [Diagnostic] = []
    var unused: [String] = []
    for attribute in file.attributes {
      guard let (_, variable) = SeedModule.variable(named: attribute.name) else {
        var hint = "mqplan knows the variables of the seed's msk, sqs and eventbridge modules"
        if let guess = Suggestions.closest(to: attribute.name, in: SeedModule.allVariableNames) {
          hint = "did you mean \(guess)?"
        }
        diagnostics.append(
          Diagnostic(
            .warning, file: file.file, location: attribute.nameLocation,
            path: JSONPath([.key(attribute.name)]),
            message: "no module of the seed uses this variable; it is ignored", hint: hint))
        continue
      }
      let path = JSONPath([.key(attribute.name)])
      guard
        let value = variable.type.convert(
          attribute.value, nullable: variable.nullable, at: path, file: file.file, diagnostics: &diagnostics)
      else { continue }
      var setter = _TFVarsSetter(file: file.file, configuration: next)
      switch variable.use {
      case .identity:
        if !unused.contains(attribute.name) { unused.append(attribute.name) }
      case .sizing:
        setter.set(attribute.name, value)
        if attribute.name == "event_rules" {
          unused.append(
            "event_rules' description, pattern, enabled, target_arn, target_type, message_group_id and dlq_arn"
          )
        }
      }
      next = setter.configuration
      diagnostics += setter.diagnostics
    }
    // Source order; ties (the attributes missing from one object) keep
    // the order they were found in.
    diagnostics = diagnostics.enumerated().sorted {
      ($0.element.line ?? 0, $0.element.column ?? 0, $0.offset)
        < ($1.element.line ?? 0, $1.element.column ?? 0, $1.offset)
    }.map(\.element)
    if diagnostics.contains(where: { $0.severity == .error }) { throw InputError(diagnostics) }
    self = next
    return (diagnostics, unused)
  }
}
