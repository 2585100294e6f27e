using MediationFlow.Core.Domain;
using MediationFlow.Core.Security;
using Microsoft.AspNetCore.Identity;

namespace MediationFlow.Web.Hosting;

/// <summary>A new production database gets one administrator with a random password, never a fixed one.</summary>
public static class FirstAdministrator
{
    public const string UserName = "admin";

    public static async Task<string> CreateAsync(UserManager<User> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        var password = FirstPassword.New();
        var admin = new User { Id = Guid.NewGuid(), UserName = UserName, DisplayName = "Administrator", PreferredLanguage = "ru" };
        var result = await users.CreateAsync(admin, password);
        return result.Succeeded
            ? password
            : throw new InvalidOperationException("Could not create the first administrator: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
