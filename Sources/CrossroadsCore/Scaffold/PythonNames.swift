/// Names a generated project must not take, because Python would then import the project
/// instead of something the sample or its tools need.
///
/// The project's folder is first on `sys.path` when its tests or `manage.py` run, so a
/// project called `json` or `flask` hides the real module and fails in confusing ways.
enum PythonNames {
  /// Python's keywords: `import class` is a syntax error. Soft keywords (`match`, `case`,
  /// `type`) are valid module names, so they are allowed.
  static let keywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
  ]

  /// The standard library's top-level modules in any of Python 3.10 to 3.13: the union of
  /// `sys.stdlib_module_names` of each, without the private `_` names (a project name starts
  /// with a letter), plus `test`, which that list leaves out but a Python installation has.
  static let standardLibrary: Set<String> = [
    "abc", "aifc", "antigravity", "argparse", "array", "ast", "asynchat", "asyncio", "asyncore", "atexit",
    "audioop", "base64", "bdb", "binascii", "binhex", "bisect", "builtins", "bz2", "cProfile", "calendar",
    "cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys",
    "compileall", "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg", "crypt",
    "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis", "distutils",
    "doctest", "email", "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp",
    "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc", "genericpath", "getopt", "getpass",
    "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac", "html", "http", "idlelib",
    "imaplib", "imghdr", "imp", "importlib", "inspect", "io", "ipaddress", "itertools", "json", "keyword",
    "lib2to3", "linecache", "locale", "logging", "lzma", "mailbox", "mailcap", "marshal", "math",
    "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib",
    "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev",
    "pathlib", "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib",
    "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc",
    "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib", "resource",
    "rlcompleter", "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil",
    "signal", "site", "smtpd", "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3",
    "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string", "stringprep",
    "struct", "subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile",
    "telnetlib", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter",
    "token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo",
    "types", "typing", "unicodedata", "unittest", "urllib", "uu", "uuid", "venv", "warnings", "wave",
    "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp",
    "zipfile", "zipimport", "zlib", "zoneinfo",
    "test",
  ]

  /// Packages the samples install (their requirements and what those pull in, the test
  /// runner and the linter) and names the templates themselves use at the top level.
  static let sampleModules: Set<String> = [
    // The frameworks and their dependencies.
    "flask", "werkzeug", "jinja2", "markupsafe", "itsdangerous", "click", "blinker", "django", "asgiref",
    "sqlparse", "tzdata", "typing_extensions",
    // Optional features' packages.
    "flask_sqlalchemy", "sqlalchemy", "greenlet", "flask_admin", "flask_wtf", "wtforms", "flask_login",
    // Tools the samples are tested and set up with.
    "pytest", "pluggy", "iniconfig", "packaging", "exceptiongroup", "tomli", "pygments", "ruff", "pip",
    "setuptools", "pkg_resources", "conftest",
    // Top-level names in the generated projects: Django's app and manage.py, Flask's tests
    // package and instance folder.
    "core", "manage", "tests", "instance",
  ]
}
