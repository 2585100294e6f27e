using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>PUT /api/v1/cases/{id}/screening and /referral: corrected during intake, then fixed with the parties.</summary>
public sealed class ScreeningAndReferralTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task The_screening_answers_are_corrected_during_intake()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await mediator.PutJsonAsync(CaseApi.CaseUrl(walk.CaseId) + "/screening", new
        {
            expectedVersion = 1,
            affectsThirdParties = false,
            partyLacksCapacity = false,
            corruptionOrPublicServiceOffence = false,
            stateBodyIsParty = true,
        });

        Assert.Equal(2, (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32());
        Assert.True((await mediator.CaseAsync(walk.CaseId)).GetProperty("stateBodyIsParty").GetBoolean());
    }

    [Fact]
    public async Task An_answer_left_out_is_400_so_that_none_changes_by_omission()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await mediator.PutJsonAsync(CaseApi.CaseUrl(walk.CaseId) + "/screening", new { expectedVersion = 1, stateBodyIsParty = true });

        Assert.Equal(["affectsThirdParties", "corruptionOrPublicServiceOffence", "partyLacksCapacity"],
            (await response.ProblemAsync(HttpStatusCode.BadRequest)).Fields.Order());
    }

    [Fact]
    public async Task Where_the_case_came_from_is_recorded_with_the_court_proceeding()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);

        using var response = await chair.PutJsonAsync(CaseApi.CaseUrl(walk.CaseId) + "/referral",
            new { expectedVersion = 1, referralSource = "court", referralNote = "Судья предложил медиацию", proceedingReference = "2-1234/2026" });

        await response.JsonAsync(HttpStatusCode.OK);
        var view = await chair.CaseAsync(walk.CaseId);
        Assert.Equal(("court", "Судья предложил медиацию", "2-1234/2026"),
            (view.GetProperty("referralSource").GetString(), view.GetProperty("referralNote").GetString(), view.GetProperty("proceedingReference").GetString()));
    }

    [Theory]
    [InlineData("en", "Where the case came from can be changed only before mediation starts.")]
    [InlineData("ru", "Источник дела можно менять только до начала медиации.")]
    [InlineData("kk", "Істің қайдан түскенін тек медиация басталғанға дейін өзгертуге болады.")]
    public async Task Once_mediation_has_started_the_referral_is_400_in_the_readers_language(string language, string message)
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToInMediationAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var version = (await mediator.CaseAsync(walk.CaseId)).GetProperty("version").GetInt32();

        using var response = await mediator.PutJsonAsync(CaseApi.CaseUrl(walk.CaseId) + "/referral", new { expectedVersion = version, referralSource = "police" }, language);

        Assert.Equal([message], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("referralSource"));
        Assert.Equal(version, (await mediator.CaseAsync(walk.CaseId)).GetProperty("version").GetInt32());
    }
}
