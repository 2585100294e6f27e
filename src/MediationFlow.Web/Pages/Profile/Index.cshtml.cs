using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.AccessTokens;
using MediationFlow.Core.Features.Councils;
using MediationFlow.Web.Presentation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MediationFlow.Web.Pages.Profile;

/// <summary>The signed-in person: name, memberships, the language the product speaks to them, and their API access tokens.</summary>
public sealed class IndexModel(ISender sender, UserManager<User> users, SignInManager<User> signIn, IStringLocalizer<SharedResource> text) : PageModel
{
    public string DisplayName { get; private set; } = string.Empty;

    public string PreferredLanguage { get; private set; } = "ru";

    public IReadOnlyList<GetMyCouncils.MyCouncil> Councils { get; private set; } = [];

    public IReadOnlyList<ListAccessTokens.Item> Tokens { get; private set; } = [];

    /// <summary>A token just made: shown in this one answer, never again.</summary>
    public CreateAccessToken.Created? CreatedToken { get; private set; }

    [BindProperty]
    public string? TokenName { get; set; }

    [BindProperty]
    public int TokenDays { get; set; } = 90;

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Set after a redirect that followed a change ("password").</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            CreatedToken = await sender.Send(new CreateAccessToken.Command(TokenName ?? string.Empty, TokenDays), cancellationToken);

            // The token is on this page only: no browser or proxy may keep a copy.
            Response.Headers.CacheControl = "no-store";
            (TokenName, TokenDays) = (null, 90);
        }
        catch (ValidationFailedException e)
        {
            Errors = FormErrors.ByField(e.Errors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync(long id, CancellationToken cancellationToken)
    {
        await sender.Send(new RevokeAccessToken.Command(id), cancellationToken);
        return RedirectToPage();
    }

    /// <summary>
    /// The person's own password (a first one from the administrator, or one they suspect is known). A wrong
    /// current password or a weak new one is refused on its field; on success this browser stays signed in.
    /// </summary>
    public async Task<IActionResult> OnPostPasswordAsync(string? currentPassword, string? newPassword, string? repeatPassword, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User) ?? throw new UnauthenticatedException();
        if (string.IsNullOrEmpty(currentPassword))
        {
            Errors["currentPassword"] = text["FieldRequired"];
        }

        if (string.IsNullOrEmpty(newPassword))
        {
            Errors["newPassword"] = text["FieldRequired"];
        }
        else if (newPassword != repeatPassword)
        {
            Errors["repeatPassword"] = text["PasswordsDiffer"];
        }

        if (Errors.Count == 0)
        {
            // Saved with the new password only: a refused change leaves a one-time password still to be replaced.
            user.PasswordChangeRequired = false;
            var changed = await users.ChangePasswordAsync(user, currentPassword!, newPassword!);
            if (changed.Succeeded)
            {
                // A new security stamp would sign this browser out at the next check; the person just proved who they are.
                await signIn.RefreshSignInAsync(user);
                return RedirectToPage(new { done = "password" });
            }

            foreach (var error in changed.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "currentPassword" : "newPassword";
                Errors[field] = Errors.TryGetValue(field, out var earlier) ? $"{earlier} {error.Description}" : error.Description;
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        // Name and language are the sign-in account's own data (Identity), not case data.
        var user = await users.GetUserAsync(User);
        DisplayName = user?.DisplayName ?? User.Identity?.Name ?? string.Empty;
        PreferredLanguage = user?.PreferredLanguage ?? PreferredLanguage;
        Councils = await sender.Send(new GetMyCouncils.Query(), cancellationToken);
        Tokens = await sender.Send(new ListAccessTokens.Query(), cancellationToken);
    }
}
