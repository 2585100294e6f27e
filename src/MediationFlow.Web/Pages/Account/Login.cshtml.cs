using MediationFlow.Core.Domain;
using MediationFlow.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MediationFlow.Web.Pages.Account;

public sealed class LoginModel(SignInManager<User> signIn, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = text["LoginFailed"];
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            Error = text[result.IsLockedOut ? "LockedOut" : "LoginFailed"];
            return Page();
        }

        // The user's language follows them to every device they sign in on.
        var user = await signIn.UserManager.FindByNameAsync(UserName.Trim());
        if (user is not null && LocalizationSetup.IsSupported(user.PreferredLanguage))
        {
            LocalizationSetup.Remember(Response, user.PreferredLanguage);
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
