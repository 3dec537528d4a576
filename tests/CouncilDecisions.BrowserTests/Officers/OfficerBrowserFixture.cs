using System.Net;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CouncilDecisions.BrowserTests.Officers;

/// <summary>
/// The app in the Development environment: Chromium talks plain HTTP to 127.0.0.1 here, and outside
/// Development the sign-in and anti-forgery cookies are Secure-only (HTTPS) by design.
/// </summary>
internal sealed class PlainHttpAppFactory : CouncilDecisionsAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
    }
}

/// <summary>A test that needs Debian's Chromium: skipped, with the reason, where it is not installed.</summary>
public sealed class OfficerChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public OfficerChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"Chromium not installed at {ChromiumPath} (apt-get install -y chromium)";
        }
    }
}

/// <summary>The real app, empty, on a Kestrel port on 127.0.0.1, and one headless Chromium (never downloaded).</summary>
public sealed class OfficerBrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public CouncilDecisionsAppFactory App { get; } = new PlainHttpAppFactory();

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(OfficerChromiumFactAttribute.ChromiumPath))
        {
            return;
        }

        App.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        BaseAddress = new Uri(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = OfficerChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await App.DisposeAsync();
    }

    /// <summary>A page in a new browser context: its own cookies, like a different person.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "en-GB" });
        return await context.NewPageAsync();
    }
}
