/// A part the generated sample can include, derived from the needs.
public enum Feature: String, Sendable, Equatable, Hashable, CaseIterable {
  case orm
  case admin
  case html
  case auth

  /// The features for `needs` in `framework`, in a fixed order.
  ///
  /// The admin manages the sample's `Item` model, so it brings the model with it; Flask's
  /// login also keeps its users in the database through the ORM, where Django brings its own.
  /// Flask-Admin has no login of its own, so in Flask the admin brings the login too.
  public static func derived(from needs: [String], for framework: Framework) -> [Feature] {
    var chosen = Set(needs.compactMap(Feature.init(rawValue:)))
    if framework == .flask && chosen.contains(.admin) { chosen.insert(.auth) }
    if chosen.contains(.admin) || (framework == .flask && chosen.contains(.auth)) {
      chosen.insert(.orm)
    }
    return allCases.filter(chosen.contains)
  }
}
