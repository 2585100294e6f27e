using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Core.Tests.BadInput;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Features.Administration;

/// <summary>An administrator keeping the people who sign in: details, deactivation and back, a forgotten password.</summary>
public sealed class PeopleTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    private Guid Admin => _app.Data.AdminA;

    [Fact]
    public async Task Deactivating_locks_the_account_for_good_ends_its_sign_ins_and_revokes_its_tokens_but_keeps_its_memberships()
    {
        var person = await PersonAsync();
        var before = await RowAsync(person.UserId);
        await _app.WithDbAsync(async db =>
        {
            db.AccessTokens.Add(new AccessToken { UserId = person.UserId, Name = "script", Hash = Guid.NewGuid().ToString("N"), Hint = "mf_a", CreatedAt = _app.Time.GetUtcNow(), ExpiresAt = _app.Time.GetUtcNow().AddDays(30) });
            return await db.SaveChangesAsync();
        });

        var deactivated = await _app.SendAsync<DeactivatePerson.Deactivated>(Admin, new DeactivatePerson.Command(person.UserId));

        var after = await RowAsync(person.UserId);
        Assert.Equal(1, deactivated.AccessTokensRevoked);
        Assert.Equal(User.DeactivatedUntil, after.LockoutEnd);
        Assert.True(after.LockoutEnabled);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        Assert.Single(after.Memberships);
        Assert.True(await _app.WithDbAsync(db => db.AccessTokens.Where(t => t.UserId == person.UserId).AllAsync(t => t.RevokedAt != null)));
        Assert.True((await _app.SendAsync<GetPersonRecord.PersonRecord>(Admin, new GetPersonRecord.Query(person.UserId))).Deactivated);
    }

    [Fact]
    public async Task Reactivating_lets_the_person_sign_in_again_with_a_new_stamp()
    {
        var person = await PersonAsync();
        await _app.SendAsync<DeactivatePerson.Deactivated>(Admin, new DeactivatePerson.Command(person.UserId));
        var deactivated = await RowAsync(person.UserId);

        await _app.SendAsync<ReactivatePerson.Reactivated>(Admin, new ReactivatePerson.Command(person.UserId));

        var after = await RowAsync(person.UserId);
        Assert.Null(after.LockoutEnd);
        Assert.NotEqual(deactivated.SecurityStamp, after.SecurityStamp);
        Assert.False((await _app.SendAsync<GetPersonRecord.PersonRecord>(Admin, new GetPersonRecord.Query(person.UserId))).Deactivated);
        var again = await Assert.ThrowsAsync<ValidationFailedException>(() => _app.SendAsync<ReactivatePerson.Reactivated>(Admin, new ReactivatePerson.Command(person.UserId)));
        Assert.Equal("notDeactivated", again.Errors[0].Code);
    }

    [Fact]
    public async Task An_administrator_does_not_deactivate_themselves_nor_anyone_twice()
    {
        await CaseDriver.OpenAsync(_app);
        var self = await NothingChanged.RefusedAsync<ValidationFailedException>(_app,
            () => _app.SendAsync<DeactivatePerson.Deactivated>(Admin, new DeactivatePerson.Command(Admin)));
        var person = await PersonAsync();
        await _app.SendAsync<DeactivatePerson.Deactivated>(Admin, new DeactivatePerson.Command(person.UserId));
        var twice = await NothingChanged.RefusedAsync<ValidationFailedException>(_app,
            () => _app.SendAsync<DeactivatePerson.Deactivated>(Admin, new DeactivatePerson.Command(person.UserId)));

        Assert.Equal("self", self.Errors[0].Code);
        Assert.Equal("alreadyDeactivated", twice.Errors[0].Code);
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one_ends_sign_ins_and_asks_for_a_change()
    {
        var person = await PersonAsync();
        var before = await RowAsync(person.UserId);

        var reset = await _app.SendAsync<ResetPassword.Reset>(Admin, new ResetPassword.Command(person.UserId));

        var after = await RowAsync(person.UserId);
        var hasher = new PasswordHasher<User>();
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(after, after.PasswordHash!, person.Password));
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(after, after.PasswordHash!, reset.Password));
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        Assert.True(after.PasswordChangeRequired);
        Assert.DoesNotContain(reset.Password, reset.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(reset.Password, (await _app.SendAsync<ResetPassword.Reset>(Admin, new ResetPassword.Command(person.UserId))).Password);
    }

    [Fact]
    public async Task Editing_changes_name_language_email_and_phone_and_an_empty_field_clears_it()
    {
        var person = await PersonAsync();

        await _app.SendAsync<EditPerson.Edited>(Admin, new EditPerson.Command(person.UserId, "Жанар Сәрсенова", "kk", "zhanar@example.kz", "+7 701 123 45 67"));
        var edited = await RowAsync(person.UserId);
        await _app.SendAsync<EditPerson.Edited>(Admin, new EditPerson.Command(person.UserId, "Жанар Сәрсенова", "kk", "", null));
        var cleared = await RowAsync(person.UserId);

        Assert.Equal(("Жанар Сәрсенова", "kk", "zhanar@example.kz", "ZHANAR@EXAMPLE.KZ", "+7 701 123 45 67"),
            (edited.DisplayName, edited.PreferredLanguage, edited.Email, edited.NormalizedEmail, edited.PhoneNumber));
        Assert.Equal((null, null), (cleared.Email, cleared.PhoneNumber));
    }

    [Fact]
    public async Task Bad_details_are_refused_field_by_field_in_the_readers_language_and_change_nothing()
    {
        await CaseDriver.OpenAsync(_app);
        var person = await PersonAsync();

        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(_app,
            () => _app.SendAsync<EditPerson.Edited>(Admin, new EditPerson.Command(person.UserId, "", "de", "not an address", "call me"), "ru"));

        Assert.Equal(["displayName", "email", "phone", "preferredLanguage"], refused.Errors.Select(e => e.Field).Order());
        Assert.Contains(refused.Errors, e => e.Field == "preferredLanguage" && e.Message == "Язык — kk, ru или en.");
    }

    [Fact]
    public async Task An_unknown_person_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsync<ResetPassword.Reset>(Admin, new ResetPassword.Command(Guid.NewGuid())));
    }

    [Fact]
    public async Task Each_change_to_a_person_is_audited_with_the_administrator()
    {
        var person = await PersonAsync();

        await _app.SendAsync<ResetPassword.Reset>(Admin, new ResetPassword.Command(person.UserId));
        await _app.SendAsync<DeactivatePerson.Deactivated>(Admin, new DeactivatePerson.Command(person.UserId));
        await _app.SendAsync<ReactivatePerson.Reactivated>(Admin, new ReactivatePerson.Command(person.UserId));

        var audited = await _app.WithDbAsync(db => db.AuditEntries.Where(a => a.UserId == Admin && a.Changed).OrderByDescending(a => a.Id).Take(3).Select(a => a.Action).ToListAsync());
        Assert.Equal(["ReactivatePerson", "DeactivatePerson", "ResetPassword"], audited);
    }

    [Fact]
    public async Task Only_an_administrator_keeps_people()
    {
        var person = await PersonAsync();

        await Assert.ThrowsAsync<ForbiddenException>(() => _app.SendAsync<ResetPassword.Reset>(_app.Data.ChairA, new ResetPassword.Command(person.UserId)));
        await Assert.ThrowsAsync<ForbiddenException>(() => _app.SendAsync<DeactivatePerson.Deactivated>(_app.Data.MediatorA, new DeactivatePerson.Command(person.UserId)));
        await Assert.ThrowsAsync<ForbiddenException>(() => _app.SendAsync<SearchPeople.Found>(_app.Data.AnalystA, new SearchPeople.Query()));
    }

    [Fact]
    public async Task Search_finds_people_by_any_part_of_their_user_name_or_name()
    {
        var person = await PersonAsync();

        var byUserName = await _app.SendAsync<SearchPeople.Found>(Admin, new SearchPeople.Query(person.UserName[7..].ToUpperInvariant()));
        var inCouncil = await _app.SendAsync<SearchPeople.Found>(Admin, new SearchPeople.Query("Findable", _app.Data.CouncilA));

        Assert.Equal(person.UserId, Assert.Single(byUserName.People).Id);
        Assert.Contains(inCouncil.People, p => p.Id == person.UserId);
    }

    private async Task<AddUser.Added> PersonAsync()
    {
        var person = await _app.SendAsync<AddUser.Added>(Admin, new AddUser.Command("person." + Guid.NewGuid().ToString("N")[..10], "Findable Person"));
        await _app.SendAsync<GrantRole.Membership>(Admin, new GrantRole.Command(person.UserName, "AKM-01", CouncilRole.Mediator));
        return person;
    }

    private Task<User> RowAsync(Guid id) => _app.WithDbAsync(db => db.Users.AsNoTracking().Include(u => u.Memberships).SingleAsync(u => u.Id == id));
}
