/// A mistake in what was given to `advise`, said as the fix needs it.
struct AdviseError: Error, CustomStringConvertible {
  let description: String

  init(_ description: String) {
    self.description = description
  }
}
