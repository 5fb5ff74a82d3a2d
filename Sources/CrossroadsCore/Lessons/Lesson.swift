/// One lesson of the course: its front matter and its body, parsed from `NN-slug.md`.
public struct Lesson: Sendable, Equatable {
  /// The slug: the lesson's id and its Compare topic.
  public let id: String
  /// The `NN` of the file name, which orders the course.
  public let number: Int
  public let title: String
  public let summary: String
  public let blocks: [LessonBlock]
  /// The knowledge check; passing every question marks the lesson done.
  public let check: [CheckQuestion]
  /// The file the lesson came from, as named in error messages.
  public let file: String

  public init(
    id: String, number: Int, title: String, summary: String, blocks: [LessonBlock],
    check: [CheckQuestion], file: String
  ) {
    self.id = id
    self.number = number
    self.title = title
    self.summary = summary
    self.blocks = blocks
    self.check = check
    self.file = file
  }

  /// Every code block of the lesson, pairs included, in reading order.
  public var codeBlocks: [CodeBlock] {
    blocks.flatMap { block -> [CodeBlock] in
      switch block {
      case .code(let code): [code]
      case .pair(let flask, let django): [flask, django]
      case .heading, .paragraph, .list: []
      }
    }
  }
}

/// A block of a lesson's body.
public enum LessonBlock: Sendable, Equatable {
  case heading(level: Int, text: RichText)
  case paragraph(RichText)
  case list(ordered: Bool, items: [RichText])
  case code(CodeBlock)
  /// A Flask block directly followed by a Django block: shown side by side.
  case pair(flask: CodeBlock, django: CodeBlock)
}

/// A question of a lesson's knowledge check.
public struct CheckQuestion: Sendable, Equatable {
  public struct Choice: Sendable, Equatable {
    public let text: String
    /// Why this choice is right or wrong, shown once it is picked.
    public let why: String

    public init(text: String, why: String) {
      self.text = text
      self.why = why
    }
  }

  public let question: String
  public let choices: [Choice]
  public let correctIndex: Int

  public init(question: String, choices: [Choice], correctIndex: Int) {
    self.question = question
    self.choices = choices
    self.correctIndex = correctIndex
  }
}
