import CrossroadsCore

extension AdvisorScreen {
  func draw(into canvas: inout Canvas, _ context: ScreenContext) {
    let area = context.body
    guard let questionnaire = context.questionnaire else {
      let message = context.questionnaireError?.description ?? "The questionnaire could not be read."
      canvas.put("The questionnaire cannot be shown:", x: 2, y: area.y + 1, style: .error)
      for (row, line) in TextWrap.wrap([StyledRun(message)], width: area.width - 4).enumerated() {
        canvas.put(line, x: 2, y: area.y + 3 + row)
      }
      return
    }
    switch step {
    case .offer: drawOffer(into: &canvas, context, questionnaire)
    case .question(let index): drawQuestion(index, into: &canvas, context, questionnaire)
    case .summary: drawSummary(into: &canvas, context, questionnaire)
    case .result: drawResult(into: &canvas, context, questionnaire)
    }
  }

  private func drawOffer(into canvas: inout Canvas, _ context: ScreenContext, _ questionnaire: Questionnaire)
  {
    let area = context.body
    var y = area.y + 1
    canvas.put("Welcome back", x: 2, y: y, style: .title)
    y += 2
    canvas.put("Last time you answered:", x: 2, y: y)
    y += 2
    let remembered = questionnaire.completed(offered ?? Answers())
    for question in questionnaire.questions {
      canvas.put(Self.shortName(question).padded(toCells: 12), x: 4, y: y, style: .muted)
      canvas.put(
        answerLabels(question, remembered), x: 16, y: y, limit: area.width - 18)
      y += 1
    }
    y += 1
    for (index, label) in ["Use these answers", "Start afresh"].enumerated() {
      let selected = index == cursor
      canvas.put(
        "\(selected ? context.glyphs.pointer : " ") \(label)".padded(toCells: 24), x: 2, y: y,
        style: selected ? .selected : .strong)
      y += 1
    }
  }

  private func drawQuestion(
    _ index: Int, into canvas: inout Canvas, _ context: ScreenContext, _ questionnaire: Questionnaire
  ) {
    let area = context.body
    let glyphs = context.glyphs
    let question = questionnaire.questions[index]
    let count = questionnaire.questions.count
    var y = area.y + 1
    let dots =
      String(repeating: glyphs.barFull, count: index + 1)
      + String(repeating: glyphs.barEmpty, count: count - index - 1)
    canvas.put("Question \(index + 1) of \(count)  ", x: 2, y: y, style: .muted)
    canvas.put(dots, x: 22, y: y, style: .title)
    y += 2
    canvas.put(question.prompt, x: 2, y: y, style: .heading, limit: area.width - 4)
    y += 2
    let labelWidth = (question.options.map(\.label.cellWidth).max() ?? 0) + 2
    for (row, option) in question.options.enumerated() {
      let chosen = answers[question.id].contains(option.id)
      let mark =
        question.kind == .one
        ? (chosen ? glyphs.radioOn : glyphs.radioOff) : (chosen ? glyphs.checkOn : glyphs.checkOff)
      let selected = row == cursor
      let used = canvas.put(
        "\(selected ? glyphs.pointer : " ") \(mark) \(option.label.padded(toCells: labelWidth))", x: 2, y: y,
        style: selected ? .selected : (chosen ? .strong : .plain))
      canvas.put(option.detail, x: 2 + used, y: y, style: .muted, limit: area.width - 4 - used)
      y += 1
    }
    // What the highlighted answer would mean for the result, so each choice teaches.
    let option = question.options[min(cursor, question.options.count - 1)]
    let panel = Rect(x: 1, y: y + 1, width: area.width - 2, height: 5)
    canvas.box(panel, title: option.label)
    var runs = [StyledRun(leaning(option) + " ", .strong), StyledRun(option.why)]
    if option.balance == 0 { runs[0] = StyledRun("Neutral. ", .muted) }
    for (row, line) in TextWrap.wrap(runs, width: panel.width - 4).prefix(3).enumerated() {
      canvas.put(line, x: panel.x + 2, y: panel.y + 1 + row, limit: panel.width - 4)
    }
    let choosing = question.kind == .one ? "Space selects" : "Space ticks or clears a box"
    let help =
      "\(choosing), Enter confirms and " + (returnsToSummary ? "returns to the summary." : "goes on.")
    canvas.put(help, x: 2, y: area.maxY - 1, style: .muted, limit: area.width - 4)
  }

  private func drawSummary(
    into canvas: inout Canvas, _ context: ScreenContext, _ questionnaire: Questionnaire
  ) {
    let area = context.body
    var y = area.y + 1
    canvas.put("Your answers", x: 2, y: y, style: .title)
    y += 1
    canvas.put("Choose one to change it, or see the recommendation.", x: 2, y: y, style: .muted)
    y += 2
    for (row, question) in questionnaire.questions.enumerated() {
      let selected = row == cursor
      let text =
        "\(selected ? context.glyphs.pointer : " ") \(Self.shortName(question).padded(toCells: 12))"
        + answerLabels(question, answers)
      canvas.put(
        text.truncated(toCells: area.width - 4, ellipsis: context.glyphs.ellipsis).padded(
          toCells: area.width - 4),
        x: 2, y: y, style: selected ? .selected : .plain)
      y += 1
    }
    y += 1
    let selected = cursor == questionnaire.questions.count
    canvas.put(
      "\(selected ? context.glyphs.pointer : " ") See the recommendation".padded(toCells: 28), x: 2, y: y,
      style: selected ? .selected : .strong)
  }

  private func drawResult(into canvas: inout Canvas, _ context: ScreenContext, _ questionnaire: Questionnaire)
  {
    guard let result = recommendation else { return }
    let area = context.body
    let glyphs = context.glyphs
    let width = area.width - 4
    var y = area.y + 1
    let percent = Int((result.confidence * 100).rounded())
    let used = canvas.put(
      result.headline, x: 2, y: y, style: result.framework.map(Self.style) ?? .title)
    canvas.put("  confidence \(percent)%, \(result.strength)", x: 2 + used, y: y, style: .muted)
    y += 2
    // Both bars share one scale, the highest score either framework can reach, so their
    // lengths compare fairly from one result to the next.
    let scale = max(1, questionnaire.maximumScore(for: .flask), questionnaire.maximumScore(for: .django))
    let barWidth = width - 14
    for framework in Framework.allCases {
      let score = result.score(framework)
      let filled = min(barWidth, score * barWidth / scale)
      canvas.put(framework.name, x: 2, y: y, style: Self.style(framework))
      canvas.put(String(repeating: glyphs.barFull, count: filled), x: 10, y: y, style: Self.style(framework))
      canvas.put(
        String(repeating: glyphs.barEmpty, count: barWidth - filled), x: 10 + filled, y: y, style: .muted)
      canvas.put("\(score)", x: 11 + barWidth, y: y, style: .strong)
      y += 1
    }
    y += 1
    let reasonTop = y + 1
    let visible = Self.reasonRows(context)
    if result.reasons.isEmpty {
      canvas.put("No answer favours either framework.", x: 2, y: y, style: .muted)
    } else {
      canvas.put("Why, strongest first", x: 2, y: y, style: .heading)
      for (row, reason) in result.reasons.dropFirst(scroll).prefix(visible).enumerated() {
        let index = scroll + row
        let selected = index == cursor
        let head =
          "\(selected ? glyphs.pointer : " ") +\(reason.weight) \(reason.favours.name.padded(toCells: 7))"
        let used = canvas.put(
          head, x: 2, y: reasonTop + row, style: selected ? .selected : Self.style(reason.favours))
        canvas.put(
          "\(reason.answer.padded(toCells: 20)) \(reason.why)".truncated(
            toCells: width - used, ellipsis: glyphs.ellipsis), x: 2 + used, y: reasonTop + row,
          style: selected ? .strong : .plain)
      }
      if scroll > 0 { canvas.put(glyphs.scrollUp, x: area.maxX - 2, y: reasonTop, style: .muted) }
      if scroll + visible < result.reasons.count {
        canvas.put(glyphs.scrollDown, x: area.maxX - 2, y: reasonTop + visible - 1, style: .muted)
      }
    }
    // The highlighted reason in full, then what would change the result.
    y = reasonTop + min(visible, result.reasons.count) + 1
    if result.reasons.indices.contains(cursor) {
      for line in TextWrap.wrap([StyledRun(result.reasons[cursor].why, .muted)], width: width - 2).prefix(2) {
        canvas.put(line, x: 4, y: y, limit: width - 2)
        y += 1
      }
      y += 1
    }
    let whatIf =
      result.whatIf?.sentence ?? "No single change of answer would put \(result.lean.other.name) ahead."
    canvas.put(
      [StyledRun("What would change it: ", .strong), StyledRun(whatIf)].styledLine, x: 2, y: y, limit: width)
    // The actions stay at the bottom, where the eye looks for them.
    if let notice {
      canvas.put(
        notice.text.truncated(toCells: width, ellipsis: glyphs.ellipsis), x: 2, y: area.maxY - 2,
        style: notice.isError ? .error : .muted)
    }
    // From the key table itself, so these can never say other than what the keys do.
    canvas.put(
      Self.resultKeys.hints.prefix(4).map { "\($0.keys) \($0.action)" }.joined(separator: "   "), x: 2,
      y: area.maxY - 1, style: .key, limit: width)
  }

  /// The chosen answers' labels: "Medium", or "Admin, User accounts", or "none".
  private func answerLabels(_ question: Question, _ answers: Answers) -> String {
    let labels = question.options.filter { answers[question.id].contains($0.id) }.map(\.label)
    return labels.isEmpty ? "none" : labels.joined(separator: ", ")
  }

  /// "Favours Django by 3." for an answer that moves the balance.
  private func leaning(_ option: Question.Option) -> String {
    let framework: Framework = option.balance > 0 ? .flask : .django
    return "Favours \(framework.name) by \(abs(option.balance))."
  }

  /// The question's id as a label: "Size", "Long-term" is not needed here.
  static func shortName(_ question: Question) -> String {
    question.id.prefix(1).uppercased() + question.id.dropFirst()
  }

  static func style(_ framework: Framework) -> Style {
    framework == .flask ? .flask : .django
  }
}

extension [StyledRun] {
  fileprivate var styledLine: StyledLine { StyledLine(self) }
}
