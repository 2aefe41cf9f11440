using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Layouts.Canonical;

/// <summary>Each file of Specs/ imported, set against its .expected (<see cref="LayoutSpec"/>).</summary>
public sealed class CanonicalSpecTests
{
    public static TheoryData<string> Specs => LayoutSpec.Inputs("Canonical");

    [Theory]
    [MemberData(nameof(Specs))]
    public void The_file_gives_the_expected_rows_and_diagnostics(string input) => LayoutSpec.Check("Canonical", input);
}
