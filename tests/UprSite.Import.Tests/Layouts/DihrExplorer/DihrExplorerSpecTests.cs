using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Layouts.DihrExplorer;

/// <summary>Each file of Specs/ imported, set against its .expected (<see cref="LayoutSpec"/>).</summary>
public sealed class DihrExplorerSpecTests
{
    public static TheoryData<string> Specs => LayoutSpec.Inputs("DihrExplorer");

    [Theory]
    [MemberData(nameof(Specs))]
    public void The_file_gives_the_expected_rows_and_diagnostics(string input) => LayoutSpec.Check("DihrExplorer", input);
}
