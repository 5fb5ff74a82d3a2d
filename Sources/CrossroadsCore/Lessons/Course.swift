/// Every lesson file of the course, parsed; a broken file is kept as its error.
///
/// One broken lesson must never take the others down, so loading never throws: each entry is
/// either a lesson or the `file:line` reason it could not be read.
public struct Course: Sendable, Equatable {
  public enum Entry: Sendable, Equatable {
    case lesson(Lesson)
    case broken(file: String, error: ContentError)

    public var file: String {
      switch self {
      case .lesson(let lesson): lesson.file
      case .broken(let file, _): file
      }
    }
  }

  /// The entries in course order (by file name).
  public let entries: [Entry]

  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// Parses every `NN-slug.md` at the top level of `files` (paths relative to `Lessons/`).
  public init(files: [String: String], displayPrefix: String = "Lessons/") {
    let samples = SampleRenderers(files: files)
    entries = Self.lessonPaths(in: files).map { path in
      let file = displayPrefix + path
      do throws(ContentError) {
        return .lesson(try LessonParser.parse(files[path] ?? "", file: file).resolvingIncludes(samples))
      } catch {
        return .broken(file: file, error: error)
      }
    }
  }

  /// The lesson files among `files`, in course order: `NN-something.md` at the top level.
  public static func lessonPaths(in files: [String: String]) -> [String] {
    // By bytes: the content has hundreds of files, and this runs before the first frame.
    files.keys.filter { path in
      let bytes = path.utf8
      return bytes.count > 5 && !bytes.contains(UInt8(ascii: "/"))
        && bytes.suffix(3).elementsEqual(".md".utf8)
        && bytes.prefix(2).allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }.sorted()
  }

  public var lessons: [Lesson] {
    entries.compactMap {
      if case .lesson(let lesson) = $0 { lesson } else { nil }
    }
  }

  public var errors: [ContentError] {
    entries.compactMap {
      if case .broken(_, let error) = $0 { error } else { nil }
    }
  }

  public func lesson(id: String) -> Lesson? {
    lessons.first { $0.id == id }
  }
}

extension Lesson {
  /// The lesson with every `<<<` block filled in from the sample templates, so it shows
  /// exactly the code that is generated; a missing template or region names the block's line.
  func resolvingIncludes(_ samples: SampleRenderers) throws(ContentError) -> Lesson {
    func resolve(_ block: CodeBlock) throws(ContentError) -> CodeBlock {
      guard let include = block.include else { return block }
      guard let framework = Framework(rawValue: block.side.rawValue) else {
        throw ContentError(
          file: file, line: block.line, message: "only flask and django blocks can include a sample")
      }
      do throws(ScaffoldError) {
        let renderer = try samples.renderer(for: framework)
        let code = try renderer.region(
          include.region, of: include.templatePath,
          features: include.features ?? renderer.manifest.features.map(\.name), projectName: "mysite")
        return block.resolved(code.hasSuffix("\n") ? String(code.dropLast()) : code)
      } catch {
        throw ContentError(file: file, line: block.line + 1, message: "\(error)")
      }
    }
    var resolved: [LessonBlock] = []
    for block in blocks {
      switch block {
      case .code(let code): resolved.append(.code(try resolve(code)))
      case .pair(let flask, let django):
        resolved.append(.pair(flask: try resolve(flask), django: try resolve(django)))
      default: resolved.append(block)
      }
    }
    return Lesson(
      id: id, number: number, title: title, summary: summary, blocks: resolved, check: check, file: file)
  }
}

/// Each framework's sample renderer, made once for all the lessons that include from it:
/// reading a manifest costs more than rendering a region.
final class SampleRenderers {
  private let files: [String: String]
  private var made: [Framework: Result<SampleRenderer, ScaffoldError>] = [:]

  init(files: [String: String]) {
    self.files = files
  }

  func renderer(for framework: Framework) throws(ScaffoldError) -> SampleRenderer {
    if let existing = made[framework] { return try existing.get() }
    let result: Result<SampleRenderer, ScaffoldError>
    do throws(ScaffoldError) {
      result = .success(try SampleRenderer(framework: framework, contentFiles: files))
    } catch {
      result = .failure(error)
    }
    made[framework] = result
    return try result.get()
  }
}
