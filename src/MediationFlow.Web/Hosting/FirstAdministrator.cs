using MediationFlow.Core.Domain;
using MediationFlow.Core.Security;
using Microsoft.AspNetCore.Identity;

namespace MediationFlow.Web.Hosting;

/// <summary>
/// A new production database gets one administrator with a random password, never a fixed one, to be replaced at the
/// first sign-in; they hold the administrator role in every council at the top of the tree, so that the administration
/// pages open for them.
/// </summary>
public static class FirstAdministrator
{
    public const string UserName = "admin";

    public static async Task<string> CreateAsync(UserManager<User> users, IReadOnlyList<int> topCouncils)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(topCouncils);
        var password = FirstPassword.New();
        var admin = new User { Id = Guid.NewGuid(), UserName = UserName, DisplayName = "Administrator", PreferredLanguage = "ru", PasswordChangeRequired = true };
        admin.Memberships.AddRange(topCouncils.Select(id => new Membership { CouncilId = id, Role = CouncilRole.Administrator }));
        var result = await users.CreateAsync(admin, password);
        return result.Succeeded
            ? password
            : throw new InvalidOperationException("Could not create the first administrator: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
