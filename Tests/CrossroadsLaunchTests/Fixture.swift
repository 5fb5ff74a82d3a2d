import Foundation

/// A tiny sample project written by a test, shaped as the generator writes them.
struct Fixture {
  let directory: URL
  /// Unique, so the test can find this fixture's processes among everyone else's.
  let name: String

  /// The shared root of this test run: one venv cache for all its tests.
  static let runRoot: URL = {
    let temporary = FileManager.default.temporaryDirectory
    // Earlier runs' environments are hundreds of megabytes; drop those whose run has ended.
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path())) ?? [] {
      guard let pid = runOwner(ofFolder: entry) else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH {
        try? FileManager.default.removeItem(at: temporary.appending(path: entry))
      }
    }
    let root = temporary.appending(path: runFolderName(pid: getpid()))
    try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    return root
  }()

  /// The name of the run root of the test process `pid`: a prefix of its own, so no other
  /// test's folder (`crossroads-launch-<8 hex>`, all digits at times) reads as a process id.
  static func runFolderName(pid: pid_t) -> String { runFolderPrefix + String(pid) }

  private static let runFolderPrefix = "crossroads-launch-run-"

  /// The test process whose run root `name` is, or nil for any other folder.
  static func runOwner(ofFolder name: String) -> pid_t? {
    guard name.hasPrefix(runFolderPrefix) else { return nil }
    return pid_t(name.dropFirst(runFolderPrefix.count))
  }

  /// `$XDG_CACHE_HOME` for every launch of this run, so the environments are built once.
  static var environment: [String: String] { ["XDG_CACHE_HOME": runRoot.appending(path: "cache").path()] }

  /// A Flask application package with a factory, two endpoints, and Flask 3.1 pinned.
  static func flask(
    broken: Bool = false, requirements: String = "Flask>=3.1,<3.2\n", tests: Bool = false
  ) throws -> Fixture {
    let name = "sample_\(UUID().uuidString.prefix(8).lowercased())"
    let directory = runRoot.appending(path: name)
    let failure = broken ? "    raise RuntimeError(\"broken on purpose\")\n" : ""
    try write(
      [
        "requirements.txt": requirements,
        "\(name)/__init__.py": """
        from flask import Flask, jsonify, request


        def create_app():
        \(failure)    app = Flask(__name__)

            @app.get("/")
            def index():
                return "Hello, Flask!"

            @app.post("/api/items/")
            def create_item():
                return jsonify({"name": request.get_json()["name"]}), 201

            return app

        """,
        ".crossroads.json": marker(
          framework: "flask", features: [],
          endpoints: [
            (method: "GET", path: "/", body: nil, status: 200, expect: "Hello, Flask!"),
            (
              method: "POST", path: "/api/items/", body: #"{"name": "First item"}"#, status: 201,
              expect: "First item"
            ),
          ]),
      ], into: directory)
    if tests {
      // The sample's own suite, as the generator writes it: pytest and the app's test client.
      try write(
        [
          "requirements.txt": requirements + "pytest>=8.0,<10\n",
          "pyproject.toml": "[tool.pytest.ini_options]\ntestpaths = [\"tests\"]\npythonpath = [\".\"]\n",
          "tests/test_app.py": """
          from \(name) import create_app


          def test_index():
              assert create_app().test_client().get("/").data == b"Hello, Flask!"


          def test_create_item():
              response = create_app().test_client().post("/api/items/", json={"name": "x"})
              assert response.status_code == 201

          """,
        ], into: directory)
    }
    return Fixture(directory: directory, name: name)
  }

  /// A hand-written minimal Django project with the admin, so migrations and the demo
  /// superuser run too.
  static func django() throws -> Fixture {
    let name = "site_\(UUID().uuidString.prefix(8).lowercased())"
    let directory = runRoot.appending(path: name)
    try write(
      [
        "requirements.txt": "Django>=5.2,<6.0\n",
        "manage.py": """
        import os
        import sys

        if __name__ == "__main__":
            os.environ.setdefault("DJANGO_SETTINGS_MODULE", "\(name).settings")
            from django.core.management import execute_from_command_line
            execute_from_command_line(sys.argv)

        """,
        "\(name)/__init__.py": "",
        "\(name)/settings.py": """
        from pathlib import Path

        BASE_DIR = Path(__file__).resolve().parent.parent
        SECRET_KEY = "test-only-not-secret"
        DEBUG = False
        ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
        INSTALLED_APPS = [
            "django.contrib.admin",
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "django.contrib.messages",
        ]
        MIDDLEWARE = [
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.middleware.common.CommonMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
            "django.contrib.messages.middleware.MessageMiddleware",
        ]
        ROOT_URLCONF = "\(name).urls"
        TEMPLATES = [
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "APP_DIRS": True,
                "OPTIONS": {
                    "context_processors": [
                        "django.template.context_processors.request",
                        "django.contrib.auth.context_processors.auth",
                        "django.contrib.messages.context_processors.messages",
                    ]
                },
            }
        ]
        DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
        STATIC_URL = "static/"
        DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

        """,
        "\(name)/urls.py": """
        from django.contrib import admin
        from django.http import HttpResponse
        from django.urls import path

        urlpatterns = [
            path("", lambda request: HttpResponse("Hello, Django!")),
            path("admin/", admin.site.urls),
        ]

        """,
        ".crossroads.json": marker(
          framework: "django", features: ["admin"],
          endpoints: [
            (method: "GET", path: "/", body: nil, status: 200, expect: "Hello, Django!"),
            (method: "GET", path: "/admin/login/", body: nil, status: 200, expect: "Django administration"),
          ]),
      ], into: directory)
    return Fixture(directory: directory, name: name)
  }

  typealias Endpoint = (method: String, path: String, body: String?, status: Int, expect: String)

  /// `.crossroads.json` with the keys the generator writes.
  static func marker(framework: String, features: [String], endpoints: [Endpoint]) -> String {
    let list = endpoints.map { endpoint in
      [
        "method": endpoint.method, "path": endpoint.path, "body": endpoint.body as Any? ?? NSNull(),
        "status": endpoint.status, "expect": endpoint.expect,
      ] as [String: Any]
    }
    let object: [String: Any] = [
      "framework": framework, "features": features, "answers": NSNull(), "crossroads_version": "0.1.0",
      "endpoints": list,
    ]
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  private static func write(_ files: [String: String], into directory: URL) throws {
    for (path, text) in files {
      let url = directory.appending(path: path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
  }
}
