using System.Net;
using CouncilDecisions.Data;
using CouncilDecisions.IntegrationTests.Features.Authorization;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilDecisions.IntegrationTests.Features.Account;

public sealed class AccountTests(CouncilDecisionsAppFactory factory) : IClassFixture<CouncilDecisionsAppFactory>
{
    [Fact]
    public async Task Roles_exist_on_start_up_and_there_is_no_default_account()
    {
        using var client = OfficerSession.AnonymousClient(factory);
        await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var roles = await factory.WithDbAsync(db => db.Roles.Select(r => r.Name).OrderBy(n => n).ToListAsync());
        Assert.Equal(["Administrator", "Councillor", "Officer"], roles);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync(u => !u.Email!.EndsWith("@example.gov.uk"))));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_right_one_then_fails()
    {
        var email = "lockme@example.gov.uk";
        await OfficerSession.CreateUserAsync(factory, email, Roles.Officer);
        using var client = OfficerSession.AnonymousClient(factory);
        for (var i = 0; i < 5; i++)
        {
            var wrong = await PostSignInAsync(client, email, "not the password at all");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var locked = await PostSignInAsync(client, email, OfficerSession.Password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("locked", (await OfficerSession.ParseAsync(locked)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CouncilDecisionsUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!));
    }

    [Fact]
    public async Task Signing_in_sets_an_http_only_secure_lax_cookie_and_signing_out_ends_the_session()
    {
        var email = "cookie@example.gov.uk";
        await OfficerSession.CreateUserAsync(factory, email, Roles.Officer);
        using var client = OfficerSession.AnonymousClient(factory);
        var response = await PostSignInAsync(client, email, OfficerSession.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/workspace", response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CouncilDecisions.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/workspace", UriKind.Relative))).StatusCode);

        var page = await OfficerSession.ParseAsync(await client.GetAsync(new Uri("/workspace", UriKind.Relative)));
        var fields = OfficerSession.FormFields((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[action='/account/sign-out']")!);
        using var content = new FormUrlEncodedContent(fields);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative), content)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/workspace", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Administrators_add_users_in_the_browser_with_a_password_policy()
    {
        using var admin = await OfficerSession.SignInAsync(factory, Roles.Administrator);
        var weak = await admin.SubmitAsync("/admin/users/add", "form[novalidate]", new() { ["Email"] = "new.officer@example.gov.uk", ["Role"] = "Officer", ["Password"] = "short" });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("at least 12 characters", (await OfficerSession.ParseAsync(weak)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var added = await admin.SubmitAsync("/admin/users/add", "form[novalidate]", new() { ["Email"] = "new.officer@example.gov.uk", ["Role"] = "Officer", ["Password"] = "a long enough passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var list = await admin.GetDocumentAsync("/admin/users");
        Assert.Contains("new.officer@example.gov.uk", list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "new.officer@example.gov.uk").Select(u => u.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(list, $"form[action='/admin/users/{id}/lock']", [])).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.LockoutEnd).SingleAsync()) > DateTimeOffset.UtcNow);
    }

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password)
    {
        var page = await OfficerSession.ParseAsync(await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative)));
        var fields = OfficerSession.FormFields((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[action='/account/sign-in']")!);
        fields.RemoveAll(f => f.Key is "Email" or "Password");
        fields.Add(new("Email", email));
        fields.Add(new("Password", password));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), content);
    }
}
