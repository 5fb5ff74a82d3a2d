/// The program's version, shown by `--version` and written into generated samples.
public enum CrossroadsVersion {
  public static let current = "0.1.0"
}
