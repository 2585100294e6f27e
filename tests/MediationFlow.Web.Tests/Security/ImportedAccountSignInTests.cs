using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Core.Security;
using MediationFlow.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Web.Tests.Security;

/// <summary>A person imported from a file signs in with the first password from the passwords file, on the page and through the API.</summary>
public sealed class ImportedAccountSignInTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task The_first_password_signs_in_and_is_then_stored_at_full_strength()
    {
        var account = await ImportAsync("imported.person");
        var hashBefore = await HashAsync(account.UserName);

        using var page = await factory.PageClientAsync(account.UserName, account.Password);
        using var api = await factory.ApiClientAsync(account.UserName, account.Password);
        var hashAfter = await HashAsync(account.UserName);

        Assert.NotEqual(hashBefore, hashAfter);
        var person = await factory.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == account.UserName));
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<User>().VerifyHashedPassword(person, hashAfter, account.Password));
    }

    private async Task<ImportPeople.NewAccount> ImportAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAsSystem();
        var imported = (ImportPeople.Imported)(await scope.ServiceProvider.GetRequiredService<ISender>().Send((object)new ImportPeople.Command(
            ImportSheet.Of(ImportPeople.Columns, [new Dictionary<string, string>
            {
                ["UserName"] = userName, ["FullName"] = "Imported Person", ["Language"] = "kk", ["CouncilCode"] = "AKM-BUR", ["Roles"] = "mediator",
            }]))))!;
        return imported.NewAccounts.Single();
    }

    private Task<string> HashAsync(string userName) =>
        factory.QueryAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.PasswordHash!).SingleAsync());
}
