/// One of the seed's Terraform modules (shared/seed): the variables it
/// declares or uses, with their types, so that tfvars can be checked
/// against them and written for them.
///
/// The seed shows only the msk module's `variables.tf`. Every other
/// variable here is one a module *uses* (`var.name` in its `main.tf`)
/// without a declaration the seed shows; its type is read off the use
/// (`for_each = var.queues` with `each.value.visibility_timeout` in a
/// number argument, and so on), and ``Variable/declared`` is false.
///
/// Nullability: Terraform accepts `null` for any variable and any object
/// attribute, and passes it on as null (the seed never writes
/// `nullable = false`, so a null does *not* select the default). mqplan
/// accepts null only where the module can use one: where the value goes to
/// an optional argument of the AWS provider (AWS's default then applies),
/// to `merge`, or where the seed tests it against null itself (`retry_policy`,
/// `dlq_arn`). Where the value is a condition (`var.use_serverless ? 1 : 0`),
/// a required argument, a `for_each`, a string template or a `contains`
/// validation, Terraform or AWS fails on null, and so does mqplan.
///
/// ```swift
/// if let (module, variable) = SeedModule.variable(named: "broker_count") {
///   print(module.name, variable.type)  // msk number
/// }
/// ```
package struct SeedModule: Hashable, Sendable {
  /// One variable of a module.
  package struct Variable: Hashable, Sendable {
    /// What mqplan does with a variable's value.
    package enum Use: Hashable, Sendable {
      /// Sizing: the value changes what is simulated or billed.
      case sizing
      /// Identity, network and naming (subnets, keys, principals, tags):
      /// type-checked, otherwise left to the environment.
      case identity
    }

    package var name: String
    package var type: TerraformType
    /// Whether the seed's `variables.tf` declares it (only msk's is shown).
    package var declared: Bool
    /// Whether mqplan accepts `null` for it (see ``SeedModule``).
    package var nullable: Bool
    package var use: Use

    package init(
      _ name: String, _ type: TerraformType, declared: Bool, nullable: Bool = false, use: Use = .identity
    ) {
      self.name = name
      self.type = type
      self.declared = declared
      self.nullable = nullable
      self.use = use
    }
  }

  /// The module's directory name: `msk`, `sqs`, `eventbridge`,
  /// `monitoring`.
  package var name: String
  /// Its variables, declared ones first in the seed's order.
  package var variables: [Variable]

  /// The variable called `name`, if the module has one.
  ///
  /// - Complexity: O(*n*) in the number of variables.
  package subscript(name: String) -> Variable? { variables.first { $0.name == name } }

  /// The variables the module uses without declaring them.
  package var undeclared: [Variable] { variables.filter { !$0.declared } }

  /// The module that has a variable called `name` (the first, for the
  /// naming variables every module shares: `project`, `environment`,
  /// `tags`, which have the same type in each), and the variable.
  package static func variable(named name: String) -> (module: SeedModule, variable: Variable)? {
    for module in all {
      if let variable = module[name] { return (module, variable) }
    }
    return nil
  }

  /// Every variable name of every module, once, in module order: the
  /// candidates for "did you mean".
  package static var allVariableNames: [String] {
    var seen: Set<String> = []
    return all.flatMap(\.variables).map(\.name).filter { seen.insert($0).inserted }
  }
}
