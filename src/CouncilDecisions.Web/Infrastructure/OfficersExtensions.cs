using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Workspace;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Infrastructure;

/// <summary>The names of the authorization policies used by the officer workspace, admin pages and "My record".</summary>
public static class Policies
{
    /// <summary>Officers and administrators: the workspace.</summary>
    public const string Officers = "Officers";

    public const string Administrators = "Administrators";

    public const string Councillors = "Councillors";
}

/// <summary>Accounts, authorization, Data Protection and the workspace services; kept apart from Program.cs.</summary>
internal static class OfficersExtensions
{
    public const string ApplicationName = "CouncilDecisions";

    public static IServiceCollection AddCouncilDecisionsOfficers(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddIdentity<CouncilDecisionsUser, IdentityRole>(AccountPolicy.Configure)
            .AddEntityFrameworkStores<DecisionsDbContext>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "CouncilDecisions.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.ReturnUrlParameter = "returnUrl";

            // A signed-in user without the role gets a plain 403 page, not a redirect loop to a sign-in form.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "CouncilDecisions.Antiforgery";
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Officers, policy => policy.RequireRole(Roles.Officer, Roles.Administrator))
            .AddPolicy(Policies.Administrators, policy => policy.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.Councillors, policy => policy.RequireRole(Roles.Councillor));

        // Keys in the database, under one application name, so every instance can read every instance's cookies.
        var keys = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<DecisionsDbContext>();

        // At rest the keys are encrypted with a certificate when one is configured; its password comes from the
        // environment or a secret store, never the repository.
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            keys.ProtectKeysWithCertificate(LoadKeyCertificate(certificatePath, configuration["DataProtection:CertificatePassword"]));
        }

        services.Configure<MvcOptions>(options =>
        {
            // Every unsafe request (POST) needs the anti-forgery token; forms carry it automatically.
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());

            // Run the form's own checks (dates, cross-field rules) even when a field already failed, so the
            // error summary lists every problem at once.
            options.ValidateComplexTypesIfChildValidationFails = true;
        });

        services.Configure<CallInOptions>(configuration.GetSection(CallInOptions.Section));
        services.AddSingleton(BankHolidays.EnglandAndWales);
        services.AddSingleton(TimeProvider.System);
        services.AddWorkspace();
        return services;
    }

    /// <summary>A PFX with its private key; a wrong path or password stops start-up rather than leaving keys in the clear.</summary>
    private static X509Certificate2 LoadKeyCertificate(string path, string? password)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath: the certificate {path} could not be loaded: {ex.Message}", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"DataProtection:CertificatePath: the certificate {path} has no private key, so keys encrypted with it could not be read back.");
        }

        return certificate;
    }

    /// <summary>
    /// Creates the roles if missing, then authentication and authorization. Routing runs here so that
    /// authorization sees the endpoint; the later UseRouting finds the endpoint already matched.
    /// </summary>
    public static async Task UseCouncilDecisionsOfficersAsync(this WebApplication app)
    {
        using (var scope = app.Services.CreateScope())
        {
            await RoleSetup.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        }

        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
    }
}

/// <summary>Settings under <c>CallIn</c>.</summary>
public sealed class CallInOptions
{
    public const string Section = "CallIn";

    /// <summary>Working days after publication during which a decision can be called in.</summary>
    public int WorkingDays { get; set; } = CallIn.DefaultWorkingDays;
}
