using Microsoft.AspNetCore.Identity;

namespace CouncilDecisions.Data;

/// <summary>The password and lockout rules, shared by the web app and the CLI's <c>users</c> command.</summary>
public static class AccountPolicy
{
    public const int MinimumPasswordLength = 12;
    public const int MaxFailedAttempts = 5;

    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Length over composition (NCSC password guidance): long passphrases, no forced symbol rules.
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}

/// <summary>Creates the <see cref="Roles"/> that are missing; there is never a default account.</summary>
public static class RoleSetup
{
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roleManager)
    {
        ArgumentNullException.ThrowIfNull(roleManager);
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                var result = await roleManager.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded && !await roleManager.RoleExistsAsync(role))
                {
                    throw new InvalidOperationException("Could not create role " + role + ": " + string.Join("; ", result.Errors.Select(e => e.Description)));
                }
            }
        }
    }
}
