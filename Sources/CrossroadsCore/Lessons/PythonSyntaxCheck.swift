/// Compiles every Python block of a course with the real interpreter, in one run: the
/// script and its input are here, so `lessons --check` and the tests check the same way.
public enum PythonSyntaxCheck {
  /// The Python script: reads `[[file, line, code], ...]` as JSON from the file named by its
  /// first argument and prints one `file:line: message` per block that does not compile.
  public static let script = """
    import json, sys
    with open(sys.argv[1], encoding="utf-8") as blocks:
        for name, line, code in json.load(blocks):
            try:
                compile(code, name, "exec")
            except SyntaxError as error:
                print(f"{name}:{line + (error.lineno or 0)}: {error.msg}")
    """

  /// The script's input: every Python block of `course` with its file and fence line.
  public static func input(for course: Course) -> String {
    let blocks = course.lessons.flatMap { lesson in
      lesson.codeBlocks.filter { $0.language == .python }.map { block in
        "[\(JSONText.string(lesson.file)), \(block.line), \(JSONText.string(block.code))]"
      }
    }
    return "[" + blocks.joined(separator: ",\n") + "]\n"
  }

  /// How many Python blocks `course` has, to say what was checked.
  public static func blockCount(in course: Course) -> Int {
    course.lessons.reduce(0) { $0 + $1.codeBlocks.filter { $0.language == .python }.count }
  }
}
