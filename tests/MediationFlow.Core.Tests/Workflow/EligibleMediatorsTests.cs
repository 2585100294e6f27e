using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Core.Tests.Workflow;

/// <summary>
/// The assignment check asks where one person stands in one statement; it must answer as the rule the chair's list and
/// the guards read (<see cref="EligibleMediators.Candidates"/>, <see cref="EligibleMediators.Inactive"/>,
/// <see cref="EligibleMediators.Recused"/>), for everyone, on real and sandbox cases; so must the compiled count of those
/// who could take a case.
/// </summary>
public sealed class EligibleMediatorsTests
{
    private static CancellationToken Cancelled => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Where_a_person_stands_is_what_the_rule_says_for_every_person_and_case()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        var real = await CaseDriver.OpenAsync(app);
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MediationDbContext>();
            db.MediatorRegister.Add(new MediatorRegisterEntry { Number = "AKM-01-T1", UserId = d.MediatorA2, CouncilId = d.CouncilA, Status = MediatorStatus.Suspended });
            db.ConflictDeclarations.Add(new ConflictDeclaration { CaseId = real.CaseId, MediatorId = d.MediatorA, DeclaredAt = app.Time.GetUtcNow(), Recused = true });
            await db.SaveChangesAsync(Cancelled);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MediationDbContext>();
            var cases = await db.Cases.AsNoTracking().Where(c => c.Id == real.CaseId || c.WorkshopId == workshop.Id).ToListAsync(Cancelled);
            var people = await db.Users.Select(u => u.Id).ToListAsync(Cancelled);
            var answers = new List<(Standing Asked, Standing Rule)>();
            foreach (var @case in cases)
            {
                foreach (var person in people)
                {
                    var rule = new Standing(
                        await EligibleMediators.Inactive(db).ContainsAsync(person, Cancelled),
                        await EligibleMediators.Candidates(db, @case.Id, @case.CouncilId, @case.WorkshopId).ContainsAsync(person, Cancelled),
                        await EligibleMediators.Recused(db, @case.Id).ContainsAsync(person, Cancelled));
                    answers.Add((await EligibleMediators.StandingAsync(db, @case, person, Cancelled), rule));
                }
            }

            Assert.All(answers, a => Assert.Equal(a.Rule, a.Asked));
            foreach (var @case in cases)
            {
                // Whoever holds the case does not count; with no one holding it, everyone eligible does.
                foreach (var holder in new Guid?[] { null, d.MediatorA2, people[0] })
                {
                    var held = new Case { Id = @case.Id, CouncilId = @case.CouncilId, WorkshopId = @case.WorkshopId, AssignedMediatorId = holder, Number = @case.Number, Description = @case.Description, DefinitionId = @case.DefinitionId, State = @case.State, Stage = @case.Stage };
                    var candidates = await EligibleMediators.Candidates(db, @case.Id, @case.CouncilId, @case.WorkshopId).Distinct().ToListAsync(Cancelled);
                    var recused = await EligibleMediators.Recused(db, @case.Id).ToListAsync(Cancelled);
                    Assert.Equal(candidates.Count(c => !recused.Contains(c) && c != holder), await EligibleMediators.CountAsync(db, held, Cancelled));
                }
            }

            Assert.Contains(answers, a => a.Rule.Inactive);
            Assert.Contains(answers, a => a.Rule.Recused);
            Assert.Contains(answers, a => a.Rule.Candidate);
            Assert.True(cases.Count(c => c.WorkshopId is not null) >= 2, "both teams' sandbox cases are asked about");
        }
    }
}
