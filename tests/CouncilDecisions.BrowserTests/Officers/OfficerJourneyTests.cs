using CouncilDecisions.Data;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CouncilDecisions.BrowserTests.Officers;

/// <summary>An officer imports a seed through the browser, corrects it, publishes it, and a resident reads it.</summary>
public sealed class OfficerJourneyTests(OfficerBrowserFixture fixture) : IClassFixture<OfficerBrowserFixture>
{
    private const string Password = "a browser journey passphrase";

    [OfficerChromiumFact]
    public async Task Officer_imports_corrects_and_publishes_a_decision_that_a_resident_then_reads()
    {
        var email = "browser.officer@example.gov.uk";
        using (var scope = fixture.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CouncilDecisionsUser>>();
            var user = new CouncilDecisionsUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Officer)).Succeeded);
        }

        var officer = await fixture.NewPageAsync();
        var signIn = await officer.GotoAsync("/account/sign-in");
        Assert.True(signIn!.Status == 200, signIn.Status + ": " + await officer.ContentAsync());
        await officer.GetByLabel("Email address").FillAsync(email);
        await officer.GetByLabel("Password").FillAsync(Password);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        try
        {
            await officer.WaitForURLAsync("**/workspace", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        }
        catch (TimeoutException)
        {
            Assert.Fail("after sign-in: " + officer.Url + "\n" + await officer.Locator("main").InnerTextAsync());
        }

        await officer.GotoAsync("/workspace/import");
        await officer.GetByLabel("Minute text file").SetInputFilesAsync(Path.Combine(TestPaths.SeedsFolder, "cambridge-decision-details-digital-transformation-strategy.txt"));
        await officer.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();
        await officer.Locator("h1", new() { HasText = "Check what was found" }).WaitForAsync();
        Assert.Contains("Digital Transformation Strategy", await officer.Locator("pre.app-source-text").InnerTextAsync(), StringComparison.Ordinal);

        const string corrected = "Digital Transformation Strategy 2019 to 2022";
        await officer.Locator("textarea#Title").FillAsync(corrected);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync();
        await officer.WaitForURLAsync("**/workspace/decisions/*");
        Assert.Equal(corrected, await officer.Locator("h1").InnerTextAsync());
        var id = officer.Url.Split('/')[^1];

        // A resident, in a browser of their own: the draft is invisible.
        var resident = await fixture.NewPageAsync();
        await resident.GotoAsync("/");
        Assert.DoesNotContain(corrected, await resident.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(404, (await resident.GotoAsync($"/decisions/{id}"))!.Status);

        await officer.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await officer.Locator(".govuk-tag", new() { HasText = "Published" }).WaitForAsync();

        // The resident finds it from the home page's recent decisions and reads the corrected decision.
        await resident.GotoAsync("/");
        await resident.GetByRole(AriaRole.Link, new() { Name = corrected }).First.ClickAsync();
        await resident.WaitForURLAsync($"**/decisions/{id}/**", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal(corrected, await resident.Locator("h1").InnerTextAsync());
    }
}
