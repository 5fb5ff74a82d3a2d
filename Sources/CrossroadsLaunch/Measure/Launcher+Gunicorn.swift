import CrossroadsCore

extension Launcher {
  /// Gunicorn serving the sample's WSGI application, as both frameworks' deployment docs do:
  /// Flask's application factory, Django's `project.wsgi`.
  ///
  /// Debug is off on both, as in production: Django's sample reads `DJANGO_DEBUG`, Flask's
  /// has it off already. No access log, so a load test does not turn into a flood of lines;
  /// no control socket, which Gunicorn 27 would otherwise make in `~/.gunicorn`, one path
  /// for both sides' servers at once.
  func gunicornCommand(
    _ environment: EnvironmentCache.Entry, port: Int, workers: Int, variables: [String: String?]
  ) throws(LaunchError) -> ChildCommand {
    var variables = variables
    let application: String
    switch target.framework {
    case .flask:
      guard let package = target.flaskPackage() else { throw .noFlaskPackage(target.directory) }
      application = "\(package):create_app()"
    case .django:
      guard let project = target.djangoProject() else {
        throw .step("\(target.directory) has no Django project package (a folder with wsgi.py).")
      }
      application = "\(project).wsgi"
      // Debug off, as in production; the sample then refuses to start without a key of its
      // own (one per run here), and plain HTTP on loopback must not redirect to HTTPS.
      variables["DJANGO_DEBUG"] = "false"
      variables["DJANGO_SECRET_KEY"] = SecretKey.generate()
      variables["DJANGO_SECURE_SSL_REDIRECT"] = "false"
    }
    return ChildCommand(
      executable: environment.python,
      arguments: [
        "-m", "gunicorn", "--workers", String(workers), "--bind", "127.0.0.1:\(port)",
        "--graceful-timeout", "2", "--log-level", "info", "--no-control-socket", application,
      ],
      environment: variables, workingDirectory: target.directory)
  }
}

extension LaunchTarget {
  /// The Django project's package: the folder with `wsgi.py`, named like the project.
  func djangoProject() -> String? {
    FileSystem.list(directory).sorted().first { FileSystem.exists(directory + "/" + $0 + "/wsgi.py") }
  }
}
