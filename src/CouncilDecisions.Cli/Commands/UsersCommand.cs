using System.CommandLine;
using CouncilDecisions.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CouncilDecisions.Cli.Commands;

/// <summary>
/// <c>users add EMAIL --role ROLE --password-stdin</c>, <c>users list</c>, <c>users remove EMAIL</c>: accounts
/// for officers, councillors and administrators. The first administrator is made here; there is no default account.
/// </summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var command = new Command("users", "Manage officer, councillor and administrator accounts (same configuration as the web app).");
        command.Subcommands.Add(CreateAdd());
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateRemove());
        return command;
    }

    private static Command CreateAdd()
    {
        var email = new Argument<string>("EMAIL") { Description = "The account's email address (its sign-in name)." };
        var role = new Option<string>("--role") { Description = "Officer, Councillor or Administrator.", DefaultValueFactory = _ => Roles.Officer };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input (required: passwords never go on the command line)." };
        var personId = new Option<int?>("--person-id") { Description = "For a councillor: the id of their person record." };
        var name = new Option<string?>("--name") { Description = "A display name." };
        var command = new Command("add", "Create an account with a role.") { email, role, passwordStdin, personId, name };
        command.SetAction((result, cancellationToken) => AddAsync(
            result.GetValue(email)!, result.GetValue(role)!, result.GetValue(passwordStdin), result.GetValue(personId), result.GetValue(name),
            Console.In, AnsiConsole.Console, cancellationToken));
        return command;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "List accounts with their roles and lockout state.");
        command.SetAction((_, cancellationToken) => ListAsync(AnsiConsole.Console, cancellationToken));
        return command;
    }

    private static Command CreateRemove()
    {
        var email = new Argument<string>("EMAIL") { Description = "The account to delete." };
        var command = new Command("remove", "Delete an account (its history entries keep the name).") { email };
        command.SetAction((result, cancellationToken) => RemoveAsync(result.GetValue(email)!, AnsiConsole.Console, cancellationToken));
        return command;
    }

    internal static async Task<int> AddAsync(string email, string role, bool passwordFromStdin, int? personId, string? name,
        TextReader stdin, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var roleName = Roles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
        if (roleName is null)
        {
            await Console.Error.WriteLineAsync("--role must be one of: " + string.Join(", ", Roles.All));
            return 2;
        }

        if (!passwordFromStdin)
        {
            await Console.Error.WriteLineAsync("Give --password-stdin and pipe the password in: passwords are never read from the command line.");
            return 2;
        }

        var password = (await stdin.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("No password on standard input.");
            return 2;
        }

        await using var services = Build();
        await CliHost.InitializeDatabaseAsync(services, cancellationToken);
        using var scope = services.CreateScope();
        await RoleSetup.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CouncilDecisionsUser>>();
        var user = new CouncilDecisionsUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, DisplayName = name, PersonId = personId };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, roleName);
        }

        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                await Console.Error.WriteLineAsync(error.Description);
            }

            return 1;
        }

        console.MarkupLineInterpolated($"Created [green]{user.Email}[/] as {roleName}.");
        return 0;
    }

    internal static async Task<int> ListAsync(IAnsiConsole console, CancellationToken cancellationToken)
    {
        await using var services = Build();
        await CliHost.InitializeDatabaseAsync(services, cancellationToken);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DecisionsDbContext>();
        var rows = await (from u in db.Users
                          orderby u.Email
                          select new
                          {
                              u.Email,
                              u.LockoutEnd,
                              Roles = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).ToList(),
                          }).ToListAsync(cancellationToken);
        var table = new Table().AddColumns("Email", "Roles", "Locked");
        foreach (var row in rows)
        {
            table.AddRow(Markup.Escape(row.Email ?? ""), Markup.Escape(string.Join(", ", row.Roles)),
                row.LockoutEnd > DateTimeOffset.UtcNow ? "yes" : "no");
        }

        console.Write(table);
        return 0;
    }

    internal static async Task<int> RemoveAsync(string email, IAnsiConsole console, CancellationToken cancellationToken)
    {
        await using var services = Build();
        await CliHost.InitializeDatabaseAsync(services, cancellationToken);
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CouncilDecisionsUser>>();
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            await Console.Error.WriteLineAsync("No account " + email);
            return 1;
        }

        var result = await users.DeleteAsync(user);
        console.MarkupLineInterpolated($"Removed {email}.");
        return result.Succeeded ? 0 : 1;
    }

    private static ServiceProvider Build() => CliHost.Build(services =>
        services.AddIdentityCore<CouncilDecisionsUser>(AccountPolicy.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DecisionsDbContext>());
}
