import Testing

/// Every suite that runs real Python, servers and installers, one after the other.
///
/// Each suite is serialized already; this keeps them from running at the same time as one
/// another too, so a suite's own time limits (an unreachable index fails in 30 s, a watch
/// turns to passed within 5 s of a save) are measured on a machine it does not share with
/// the others' installs, servers and load tests.
@Suite(.serialized) enum RealPython {}
