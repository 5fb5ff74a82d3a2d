import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Notices saves under a project folder: with inotify where the system has it, else by
/// polling modification times; a burst of events (an editor's write, rename and chmod) is
/// debounced into one change.
///
/// Caches, the database, hidden files and editors' swap and backup files are not saves.
public final class FileWatcher: Sendable {
  public enum Mechanism: String, Sendable {
    case inotify
    case polling
  }

  public let root: String
  public let debounce: Duration
  public let mechanism: Mechanism
  /// How often the polling fallback looks.
  static let pollInterval = DispatchTimeInterval.milliseconds(250)

  private struct State {
    var continuation: AsyncStream<ContinuousClock.Instant>.Continuation?
    /// Bumped by every event; a debounced report goes out only if none came after it.
    var generation = 0
    var stopped = false
    var directories: [Int32: String] = [:]
    var snapshot: [String: Double] = [:]
  }
  private let state = Mutex(State())
  private let queue = DispatchQueue(label: "crossroads.practice.watch")
  /// The running Dispatch source; Dispatch's sources are not Sendable, so it is touched
  /// only on `queue`.
  private final class SourceBox: @unchecked Sendable {
    var source: (any DispatchSourceProtocol)?
  }
  private let box = SourceBox()

  /// Watches `root`; `forcePolling` is for testing the fallback where inotify exists.
  ///
  /// The debounce is short: an editor's save is a burst of a few milliseconds, and a check
  /// started too early is cancelled by the watch loop when the next event comes, so waiting
  /// longer would only add to every save's time to its result.
  public init(root: String, debounce: Duration = .milliseconds(40), forcePolling: Bool = false) {
    self.root = root
    self.debounce = debounce
    #if os(Linux)
      mechanism = forcePolling ? .polling : .inotify
    #else
      mechanism = .polling
    #endif
  }

  /// Whether a file or folder called `name` is one a save of the learner's code can be.
  public static func isWatched(_ name: String) -> Bool {
    if name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~") || name == "__pycache__" {
      return false
    }
    if name == "4913" { return false }  // the file vim writes to test that a folder is writable
    for suffix in [".pyc", ".swp", ".swx", ".swo", ".sqlite", ".sqlite3", ".sqlite-journal", ".tmp"]
    where name.hasSuffix(suffix) {
      return false
    }
    return true
  }

  /// One element per debounced burst of changes, until `stop()`: the moment it was reported,
  /// taken on the watcher's own queue, so a busy listener does not change it.
  public func changes() -> AsyncStream<ContinuousClock.Instant> {
    let (stream, continuation) = AsyncStream<ContinuousClock.Instant>.makeStream(
      bufferingPolicy: .bufferingNewest(1))
    state.withLock { $0.continuation = continuation }
    continuation.onTermination = { [weak self] _ in self?.stop() }
    queue.async { [self] in
      #if os(Linux)
        if mechanism == .inotify, startInotify() { return }
      #endif
      startPolling()
    }
    return stream
  }

  /// Stops watching and ends the stream.
  public func stop() {
    let continuation = state.withLock { state in
      defer {
        state.stopped = true
        state.continuation = nil
      }
      return state.continuation
    }
    queue.async { [box] in
      box.source?.cancel()
      box.source = nil
    }
    continuation?.finish()
  }

  /// Schedules the change to be reported once `debounce` passes with no newer event.
  private func noticed() {
    let generation = state.withLock { state in
      state.generation += 1
      return state.generation
    }
    let components = debounce.components
    let nanoseconds = Int(components.seconds) * 1_000_000_000 + Int(components.attoseconds / 1_000_000_000)
    queue.asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) { [self] in
      let continuation = state.withLock { $0.generation == generation ? $0.continuation : nil }
      continuation?.yield(ContinuousClock.now)
    }
  }

  /// Every watched folder below `path`, `path` first.
  private static func folders(under path: String) -> [String] {
    var found = [path]
    var index = 0
    while index < found.count {
      let folder = found[index]
      index += 1
      for name in FileSystem.list(folder).sorted() where isWatched(name) {
        let child = folder + "/" + name
        if FileSystem.isDirectory(child) { found.append(child) }
      }
    }
    return found
  }

  // MARK: polling

  private func takeSnapshot() -> [String: Double] {
    var snapshot: [String: Double] = [:]
    for folder in Self.folders(under: root) {
      // Files only: a folder's own time changes when a cache is written into it.
      for name in FileSystem.list(folder) where Self.isWatched(name) {
        let path = folder + "/" + name
        if !FileSystem.isDirectory(path) { snapshot[path] = FileSystem.modified(path) ?? 0 }
      }
    }
    return snapshot
  }

  private func startPolling() {
    let first = takeSnapshot()
    let timer = DispatchSource.makeTimerSource(queue: queue)
    timer.schedule(deadline: .now() + Self.pollInterval, repeating: Self.pollInterval)
    timer.setEventHandler { [self] in
      let now = takeSnapshot()
      let changed = state.withLock { state in
        defer { state.snapshot = now }
        return state.snapshot != now
      }
      if changed { noticed() }
    }
    let started = state.withLock { state in
      guard !state.stopped else { return false }
      state.snapshot = first
      return true
    }
    if started {
      box.source = timer
      timer.resume()
    }
  }

  // MARK: inotify

  #if os(Linux)
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE)

    private func startInotify() -> Bool {
      let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
      guard descriptor >= 0 else { return false }
      var directories: [Int32: String] = [:]
      for folder in Self.folders(under: root) {
        let watch = inotify_add_watch(descriptor, folder, Self.mask)
        if watch >= 0 { directories[watch] = folder }
      }
      guard !directories.isEmpty else {
        close(descriptor)
        return false
      }
      let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
      source.setEventHandler { [self] in readEvents(descriptor) }
      source.setCancelHandler { close(descriptor) }
      let started = state.withLock { state in
        guard !state.stopped else { return false }
        state.directories = directories
        return true
      }
      if started {
        box.source = source
        source.resume()
      } else {
        close(descriptor)
      }
      return true
    }

    private func readEvents(_ descriptor: Int32) {
      var buffer = [UInt8](repeating: 0, count: 16 * 1024)
      var saved = false
      while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { break }
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
          let (watch, mask, length) = buffer.withUnsafeBytes { bytes in
            let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
            return (event.wd, event.mask, Int(event.len))
          }
          let nameBytes = buffer[(offset + header)..<min(count, offset + header + length)]
          let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
          offset += header + length
          guard Self.isWatched(name) else { continue }
          let folder = state.withLock { $0.directories[watch] }
          if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, let folder {
            // A new folder: watch it and everything already in it.
            for child in Self.folders(under: folder + "/" + name) {
              let added = inotify_add_watch(descriptor, child, Self.mask)
              if added >= 0 { state.withLock { $0.directories[added] = child } }
            }
          }
          // Creating a file is not yet a save; its close after writing is.
          if mask & UInt32(IN_CREATE) != 0, mask & UInt32(IN_ISDIR) == 0 { continue }
          saved = true
        }
      }
      if saved { noticed() }
    }
  #endif
}
