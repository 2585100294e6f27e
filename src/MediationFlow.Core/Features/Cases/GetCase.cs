using MediationFlow.Core.Domain;
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
            var language = ActionView.Language;
            var more = await MoreOfAsync(c.Id, language, cancellationToken);
            var notes = await ConfidentialNotes.ForCaseAsync(db, c, actor, cancellationToken);
            var sessionNotes = notes.Values.Where(n => n.SessionId is not null).GroupBy(n => n.SessionId!.Value).ToDictionary(g => g.Key, g => g.Last().View);
            var workflow = actions.WorkflowOf(c);
            var consented = c.Consents.Select(x => x.PartyId).ToHashSet();
            var caseActions = await actions.ListAsync(c, actor, cancellationToken);
            return new CaseView(
                c.Id, c.Number, c.CouncilId, more.CouncilName, c.Category, c.Description,
                c.AffectsThirdParties, c.PartyLacksCapacity, c.CorruptionOrPublicServiceOffence,
                c.DefinitionId, c.DefinitionVersion,
                c.State, workflow.State(c.State).Name.For(language), c.Stage, workflow.StageOf(c.State).Name.For(language),
                c.IsClosed, c.Version, c.RegisteredAt, c.Deadline, await clock.NowForAsync(c, cancellationToken),
                c.AssignedMediatorId, more.MediatorName,
                [.. c.Parties.OrderBy(p => p.Id).Select(p => new PartyView(p.Id, p.Role, p.FullName, p.Iin, p.Phone, p.Email, p.Address, p.PreferredLanguage, consented.Contains(p.Id))
                {
                    Kind = p.Kind,
                    Bin = p.Bin,
                })],
                [.. c.Sessions.OrderBy(s => s.PlannedAt).Select(s => Session(s, sessionNotes.GetValueOrDefault(s.Id)))],
                c.CurrentSettlement is { } settlement ? Settlement(settlement) : null,
                [.. c.Obligations.OrderBy(o => o.DueOn).Select(o => new ObligationView(o.Id, o.PartyId, o.Description, o.DueOn, o.Status, o.StatusNote, o.Superseded)
                {
                    Round = o.Round,
                    StatusOn = o.StatusOn,
                    PreviousDueOn = o.PreviousDueOn,
                    RescheduledOn = o.RescheduledOn,
                })],
                more.FollowUpChecks,
                [.. caseActions.Select(a => ActionView.From(a, language))],
                c.WorkshopId)
            {
                CouncilTimeZone = more.CouncilTimeZone,
                StateBodyIsParty = c.StateBodyIsParty,
                ReferralSource = c.ReferralSource,
                ReferralNote = c.ReferralNote,
                ProceedingReference = c.ProceedingReference,
                Round = c.Round,
                OutcomeReason = c.OutcomeReason,
                PendingTransferCouncilId = c.PendingTransferCouncilId,
                Representatives = [.. c.Representatives.OrderBy(r => r.Id).Select(r => new RepresentativeView(
                    r.Id, r.PartyId, r.FullName, r.Iin, r.Phone, r.AuthorityKind, r.AuthorityDocument, r.AuthorityIssuedOn, r.AuthorityValidUntil,
                    r.HasAuthority, r.RemovedAt))],
                Participants = [.. c.Participants.OrderBy(p => p.Id).Select(p => new ParticipantView(
                    p.Id, p.Kind, p.FullName, p.Iin, p.Phone, p.PreferredLanguage, p.AccompaniesPartyId, p.RemovedAt))],
                Consents = [.. c.Consents.OrderBy(x => x.Id).Select(x => new ConsentView(x.Id, x.Round, x.PartyId, x.MediatorId, x.GivenOn, x.RepresentativeId, x.GivenAt))],
                Declarations = [.. c.Declarations.OrderBy(x => x.Id).Select(x => new DeclarationView(x.Round, x.MediatorId, x.Recused, x.DeclaredAt))],
                MediationAgreements = more.MediationAgreements,
                Settlements = [.. c.Settlements.OrderBy(s => s.Round).Select(Settlement)],
                Rounds = [.. c.Rounds.OrderBy(r => r.Number).Select(r => new RoundView(
                    r.Number, r.OpenedAt, r.RequestedByPartyId, r.RequestedOn, r.MediatorAssignedOn, r.ProposalSentOn, r.MediationStartedOn,
                    r.TermEndsOn, r.DraftApprovedOn, r.SettlementSignedOn, r.Outcome, r.OutcomeReason, r.EndedAt))],
                CourtProceedings = more.CourtProceedings,
                Transfers = more.Transfers,
            };
        }

        private static SessionView Session(Session s, ConfidentialNoteView? note) =>
            new(s.Id, s.PlannedAt, s.Place, s.Online, s.Recorded, s.NoShow, s.AbsentPartyId, s.Superseded, note)
            {
                Round = s.Round,
                Kind = s.Kind,
                PartyId = s.PartyId,
                HeldAt = s.HeldAt,
                CancelledAt = s.CancelledAt,
                Attendance = [.. s.Attendance.OrderBy(a => a.AttendeeKind).ThenBy(a => a.AttendeeId).Select(a => new AttendanceView(a.AttendeeKind, a.AttendeeId, a.Attended))],
            };

        private static SettlementView Settlement(SettlementAgreement s) =>
            new(s.SignedAt, s.ApprovedAt, s.ReturnComment)
            {
                Id = s.Id,
                Round = s.Round,
                Terms = s.Terms,
                Scope = s.Scope,
                SubmittedAt = s.SubmittedAt,
                SignedOn = s.SignedOn,
                Signatures = [.. s.Signatures.OrderBy(g => g.Id).Select(g => new SignatureView(g.Id, g.PartyId, g.RepresentativeId, g.SignedOn, g.Method, g.RecordedAt, g.Superseded))],
            };

        /// <summary>
        /// What the page shows beyond what every command reads (the council, the mediator's name, follow-up checks,
        /// agreements on mediation, court records, transfers), in one statement: each collection has a few rows at most.
        /// </summary>
        private Task<More> MoreOfAsync(long caseId, string language, CancellationToken cancellationToken) =>
            db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new More(
                language == "kk" ? c.Council!.NameKk : language == "ru" ? c.Council!.NameRu : c.Council!.NameEn,
                c.Council!.TimeZone,
                c.AssignedMediator == null ? null : c.AssignedMediator.DisplayName,
                c.FollowUpChecks.OrderBy(f => f.RecordedAt).Select(f => new FollowUpCheckView(f.Id, f.Note, f.RecordedAt) { Round = f.Round, CheckedOn = f.CheckedOn }).ToList(),
                c.MediationAgreements.OrderBy(a => a.Id).Select(a => new MediationAgreementView(a.Round, a.SignedAt, a.SignedOn, a.MediatorId)).ToList(),
                c.CourtProceedings.OrderBy(p => p.Id).Select(p => new CourtProceedingView(
                    p.Id, p.Round, p.PartyId, p.AppliedOn, p.Court, p.CourtCaseNumber, p.DecidedOn, p.Decision, p.DecisionNote)).ToList(),
                c.Transfers.OrderBy(t => t.Id).Select(t => new TransferView(
                    t.Id, t.FromCouncilId, db.Councils.Where(x => x.Id == t.FromCouncilId).Select(x => language == "kk" ? x.NameKk : language == "ru" ? x.NameRu : x.NameEn).First(),
                    t.ToCouncilId, db.Councils.Where(x => x.Id == t.ToCouncilId).Select(x => language == "kk" ? x.NameKk : language == "ru" ? x.NameRu : x.NameEn).First(),
                    t.Reason, t.RequestedAt, t.Status, t.DecidedAt, t.DeclineReason)).ToList()))
            .AsSingleQuery()
            .SingleAsync(cancellationToken);

        private sealed record More(
            string CouncilName, string CouncilTimeZone, string? MediatorName, List<FollowUpCheckView> FollowUpChecks,
            List<MediationAgreementView> MediationAgreements, List<CourtProceedingView> CourtProceedings, List<TransferView> Transfers);
    }
}
