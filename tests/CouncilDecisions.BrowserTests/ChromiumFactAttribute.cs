namespace CouncilDecisions.BrowserTests;

/// <summary>
/// A test that needs Debian's Chromium. Where it is not installed the test is reported as skipped, with the
/// reason, never as passed; Playwright is never allowed to download a browser.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"Chromium not installed at {ChromiumPath} (apt-get install -y chromium)";
        }
    }
}

/// <summary>The <see cref="ChromiumFactAttribute"/> rule for theories.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!File.Exists(ChromiumFactAttribute.ChromiumPath))
        {
            Skip = $"Chromium not installed at {ChromiumFactAttribute.ChromiumPath} (apt-get install -y chromium)";
        }
    }
}
