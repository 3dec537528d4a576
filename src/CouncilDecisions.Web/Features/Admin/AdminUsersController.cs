using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Workspace;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Admin;

/// <summary>Administrators list, add, lock, unlock and change the role of accounts.</summary>
[Route("admin/users")]
[Authorize(Policy = Policies.Administrators)]
public sealed class AdminUsersController(UserAdministration users) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await users.ListAsync(cancellationToken));

    [HttpGet("add")]
    public async Task<IActionResult> Add(CancellationToken cancellationToken) =>
        View(new AddUserPage(new AddUserForm { Role = Roles.Officer }, await users.PeopleOptionsAsync(cancellationToken)));

    [HttpPost("add")]
    public async Task<IActionResult> Add(AddUserForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var errors = await users.AddAsync(form);
            if (errors.Count == 0)
            {
                return RedirectToAction(nameof(Index));
            }

            foreach (var (key, message) in errors)
            {
                ModelState.AddModelError(key, message);
            }
        }

        return View(new AddUserPage(form with { Password = null }, await users.PeopleOptionsAsync(cancellationToken)));
    }

    [HttpPost("{id}/lock")]
    public async Task<IActionResult> Lock(string id) => await users.SetLockedAsync(id, true, Actor.From(User)) ? RedirectToAction(nameof(Index)) : NotFound();

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id) => await users.SetLockedAsync(id, false, Actor.From(User)) ? RedirectToAction(nameof(Index)) : NotFound();

    [HttpPost("{id}/role")]
    public async Task<IActionResult> ChangeRole(string id, [FromForm] string? role) =>
        role is null || !Roles.All.Contains(role) ? BadRequest()
        : await users.SetRoleAsync(id, role, Actor.From(User)) ? RedirectToAction(nameof(Index)) : NotFound();
}

public sealed record UserRow(string Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, bool Locked, string? Person);

public sealed record AddUserPage(AddUserForm Form, IReadOnlyList<SelectOption> People);

public sealed record AddUserForm
{
    [Required(ErrorMessage = "Enter an email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.gov.uk")]
    [StringLength(256)]
    public string? Email { get; init; }

    [StringLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    public string? DisplayName { get; init; }

    [Required(ErrorMessage = "Select a role")]
    [RegularExpression("^(Officer|Councillor|Administrator)$", ErrorMessage = "Select a role")]
    public string? Role { get; init; }

    [Required(ErrorMessage = "Enter a password")]
    [StringLength(200, MinimumLength = AccountPolicy.MinimumPasswordLength, ErrorMessage = "The password must be at least 12 characters")]
    public string? Password { get; init; }

    /// <summary>For a councillor: their person record, for "My record".</summary>
    public int? PersonId { get; init; }
}

/// <summary>The account operations behind the admin pages.</summary>
public sealed class UserAdministration(UserManager<CouncilDecisionsUser> userManager, DecisionsDbContext db)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var rows = await (from u in db.Users
                          orderby u.Email
                          select new
                          {
                              u.Id,
                              u.Email,
                              u.DisplayName,
                              u.LockoutEnd,
                              Person = db.People.Where(p => p.Id == u.PersonId).Select(p => p.Name).FirstOrDefault(),
                              Roles = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).ToList(),
                          }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new UserRow(r.Id, r.Email ?? "", r.DisplayName, r.Roles.OfType<string>().ToList(), r.LockoutEnd > now, r.Person))];
    }

    public async Task<IReadOnlyList<SelectOption>> PeopleOptionsAsync(CancellationToken cancellationToken) =>
        (await db.People.Where(p => p.Kind == PersonKind.Councillor)
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, Council = p.Council.Name })
            .ToListAsync(cancellationToken))
        .ConvertAll(p => new SelectOption(p.Id.ToString(CultureInfo.InvariantCulture), p.Name + " (" + p.Council + ")"));

    public async Task<IReadOnlyList<(string Key, string Message)>> AddAsync(AddUserForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var email = form.Email!.Trim();
        if (await userManager.FindByEmailAsync(email) is not null)
        {
            return [(nameof(AddUserForm.Email), "An account with this email address already exists")];
        }

        var user = new CouncilDecisionsUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = form.DisplayName?.Trim(),
            PersonId = form.Role == Roles.Councillor ? form.PersonId : null,
        };
        var result = await userManager.CreateAsync(user, form.Password!);
        if (result.Succeeded)
        {
            result = await userManager.AddToRoleAsync(user, form.Role!);
        }

        return result.Succeeded ? [] : [.. result.Errors.Select(e => (e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(AddUserForm.Password) : nameof(AddUserForm.Email), e.Description))];
    }

    public async Task<bool> SetLockedAsync(string id, bool locked, Actor actor)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null || (locked && user.Id == actor.UserId))
        {
            return false;
        }

        await userManager.SetLockoutEnabledAsync(user, true);
        await userManager.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked)
        {
            await userManager.ResetAccessFailedCountAsync(user);
        }

        // Signs the user out everywhere at their next request.
        await userManager.UpdateSecurityStampAsync(user);
        return true;
    }

    public async Task<bool> SetRoleAsync(string id, string role, Actor actor)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null || user.Id == actor.UserId)
        {
            return false;
        }

        var current = await userManager.GetRolesAsync(user);
        await userManager.RemoveFromRolesAsync(user, current);
        await userManager.AddToRoleAsync(user, role);
        await userManager.UpdateSecurityStampAsync(user);
        return true;
    }
}
