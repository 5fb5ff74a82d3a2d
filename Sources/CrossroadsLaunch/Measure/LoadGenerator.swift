import CrossroadsCore
import Dispatch

/// Sends the measure's requests to a sample's server on 127.0.0.1: one after another for
/// latency, several clients at once for throughput. Every loop stops by itself, at its count
/// or its time limit, whichever comes first, and at once when the measure is stopped.
struct LoadGenerator: Sendable {
  let port: Int
  let isStopping: @Sendable () -> Bool

  /// `count` sequential requests of `path`, each on a new connection, within `limit`.
  func latency(path: String, expectedStatus: Int = 200, count: Int, limit: Duration = .seconds(60)) async
    -> MeasuredEndpoint
  {
    let port = port
    let isStopping = isStopping
    return await offThePool {
      let clock = ContinuousClock()
      let deadline = clock.now + limit
      var samples: [Double] = []
      var last: HTTPResponse?
      var problem: String?
      for _ in 0..<count {
        guard clock.now < deadline, !isStopping() else { break }
        let start = clock.now
        do {
          let response = try LoopbackHTTP.request(
            method: "GET", path: path, body: nil, port: port, timeoutSeconds: 5)
          samples.append(Self.milliseconds(clock.now - start))
          if response.status != expectedStatus, problem == nil {
            problem = "answered \(response.status), expected \(expectedStatus)"
          }
          last = response
        } catch {
          problem = problem ?? String(describing: error)
        }
      }
      if samples.count < count, problem == nil {
        problem =
          isStopping() ? "stopped" : "only \(samples.count) of \(count) requests within the time limit"
      }
      return MeasuredEndpoint(
        method: "GET", path: path, status: last?.status, samples: samples, body: last?.body ?? "",
        problem: problem)
    }
  }

  /// Requests per second answered 200 by `clients` clients at once, each sending one request
  /// after another (a new connection each) for `duration`.
  func throughput(path: String, clients: Int, duration: Duration) async -> (rate: Double, failures: Int) {
    let port = port
    let isStopping = isStopping
    let clock = ContinuousClock()
    let start = clock.now
    let deadline = start + duration
    let (answered, failed) = await withTaskGroup(of: (Int, Int).self) { group in
      for index in 0..<clients {
        group.addTask {
          // A queue of its own each: such queues get a thread each, so the clients really
          // run at once even on a two-core machine.
          await offThePool(queue: DispatchQueue(label: "crossroads.measure.client.\(index)")) {
            var answered = 0
            var failed = 0
            // At most a million requests each, should loopback ever be that fast.
            for _ in 0..<1_000_000 {
              guard clock.now < deadline, !isStopping() else { break }
              let status = try? LoopbackHTTP.request(
                method: "GET", path: path, body: nil, port: port, timeoutSeconds: 2
              ).status
              if status == 200 { answered += 1 } else { failed += 1 }
            }
            return (answered, failed)
          }
        }
      }
      var total = (0, 0)
      for await (answered, failed) in group {
        total.0 += answered
        total.1 += failed
      }
      return total
    }
    let elapsed = Self.milliseconds(clock.now - start) / 1000
    return (elapsed > 0 ? Double(answered) / elapsed : 0, failed)
  }

  static func milliseconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15
  }
}

/// Runs blocking socket work on a Dispatch thread, keeping it off Swift's small cooperative pool.
func offThePool<T: Sendable>(
  queue: DispatchQueue = .global(), _ work: @escaping @Sendable () -> T
) async -> T {
  await withCheckedContinuation { continuation in
    queue.async { continuation.resume(returning: work()) }
  }
}
