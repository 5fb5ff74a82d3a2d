/// Names one long-running piece of work (a launch, a sample's tests, a measure, a check).
///
/// Every message such work sends carries its id, and a screen takes only the messages of
/// the session it started last: a stale session's late events can never be mistaken for
/// the current one's.
public struct SessionID: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let value: Int

  public init(_ value: Int) { self.value = value }

  public static func < (lhs: SessionID, rhs: SessionID) -> Bool { lhs.value < rhs.value }

  public var description: String { "#\(value)" }
}
