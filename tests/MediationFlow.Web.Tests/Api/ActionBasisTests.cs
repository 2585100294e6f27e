using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>The action listing of a version 3 case gives a blocked reason's legal basis: its cite in the caller's language and its status.</summary>
public sealed class ActionBasisTests(V3Factory factory) : IClassFixture<V3Factory>
{
    [Theory]
    [InlineData("kk", "«Медиация туралы» Заңның 1-бабының 2-тармағы")]
    [InlineData("ru", "п. 2 ст. 1 Закона «О медиации»")]
    [InlineData("en", "Law On Mediation, Art. 1(2)")]
    public async Task A_guard_that_blocks_names_its_basis_and_a_role_refusal_none(string language, string cite)
    {
        var burabay = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        var walk = await CaseWalk.OpenAsync(factory, CaseApi.NewCase(burabay, affectsThirdParties: true));
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await mediator.GetPathAsync($"{CaseApi.CaseUrl(walk.CaseId)}/actions", language);
        var actions = (await response.JsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();

        var accept = actions.Single(a => a.GetProperty("trigger").GetString() == "acceptForMediation");
        var mediable = accept.GetProperty("blockedBy").EnumerateArray().Single(b => b.GetProperty("code").GetString() == "mediable");
        Assert.Equal(cite, mediable.GetProperty("basis").GetProperty("cite").GetString());
        Assert.Equal("verified", mediable.GetProperty("basis").GetProperty("status").GetString());

        // Recusal is the mediator's: the chair is refused it by role, which is no rule of law.
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);
        using var chairs = await chair.GetPathAsync($"{CaseApi.CaseUrl(walk.CaseId)}/actions", language);
        var recuse = (await chairs.JsonAsync(HttpStatusCode.OK)).EnumerateArray().Single(a => a.GetProperty("trigger").GetString() == "recuse");
        var role = recuse.GetProperty("blockedBy").EnumerateArray().Single(b => b.GetProperty("kind").GetString() == "role");
        Assert.False(role.TryGetProperty("basis", out _), role.ToString());
    }
}
