using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Councils;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MediationFlow.Web.Pages.Profile;

/// <summary>The signed-in person: name, memberships, and the language the product speaks to them.</summary>
public sealed class IndexModel(ISender sender, UserManager<User> users) : PageModel
{
    public string DisplayName { get; private set; } = string.Empty;

    public string PreferredLanguage { get; private set; } = "ru";

    public IReadOnlyList<GetMyCouncils.MyCouncil> Councils { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Name and language are the sign-in account's own data (Identity), not case data.
        var user = await users.GetUserAsync(User);
        DisplayName = user?.DisplayName ?? User.Identity?.Name ?? string.Empty;
        PreferredLanguage = user?.PreferredLanguage ?? PreferredLanguage;
        Councils = await sender.Send(new GetMyCouncils.Query(), cancellationToken);
    }
}
