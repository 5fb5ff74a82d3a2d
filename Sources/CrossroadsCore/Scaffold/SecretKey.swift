/// A fresh random secret for one generated project's `SECRET_KEY`.
///
/// Never a fixed value: a key shipped in a template would sign every project's sessions with
/// the same secret, which anyone who has seen the template knows.
public enum SecretKey {
  /// URL-safe characters, as Python's `secrets.token_urlsafe` uses: 64 of them, so each
  /// character carries 6 random bits and 50 carry 300.
  static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

  public static let length = 50

  /// A new key from the system's cryptographically secure generator.
  public static func generate() -> String {
    var generator = SystemRandomNumberGenerator()
    return generate(using: &generator)
  }

  static func generate(using generator: inout some RandomNumberGenerator) -> String {
    String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
  }
}
