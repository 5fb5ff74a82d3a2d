import Testing

@testable import CrossroadsCore

/// One file rendered alone, as the preview opens it, is the file the whole plan writes.
struct SampleRendererFileTests {
  @Test(arguments: Framework.allCases, [[String](), ["orm"], ["admin", "html"]])
  func eachFileAloneIsTheFileOfThePlan(_ framework: Framework, _ features: [String]) throws {
    let renderer = try SampleRendererTests.renderer(framework)
    let name = try ProjectName("shop")
    let plan = try renderer.plan(name: name, features: features, secretKey: "key")
    #expect(plan.files.count > 5)
    for file in plan.files {
      let alone = try renderer.file(at: file.path, name: name, features: features, secretKey: "key")
      #expect(alone == file.contents, "\(file.path)")
    }
  }

  @Test func aPathThePlanDoesNotHoldIsNil() throws {
    let renderer = try SampleRendererTests.renderer(.flask)
    let name = try ProjectName("shop")
    // The admin's file exists only with the admin feature.
    let admin = try #require(
      renderer.plan(name: name, features: ["admin"]).files.first { $0.path.hasSuffix("admin.py") })
    #expect(try renderer.file(at: admin.path, name: name, features: []) == nil)
    #expect(try renderer.file(at: "shop/nosuch.py", name: name, features: []) == nil)
  }
}
