using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.AccessTokens;
using MediationFlow.Core.Security;
using MediationFlow.Core.Tests.BadInput;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Features.AccessTokens;

public sealed class AccessTokenTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task A_new_token_is_shown_once_and_only_its_hash_is_stored()
    {
        var now = _app.Time.GetUtcNow();

        var created = await _app.SendAsync<CreateAccessToken.Created>(_app.Data.AnalystA, new CreateAccessToken.Command("  Figures export ", 90));

        Assert.StartsWith(AccessTokenSecret.Prefix, created.Token, StringComparison.Ordinal);
        Assert.Equal(("Figures export", now.AddDays(90)), (created.Name, created.ExpiresAt));
        var stored = await _app.WithDbAsync(db => db.AccessTokens.AsNoTracking().SingleAsync(t => t.Id == created.Id));
        Assert.Equal(AccessTokenSecret.Hash(created.Token), stored.Hash);
        Assert.Equal(created.Token[^4..], stored.Hint);
        Assert.DoesNotContain(created.Token, string.Join("|", stored.Name, stored.Hash, stored.Hint), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_person_lists_their_own_tokens_and_a_revoked_or_expired_one_is_no_longer_usable()
    {
        var d = _app.Data;
        var kept = await _app.SendAsync<CreateAccessToken.Created>(d.MediatorA2, new CreateAccessToken.Command("kept", 2));
        var revoked = await _app.SendAsync<CreateAccessToken.Created>(d.MediatorA2, new CreateAccessToken.Command("revoked", 30));
        await _app.SendAsync<RevokeAccessToken.Revoked>(d.MediatorA2, new RevokeAccessToken.Command(revoked.Id));

        var mine = await _app.SendAsync<IReadOnlyList<ListAccessTokens.Item>>(d.MediatorA2, new ListAccessTokens.Query());
        var others = await _app.SendAsync<IReadOnlyList<ListAccessTokens.Item>>(d.MediatorB, new ListAccessTokens.Query());

        Assert.Equal([(revoked.Id, false), (kept.Id, true)], mine.Where(t => t.Id == kept.Id || t.Id == revoked.Id).Select(t => (t.Id, t.Usable)));
        Assert.DoesNotContain(others, t => t.Id == kept.Id || t.Id == revoked.Id);

        _app.Time.Advance(TimeSpan.FromDays(3));
        var expired = await _app.SendAsync<IReadOnlyList<ListAccessTokens.Item>>(d.MediatorA2, new ListAccessTokens.Query());
        Assert.False(expired.Single(t => t.Id == kept.Id).Usable);
    }

    [Fact]
    public async Task Someone_elses_token_is_not_found_and_stays_usable()
    {
        var token = await _app.SendAsync<CreateAccessToken.Created>(_app.Data.ChairB, new CreateAccessToken.Command("chair B", 30));

        await Assert.ThrowsAsync<NotFoundException>(() =>
            _app.SendAsync<RevokeAccessToken.Revoked>(_app.Data.ChairA, new RevokeAccessToken.Command(token.Id)));

        Assert.Null(await _app.WithDbAsync(db => db.AccessTokens.Where(t => t.Id == token.Id).Select(t => t.RevokedAt).SingleAsync()));
    }

    [Theory]
    [InlineData("", 30, "name", "required")]
    [InlineData("ok", 0, "days", "outOfRange")]
    [InlineData("ok", 366, "days", "outOfRange")]
    public async Task A_refused_token_names_the_field_and_writes_nothing(string name, int days, string field, string code)
    {
        await CaseDriver.OpenAsync(_app);
        await _app.SendAsync<CreateAccessToken.Created>(_app.Data.MediatorA, new CreateAccessToken.Command("an earlier one", 30));

        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(_app,
            () => _app.SendAsync<CreateAccessToken.Created>(_app.Data.MediatorA, new CreateAccessToken.Command(name, days)));

        Assert.Contains(refused.Errors, e => (e.Field, e.Code) == (field, code));
    }
}
