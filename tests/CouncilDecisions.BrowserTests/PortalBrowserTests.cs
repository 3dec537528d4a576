using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CouncilDecisions.BrowserTests;

public sealed class PortalBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private Dictionary<string, string> PageTypes => new()
    {
        ["home"] = "/",
        ["search"] = "/search?q=digital+strategy",
        ["search-empty"] = "/search",
        ["decision"] = $"/decisions/{fixture.Records.CambridgeDecisionId}/digital-transformation-strategy",
        ["meeting"] = $"/meetings/{fixture.Records.OxfordshireMeetingId}",
        ["item"] = $"/items/{fixture.Records.OxfordshireItemId}",
        ["issue"] = $"/issues/{fixture.Records.OxfordshireIssueId}",
        ["council"] = "/councils/oxfordshire-county-council",
        ["body"] = $"/bodies/{fixture.Records.OxfordshireCabinetId}",
        ["person"] = $"/people/{fixture.Records.WillHarperId}/will-harper",
        ["not-found"] = "/no-such-page",
    };

    [ChromiumFact]
    public async Task Resident_goes_from_home_to_search_to_decision_details()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Search decisions, agenda items and minutes").FillAsync("digital transformation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/search?q=digital+transformation");
        Assert.Contains("results for", await page.Locator("#search-message").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator(".app-search-result h3 a").First.ClickAsync();

        Assert.Equal("Digital Transformation Strategy", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("i.", await page.Locator("#resolutions + ol .app-labelled-list__label").First.InnerTextAsync());
        Assert.Contains("js-enabled", await page.Locator("body").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Keyboard_only_journey_moves_visible_focus_from_skip_link_to_decision()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await FocusedTextAsync(page));
        await AssertFocusVisibleAsync(page);

        await TabUntilAsync(page, "el => el.id === 'q'");
        await AssertFocusVisibleAsync(page);
        await page.Keyboard.TypeAsync("digital transformation");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=digital+transformation");

        await TabUntilAsync(page, "el => el.matches('.app-search-result h3 a')");
        Assert.Equal("Digital Transformation Strategy", await FocusedTextAsync(page));
        await AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/decisions/**");

        Assert.Equal("Digital Transformation Strategy", await page.Locator("h1").InnerTextAsync());
    }

    [ChromiumFact]
    public async Task Every_page_type_has_no_axe_violations_at_wcag_2_2_aa()
    {
        var failures = new StringBuilder();
        foreach (var (name, url) in PageTypes)
        {
            var page = await fixture.NewPageAsync();
            await page.GotoAsync(url);
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            });
            foreach (var violation in result.Violations)
            {
                failures.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{name} {url}: {violation.Id} ({violation.Impact}) {violation.Help}");
                foreach (var node in violation.Nodes.Take(3))
                {
                    failures.AppendLine("    " + node.Html);
                }
            }

            await page.Context.CloseAsync();
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    [ChromiumFact]
    public async Task Every_page_type_fits_320_px_and_is_captured_at_375_and_1280_px()
    {
        var overflowing = new List<string>();
        foreach (var (name, url) in PageTypes)
        {
            foreach (var width in new[] { 320, 375, 1280 })
            {
                var page = await fixture.NewPageAsync(width);
                await page.GotoAsync(url);
                var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                if (scrollWidth > width)
                {
                    overflowing.Add($"{name} at {width}px is {scrollWidth}px wide");
                }

                if (width != 320)
                {
                    await BrowserFixture.ScreenshotAsync(page, $"{name}-{width}");
                }

                await page.Context.CloseAsync();
            }
        }

        Assert.Empty(overflowing);
        Assert.True(File.Exists(Path.Combine(BrowserFixture.ScreenshotFolder, "decision-375.png")));
    }

    [ChromiumFact]
    public async Task Content_security_policy_reports_no_violations_in_the_browser()
    {
        var page = await fixture.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        await page.GotoAsync($"/decisions/{fixture.Records.CambridgeDecisionId}/digital-transformation-strategy");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains("govuk-frontend-supported", await page.Locator("body").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    private static Task<string> FocusedTextAsync(IPage page) =>
        page.EvaluateAsync<string>("() => (document.activeElement?.innerText ?? '').trim()");

    private static async Task TabUntilAsync(IPage page, string predicate)
    {
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => ({predicate})(document.activeElement)"))
            {
                return;
            }
        }

        Assert.Fail("Focus never reached the element matching " + predicate);
    }

    /// <summary>GOV.UK focus states: a yellow background or outline, or a thick box-shadow, on the focused element.</summary>
    private static async Task AssertFocusVisibleAsync(IPage page)
    {
        var style = await page.EvaluateAsync<string>("""
            () => {
              const s = getComputedStyle(document.activeElement);
              return [s.outlineStyle, s.outlineWidth, s.boxShadow, s.backgroundColor].join(' | ');
            }
            """);
        var visible = !style.StartsWith("none", StringComparison.Ordinal) || style.Contains("rgb(255, 221, 0)", StringComparison.Ordinal)
            || !style.Contains("| none |", StringComparison.Ordinal);
        Assert.True(visible, "focus is not visible: " + style);
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches(':focus-visible')"), "focus-visible does not apply");
    }
}
