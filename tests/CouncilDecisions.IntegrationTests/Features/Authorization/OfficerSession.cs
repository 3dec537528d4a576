using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CouncilDecisions.Data;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilDecisions.IntegrationTests.Features.Authorization;

/// <summary>
/// A browser-like client for the officer pages: users are created through <see cref="UserManager{TUser}"/>,
/// sign in through the real sign-in page, and forms are posted with the anti-forgery token read from the page.
/// </summary>
public sealed class OfficerSession : IDisposable
{
    public const string Password = "correct horse battery staple";

    private static readonly HtmlParser Parser = new();

    private OfficerSession(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static HttpClient AnonymousClient(CouncilDecisionsAppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    public static async Task<string> CreateUserAsync(CouncilDecisionsAppFactory factory, string email, string role, int? personId = null)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CouncilDecisionsUser>>();
        var user = new CouncilDecisionsUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = personId };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user.Id;
    }

    /// <summary>Creates a user with <paramref name="role"/> and signs them in through /account/sign-in.</summary>
    public static async Task<OfficerSession> SignInAsync(CouncilDecisionsAppFactory factory, string role, int? personId = null)
    {
        var email = role.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8] + "@example.gov.uk";
        await CreateUserAsync(factory, email, role, personId);
        var session = new OfficerSession(AnonymousClient(factory));
        var response = await session.SubmitAsync("/account/sign-in", "form[action='/account/sign-in']", new() { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>Loads <paramref name="pageUrl"/>, fills the form matched by <paramref name="formSelector"/> and submits it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string formSelector, Dictionary<string, string> values, string? submit = null) =>
        await SubmitAsync(await GetDocumentAsync(pageUrl), formSelector, values, submit);

    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string formSelector, Dictionary<string, string> values, string? submit = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException("No form " + formSelector);
        var fields = FormFields(form);
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        if (submit is not null)
        {
            fields.Add(new("submit", submit));
        }

        using var content = new FormUrlEncodedContent(fields);
        return await Client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }

    /// <summary>The values a browser would send: inputs (checked radios only), selects and textareas.</summary>
    public static List<KeyValuePair<string, string>> FormFields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "radio" or "checkbox":
                    if (input.IsChecked)
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "file" or "submit":
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(select.Name!, select.Value ?? ""));
                    break;
                default:
                    break;
            }
        }

        return fields;
    }

    public void Dispose() => Client.Dispose();
}
