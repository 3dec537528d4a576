using System.ComponentModel.DataAnnotations;
using CouncilDecisions.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.Account;

/// <summary>Sign in, sign out and change password for officers, councillors and administrators.</summary>
[Route("account")]
public sealed class AccountController(SignInManager<CouncilDecisionsUser> signInManager, UserManager<CouncilDecisionsUser> userManager) : Controller
{
    [HttpGet("sign-in")]
    [AllowAnonymous]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = LocalOrNull(returnUrl) });

    [HttpPost("sign-in")]
    [AllowAnonymous]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var result = await signInManager.PasswordSignInAsync(form.Email!.Trim(), form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(nameof(SignInForm.Email), "This account is locked after too many failed attempts. Try again in 15 minutes or ask an administrator to unlock it");
            return View(form with { Password = null });
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(SignInForm.Email), "Enter a correct email address and password");
            return View(form with { Password = null });
        }

        if (LocalOrNull(form.ReturnUrl) is { } returnUrl)
        {
            return LocalRedirect(returnUrl);
        }

        var user = await userManager.FindByNameAsync(form.Email.Trim());
        var isCouncillorOnly = user is not null && await userManager.IsInRoleAsync(user, Roles.Councillor)
            && !await userManager.IsInRoleAsync(user, Roles.Officer) && !await userManager.IsInRoleAsync(user, Roles.Administrator);
        return LocalRedirect(isCouncillorOnly ? "/my-record" : "/workspace");
    }

    [HttpPost("sign-out")]
    [AllowAnonymous]
    public async Task<IActionResult> SignOutNow()
    {
        await signInManager.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("change-password")]
    [Authorize]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("change-password")]
    [Authorize]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var user = await userManager.GetUserAsync(User);
            if (user is null)
            {
                return Challenge();
            }

            var result = await userManager.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
            if (result.Succeeded)
            {
                await signInManager.RefreshSignInAsync(user);
                return View("PasswordChanged");
            }

            foreach (var error in result.Errors)
            {
                var key = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(ChangePasswordForm.CurrentPassword) : nameof(ChangePasswordForm.NewPassword);
                ModelState.AddModelError(key, error.Description);
            }
        }

        return View(new ChangePasswordForm());
    }

    private string? LocalOrNull(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : null;
}

public sealed record SignInForm
{
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.gov.uk")]
    [StringLength(256)]
    public string? Email { get; init; }

    [Required(ErrorMessage = "Enter your password")]
    [StringLength(200)]
    public string? Password { get; init; }

    public string? ReturnUrl { get; init; }
}

public sealed record ChangePasswordForm
{
    [Required(ErrorMessage = "Enter your current password")]
    [StringLength(200)]
    public string? CurrentPassword { get; init; }

    [Required(ErrorMessage = "Enter a new password")]
    [StringLength(200, MinimumLength = AccountPolicy.MinimumPasswordLength, ErrorMessage = "The new password must be at least 12 characters")]
    public string? NewPassword { get; init; }

    [Required(ErrorMessage = "Confirm the new password")]
    [Compare(nameof(NewPassword), ErrorMessage = "The passwords do not match")]
    public string? ConfirmPassword { get; init; }
}
