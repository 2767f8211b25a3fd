/// A Terraform type constraint, as a module's `variable` block declares it
/// (`type = map(object({ visibility_timeout = number, … }))`).
///
/// Only the constructors the seed's modules need: the three primitive
/// types, `list`, `map`, `object` and `any`. Sets and tuples do not occur.
///
/// ```swift
/// let queues = TerraformType.map(.object([.init("visibility_timeout", .number)]))
/// print(queues)  // map(object({ visibility_timeout = number }))
/// ```
///
/// Whether a tfvars value fits a type, and what Terraform converts it to,
/// is ``convert(_:nullable:at:file:diagnostics:)``.
package indirect enum TerraformType: Hashable, Sendable, CustomStringConvertible {
  case string
  case number
  case bool
  /// Zero or more elements of one type: `list(string)`.
  case list(TerraformType)
  /// String keys to values of one type: `map(string)`.
  case map(TerraformType)
  /// Named attributes, each with its own type: `object({ a = number })`.
  case object([Attribute])
  /// Any value at all (the seed's `pattern` and `event_schemas`).
  case any

  /// One attribute of an `object({…})` type.
  package struct Attribute: Hashable, Sendable {
    package var name: String
    package var type: TerraformType
    /// Whether mqplan accepts `null` for it. Terraform itself accepts null
    /// for every attribute; this says whether the seed's module can use
    /// one (see ``SeedModule`` for the rule).
    package var nullable: Bool
    /// Another spelling people write for it, offered as "did you mean"
    /// (the AWS provider's `maximum_retry_attempts` for the seed's
    /// `max_retries`).
    package var alsoKnownAs: String?

    package init(_ name: String, _ type: TerraformType, nullable: Bool = false, alsoKnownAs: String? = nil) {
      self.name = name
      self.type = type
      self.nullable = nullable
      self.alsoKnownAs = alsoKnownAs
    }
  }

  /// The type as Terraform writes it.
  package var description: String {
    switch self {
    case .string: return "string"
    case .number: return "number"
    case .bool: return "bool"
    case .any: return "any"
    case .list(let element): return "list(\(element))"
    case .map(let element): return "map(\(element))"
    case .object(let attributes):
      return "object({ " + attributes.map { "\($0.name) = \($0.type)" }.joined(separator: ", ") + " })"
    }
  }

  /// The type for messages: as ``description``, but an object's attributes
  /// shortened to `object({…})`, so that a message about a map of objects
  /// stays one line.
  package var shortDescription: String {
    switch self {
    case .list(let element): return "list(\(element.shortDescription))"
    case .map(let element): return "map(\(element.shortDescription))"
    case .object: return "object({…})"
    default: return description
    }
  }
}
