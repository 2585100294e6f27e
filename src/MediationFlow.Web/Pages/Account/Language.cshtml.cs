using MediationFlow.Core.Domain;
using MediationFlow.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MediationFlow.Web.Pages.Account;

/// <summary>The language switcher on every page: remembered in this browser and, when signed in, in the profile.</summary>
public sealed class LanguageModel(UserManager<User> users) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? language, string? returnUrl)
    {
        if (LocalizationSetup.IsSupported(language))
        {
            LocalizationSetup.Remember(Response, language!);
            if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user)
            {
                user.PreferredLanguage = language!;
                await users.UpdateAsync(user);
            }
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
