using UprSite.Synthetic;

// Writes a made-up UprSite input of any size for the benchmark (bench/scale-curve.sh, docs/performance.md) and for
// the many-country tests. The same arguments always write the same bytes.
SyntheticOptions options;
try
{
    options = SyntheticOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine(SyntheticOptions.Usage);
    return 2;
}

if (Directory.Exists(options.Out) && Directory.EnumerateFileSystemEntries(options.Out).Any())
{
    Console.Error.WriteLine($"error: {options.Out} is not empty; give a new folder");
    return 1;
}

var summary = SyntheticSite.Write(options);
Console.WriteLine(summary);
return 0;
