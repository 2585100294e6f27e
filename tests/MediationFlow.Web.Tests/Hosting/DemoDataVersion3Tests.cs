using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Hosting;

/// <summary>
/// The demo dataset told in version 3's steps, as a first run seeds it when new cases start on version 3: a case in
/// every state a council meets, each with its legal dates, outcome and reason.
/// </summary>
public sealed class DemoDataVersion3Tests(DemoDataVersion3Tests.FirstRunOnVersion3 factory) : IClassFixture<DemoDataVersion3Tests.FirstRunOnVersion3>
{
    public sealed class FirstRunOnVersion3 : MediationFlowFactory
    {
        protected override bool StartFromDemoDatabase => false;

        protected override int CaseVersion => 3;
    }

    [Fact]
    public async Task Every_state_of_version_3_but_a_pending_transfer_has_a_demo_case()
    {
        var states = await factory.QueryAsync(db => db.Cases.Where(c => c.Council!.Code == DemoUsers.BurabayCode)
            .Select(c => new { c.DefinitionVersion, c.State }).ToListAsync());

        Assert.All(states, s => Assert.Equal(3, s.DefinitionVersion));
        string[] expected =
        [
            "registered", "awaitingAssignment", "awaitingDeclaration", "awaitingConsent", "inMediation", "draftingAgreement",
            "awaitingReview", "awaitingSignatures", "monitoring", "fulfilled", "breached", "noAgreement", "withdrawn", "declined",
            "notMediable", "expired", "noMediatorAvailable",
        ];
        Assert.All(expected, s => Assert.Contains(states, c => c.State == s));
    }

    [Fact]
    public async Task Closed_demo_cases_record_their_reason_and_one_case_is_in_its_second_round()
    {
        var closed = await factory.QueryAsync(db => db.Cases.Where(c => c.IsClosed).Select(c => new { c.State, c.OutcomeReason }).ToListAsync());
        Assert.All(closed, c => Assert.False(string.IsNullOrEmpty(c.OutcomeReason), $"A {c.State} demo case has no reason."));
        Assert.Contains(closed, c => (c.State, c.OutcomeReason) == ("expired", "termExpired"));
        Assert.Contains(closed, c => (c.State, c.OutcomeReason) == ("declined", "noAnswerInWindow"));

        var second = await factory.QueryAsync(db => db.Cases.Include(c => c.Rounds).SingleAsync(c => c.Round == 2));
        Assert.Equal("awaitingAssignment", second.State);
        Assert.Equal("breached", second.Rounds.Single(r => r.Number == 1).Outcome);
    }

    [Fact]
    public async Task A_demo_case_whose_term_has_passed_is_still_open_for_an_extension_agreed_in_time()
    {
        var passed = await factory.QueryAsync(db => db.Cases.Include(c => c.Rounds)
            .Where(c => c.State == "inMediation").ToListAsync());

        Assert.Contains(passed, c => c.Rounds.Single().TermEndsOn < DateOnly.FromDateTime(DateTime.UtcNow));
    }
}
