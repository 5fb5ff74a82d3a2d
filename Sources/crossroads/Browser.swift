import CrossroadsLaunch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opens a URL in the person's browser, the way their desktop would.
enum Browser {
  /// Starts the opener and returns nil, or says why the URL could not be opened.
  ///
  /// The browser must outlive Crossroads, so the opener runs in a session of its own
  /// (`setsid`): the watchdog that ends Crossroads' children never reaches it.
  static func open(_ url: String) -> String? {
    #if os(macOS)
      let command = ChildCommand(executable: "/usr/bin/open", arguments: [url])
    #else
      let openers: [String] = ["/usr/bin/xdg-open", "/usr/local/bin/xdg-open"]
      guard let opener = openers.first(where: { access($0, X_OK) == 0 }),
        access("/usr/bin/setsid", X_OK) == 0
      else {
        return "No browser opener (xdg-open) was found; open \(url) by hand."
      }
      let command = ChildCommand(executable: "/usr/bin/setsid", arguments: ["-f", opener, url])
    #endif
    let result = Mutex<String?>(nil)
    Blocking.wait {
      do {
        let ended = try await command.run(groups: ProcessGroups(), timeout: Duration.seconds(10))
        if !ended.succeeded {
          result.withLock {
            $0 = "The browser could not be opened (\(ended.statusText)); open \(url) by hand."
          }
        }
      } catch {
        result.withLock { $0 = "The browser could not be opened (\(error)); open \(url) by hand." }
      }
    }
    return result.withLock { $0 }
  }
}
