using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Cases;

/// <summary>A case with everything its page shows, and the actions the reader may take now (or why not).</summary>
public static class GetCase
{
    public sealed record Query(long CaseId) : IQuery<CaseView>, ICaseRequest;

    public sealed class Handler(MediationDbContext db, CaseActions actions, CaseClock clock, CurrentActor current) : IQueryHandler<Query, CaseView>
    {
        public async ValueTask<CaseView> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var actor = await current.GetAsync(cancellationToken);
            var c = await actions.LoadAsync(query.CaseId, cancellationToken) ?? throw new NotFoundException(query.CaseId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await db.Entry(c).Collection(x => x.FollowUpChecks).LoadAsync(cancellationToken);
            var council = await db.Councils.AsNoTracking().SingleAsync(x => x.Id == c.CouncilId, cancellationToken);
            var mediatorName = c.AssignedMediatorId is { } mediatorId
                ? await db.Users.Where(u => u.Id == mediatorId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
                : null;
            var workflow = actions.WorkflowOf(c);
            var language = ActionView.Language;
            var consented = c.Consents.Select(x => x.PartyId).ToHashSet();
            var caseActions = await actions.ListAsync(c, actor, cancellationToken);
            return new CaseView(
                c.Id, c.Number, c.CouncilId, council.Name(language), c.Category, c.Description,
                c.AffectsThirdParties, c.PartyLacksCapacity, c.CorruptionOrPublicServiceOffence,
                c.DefinitionId, c.DefinitionVersion,
                c.State, workflow.State(c.State).Name.For(language), c.Stage, workflow.StageOf(c.State).Name.For(language),
                c.IsClosed, c.Version, c.RegisteredAt, c.Deadline, await clock.NowForAsync(c, cancellationToken),
                c.AssignedMediatorId, mediatorName,
                [.. c.Parties.OrderBy(p => p.Id).Select(p => new PartyView(p.Id, p.Role, p.FullName, p.Iin, p.Phone, p.Email, p.Address, p.PreferredLanguage, p.Representative, consented.Contains(p.Id)))],
                [.. c.Sessions.OrderBy(s => s.PlannedAt).Select(s => new SessionView(s.Id, s.PlannedAt, s.Place, s.Online, s.Recorded, s.NoShow, s.AbsentPartyId, s.OutcomeNote, s.Superseded))],
                c.Settlement is { } s ? new SettlementView(s.SignedAt, s.ApprovedAt, s.ReturnComment) : null,
                [.. c.Obligations.OrderBy(o => o.DueOn).Select(o => new ObligationView(o.Id, o.PartyId, o.Description, o.DueOn, o.Status, o.StatusNote, o.Superseded))],
                [.. c.FollowUpChecks.OrderBy(f => f.RecordedAt).Select(f => new FollowUpCheckView(f.Id, f.Note, f.RecordedAt))],
                [.. caseActions.Select(a => ActionView.From(a, language))],
                c.WorkshopId);
        }
    }
}
