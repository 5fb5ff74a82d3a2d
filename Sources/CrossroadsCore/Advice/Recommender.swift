/// Turns answers into a recommendation that explains itself.
///
/// Each answer adds its weights to the two scores. The confidence is the margin between them
/// against what was scored in all, with a floor, so a few small weights cannot look certain:
/// 3 to 0 is 0.3, 7 to 0 is 0.7, and 12 to 10 is 0.09. Below 0.25 the verdict is "either".
/// It never reaches 1: six questions cannot see what the lessons say often outweighs them,
/// such as what the team already knows well or an existing codebase.
public struct Recommender: Sendable {
  public let questionnaire: Questionnaire
  /// The samples' manifests, which complete the features the answers ask for with what
  /// each requires in the framework it leans to.
  public let samples: [Framework: SampleManifest]

  /// Confidences below this are a close call: either framework fits.
  public static let eitherBelow = 0.25
  /// The least total the margin is measured against.
  public static let confidenceFloor = 10
  /// The most a questionnaire can be sure of.
  public static let confidenceCeiling = 0.95

  public init(questionnaire: Questionnaire, samples: [Framework: SampleManifest] = [:]) {
    self.questionnaire = questionnaire
    self.samples = samples
  }

  public func recommend(_ given: Answers) -> Recommendation {
    let answers = questionnaire.completed(given)
    let (flask, django) = scores(answers)
    let reasons = self.reasons(answers)
    let lean: Framework =
      flask == django ? reasons.first?.favours ?? .flask : (flask > django ? .flask : .django)
    let confidence = Self.confidence(flask: flask, django: django)
    let verdict: Recommendation.Verdict =
      confidence < Self.eitherBelow ? .either : (lean == .flask ? .flask : .django)
    return Recommendation(
      verdict: verdict, lean: lean, flaskScore: flask, djangoScore: django, confidence: confidence,
      reasons: reasons, whatIf: whatIf(answers, lean: lean),
      features: features(answers, for: lean), answers: answers)
  }

  /// The features the chosen answers ask for, in the questionnaire's order, completed by the
  /// sample's manifest for `framework` (a feature that sample lacks is left out).
  public func features(_ answers: Answers, for framework: Framework) -> [String] {
    var asked: [String] = []
    for question in questionnaire.questions {
      for option in question.options where answers[question.id].contains(option.id) {
        for feature in option.features where !asked.contains(feature) { asked.append(feature) }
      }
    }
    guard let manifest = samples[framework] else { return asked }
    let known = Set(manifest.features.map(\.name))
    return (try? manifest.closure(of: asked.filter(known.contains))) ?? []
  }

  /// The confidence for two scores, rounded to hundredths so what is shown is what is compared.
  public static func confidence(flask: Int, django: Int) -> Double {
    let margin = Double(abs(flask - django))
    let total = Double(max(flask + django, confidenceFloor))
    return min(confidenceCeiling, (margin / total * 100).rounded() / 100)
  }

  /// The two scores for complete answers.
  func scores(_ answers: Answers) -> (flask: Int, django: Int) {
    var flask = 0
    var django = 0
    for question in questionnaire.questions {
      for id in answers[question.id] {
        guard let option = question.option(id) else { continue }
        flask += option.flask
        django += option.django
      }
    }
    return (flask, django)
  }

  /// Every answer whose weights differ, strongest first, then in questionnaire order.
  func reasons(_ answers: Answers) -> [Reason] {
    var found: [(reason: Reason, order: Int)] = []
    for question in questionnaire.questions {
      for option in question.options
      where answers[question.id].contains(option.id) && option.balance != 0 {
        let reason = Reason(
          questionID: question.id, optionID: option.id, favours: option.balance > 0 ? .flask : .django,
          weight: abs(option.balance), why: option.why)
        found.append((reason, found.count))
      }
    }
    return found.sorted { a, b in
      a.reason.weight != b.reason.weight ? a.reason.weight > b.reason.weight : a.order < b.order
    }.map(\.reason)
  }

  /// The single change of answer that puts the other framework ahead while moving the
  /// balance least; nil when no single change would.
  func whatIf(_ answers: Answers, lean: Framework) -> WhatIf? {
    let (flask, django) = scores(answers)
    let balance = flask - django
    let target = lean.other
    var best: (shift: Int, whatIf: WhatIf)?
    for question in questionnaire.questions {
      let current = answers[question.id]
      for option in question.options {
        let shift: Int
        let change: WhatIf.Change
        let phrase: String
        switch question.kind {
        case .one:
          guard let chosen = current.first.flatMap(question.option), chosen.id != option.id else { continue }
          shift = option.balance - chosen.balance
          change = .choose(option.id)
          phrase = "With \(option.with)"
        case .any:
          if current.contains(option.id) {
            shift = -option.balance
            change = .remove(option.id)
            phrase = "Without \(option.with)"
          } else {
            shift = option.balance
            change = .add(option.id)
            phrase = "With \(option.with) too"
          }
        }
        let newBalance = balance + shift
        let flips = target == .flask ? newBalance > 0 : newBalance < 0
        guard flips, best == nil || abs(shift) < best!.shift else { continue }
        best = (
          abs(shift),
          WhatIf(
            questionID: question.id, change: change, leader: target,
            sentence: "\(phrase), \(target.name) would lead.")
        )
      }
    }
    return best?.whatIf
  }
}
