using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Web.Hosting;

public static partial class DemoData
{
    /// <summary>
    /// The stories in version 3's steps: every legal act dated the day it happens on the seeder's clock, sessions joint
    /// and separate, the chair's review before the signatures, each party signing, a term that passed and one that
    /// expired, a breach followed by a second round, a decline by silence, a council left without a mediator.
    /// </summary>
    private sealed partial class CaseSeeder
    {
        private async Task SeedVersion3Async(CancellationToken ct)
        {
            var m = people.Mediator;
            await StoryAsync(1, () => OpenAsync(m, ct), ct);                                                           // registered
            await StoryAsync(0, () => OpenAsync(m, ct, DisputeCategory.CommunityTension), ct);                         // registered, chair alerted
            await StoryAsync(2, () => OpenAsync(m, ct), ct, Accept);                                                    // awaiting assignment
            await StoryAsync(3, () => OpenAsync(m, ct), ct, Accept, Assign);                                            // awaiting declaration
            await StoryAsync(6, () => OpenAsync(m, ct), ct, Accept, Assign, Declare, Propose, FirstConsentV3);          // one party consented
            await StoryAsync(8, () => OpenAsync(m, ct), ct, IntoMediationV3);                                           // in mediation
            await StoryAsync(19, () => OpenAsync(m, ct), ct, IntoMediationV3, SeparateMeetings, ScheduleJoint);         // met each party, joint session planned
            await StoryAsync(40, () => OpenAsync(m, ct), ct, IntoMediationV3, HoldJoint);                               // the term passed a few days ago
            await StoryAsync(50, () => OpenAsync(m, ct), ct, IntoMediationV3, HoldJoint);                               // expired: neither settled nor extended
            await StoryAsync(16, () => OpenAsync(m, ct), ct, IntoMediationV3, HoldJoint, Settle, Terms, AddObligation); // drafting
            await StoryAsync(18, () => OpenAsync(m, ct), ct, IntoMediationV3, HoldJoint, Settle, Terms, AddObligation, Submit); // under review
            await StoryAsync(20, () => OpenAsync(m, ct), ct, IntoMediationV3, HoldJoint, Settle, Terms, AddObligation, Submit, Approve, FirstSignature); // one signature
            await StoryAsync(25, () => OpenAsync(m, ct), ct, IntoMediationV3, HoldJoint, Settle, Terms, AddObligation, Submit, Approve, SignAll); // follow-up
            await StoryAsync(30, () => OpenAsync(m, ct), ct, IntoMediationV3, HoldJoint, Settle, Terms, AddObligation, Submit, Approve, SignAll, FulfilV3);
            await StoryAsync(42, () => OpenAsync(m, ct), ct, IntoMediationV3, HoldJoint, Settle, Terms, AddObligation, Submit, Approve, SignAll, BreachV3);
            await StoryAsync(47, () => OpenAsync(m, ct), ct, IntoMediationV3, HoldJoint, Settle, Terms, AddObligation, Submit, Approve, SignAll, BreachV3, NewRound);
            await StoryAsync(18, () => OpenAsync(m, ct), ct, IntoMediationV3, NoShow, NoShow, ImpasseV3);               // no agreement: the respondent never came
            await StoryAsync(14, () => OpenAsync(m, ct), ct, IntoMediationV3, HoldJoint, Withdraw);                     // withdrawn
            await StoryAsync(16, () => OpenAsync(m, ct), ct, Accept, Assign, Declare, Propose);                         // declined: nobody answered in time
            await StoryAsync(3, () => OpenAsync(m, ct, affectsThirdParties: true), ct, CloseNotMediableV3);            // not mediable
            await StoryAsync(6, () => OpenAsync(m, ct), ct, Accept, Assign, Declare, Recuse, CloseNoMediator);          // the council's only mediator recused
            await StoryAsync(2, () => OpenAsync(people.OtherMediator, ct, council: councils.Zerendi), ct, (c, t) => Take(c, people.OtherMediator, "acceptForMediation", t));
            await StoryAsync(0, () => OpenAsync(people.OtherMediator, ct, council: councils.Zerendi), ct);
        }

        /// <summary>The seeder's day where the councils are: the day each act of a step happened.</summary>
        private string Today => DateOnly.FromDateTime(clock.Now.ToOffset(Kazakhstan).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private Task Propose(long c, CancellationToken ct) => Take(c, people.Mediator, "sendProposal", ct, ("proposedOn", Today));

        private async Task FirstConsentV3(long c, CancellationToken ct) =>
            await Take(c, people.Mediator, "recordConsent", ct, ("party", Id((await View(c, ct)).Parties[0].Id)), ("consentedOn", Today));

        private async Task IntoMediationV3(long c, CancellationToken ct)
        {
            await Step(c, ct, Accept, Assign, Declare, Propose);
            foreach (var party in (await View(c, ct)).Parties)
            {
                await Take(c, people.Mediator, "recordConsent", ct, ("party", Id(party.Id)), ("consentedOn", Today));
            }

            await Take(c, people.Mediator, "signAgreementOnMediation", ct, ("signedOn", Today), ("signedByAll", "true"), ("withoutCopyReason", "Подписанный экземпляр хранится в бумажном деле совета"));
        }

        /// <summary>A session two days ahead at three in the afternoon, jointly or with one party; returns its id.</summary>
        private async Task<long> PlanAsync(long c, CancellationToken ct, long? party = null)
        {
            var when = clock.Now.ToOffset(Kazakhstan).Date.AddDays(3).AddHours(15);
            var input = new List<(string, string?)>
            {
                ("plannedAt", when.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)),
                ("kind", party is null ? "joint" : "separate"),
                ("place", "Акимат, каб. 12"),
            };
            if (party is { } id)
            {
                input.Add(("party", Id(id)));
            }

            await Take(c, people.Mediator, "scheduleSession", ct, [.. input]);
            return (await View(c, ct)).Sessions[^1].Id;
        }

        private async Task ScheduleJoint(long c, CancellationToken ct) => await PlanAsync(c, ct);

        /// <summary>The session's day comes; it is recorded that evening as held, an hour after it started, with those who came.</summary>
        private async Task HoldAsync(long c, long session, string attended, CancellationToken ct)
        {
            var planned = (await View(c, ct)).Sessions.Single(s => s.Id == session).PlannedAt;
            await PassAsync(planned.AddHours(3) - clock.Now, ct);
            await Act(c, people.Mediator, "recordSession", ct, ("session", Id(session)),
                ("heldAt", planned.ToOffset(Kazakhstan).AddHours(1).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)),
                ("attended", attended), ("outcomeNote", "Стороны изложили позиции; договорились подготовить предложения."));
        }

        private async Task HoldJoint(long c, CancellationToken ct)
        {
            var session = await PlanAsync(c, ct);
            await HoldAsync(c, session, string.Join(',', (await View(c, ct)).Parties.Select(p => "party:" + Id(p.Id))), ct);
        }

        private async Task SeparateMeetings(long c, CancellationToken ct)
        {
            foreach (var party in (await View(c, ct)).Parties)
            {
                await HoldAsync(c, await PlanAsync(c, ct, party.Id), "party:" + Id(party.Id), ct);
            }
        }

        /// <summary>A joint session the respondent did not come to, recorded on its day.</summary>
        private async Task NoShow(long c, CancellationToken ct)
        {
            var session = await PlanAsync(c, ct);
            var view = await View(c, ct);
            await PassAsync(view.Sessions.Single(s => s.Id == session).PlannedAt.AddHours(3) - clock.Now, ct);
            await Act(c, people.Mediator, "recordNoShow", ct, ("session", Id(session)),
                ("absent", Id(view.Parties.First(p => p.Role == PartyRole.Respondent).Id)));
        }

        private Task ImpasseV3(long c, CancellationToken ct) =>
            Take(c, people.Mediator, "declareImpasse", ct, ("reason", "partyDoesNotAttend"), ("note", "Ответчик не явился на две сессии."));

        private async Task Withdraw(long c, CancellationToken ct) =>
            await Take(c, people.Mediator, "withdraw", ct, ("party", Id((await View(c, ct)).Parties[1].Id)), ("withdrawnOn", Today));

        private Task Terms(long c, CancellationToken ct) =>
            Take(c, people.Mediator, "setTerms", ct, ("terms", "Стороны устраняют причину спора и уведомляют медиатора."), ("scope", "full"));

        private Task Submit(long c, CancellationToken ct) => Take(c, people.Mediator, "submitForReview", ct);

        private async Task FirstSignature(long c, CancellationToken ct) =>
            await Take(c, people.Mediator, "recordSignature", ct, ("party", Id((await View(c, ct)).Parties[0].Id)), ("signedOn", Today), ("method", "inPerson"), ("withoutCopyReason", "Подписанный экземпляр хранится в бумажном деле совета"));

        /// <summary>Each party signs, the second on a copy exchanged by e-mail; the last signature moves the case to follow-up.</summary>
        private async Task SignAll(long c, CancellationToken ct)
        {
            var parties = (await View(c, ct)).Parties;
            await Take(c, people.Mediator, "recordSignature", ct, ("party", Id(parties[0].Id)), ("signedOn", Today), ("method", "inPerson"), ("withoutCopyReason", "Подписанный экземпляр хранится в бумажном деле совета"));
            await Take(c, people.Mediator, "recordSignature", ct, ("party", Id(parties[1].Id)), ("signedOn", Today), ("method", "emailCopy"), ("withoutCopyReason", "Подписанный экземпляр хранится в бумажном деле совета"));
        }

        private async Task FulfilV3(long c, CancellationToken ct)
        {
            await Take(c, people.Mediator, "recordObligationStatus", ct,
                ("obligation", Id((await View(c, ct)).Obligations[0].Id)), ("status", "fulfilled"), ("on", Today));
            await Take(c, people.Mediator, "closeFulfilled", ct);
        }

        /// <summary>The obligation's day passes without it being done; the mediator records the breach the day after and closes the case.</summary>
        private async Task BreachV3(long c, CancellationToken ct)
        {
            var obligation = (await View(c, ct)).Obligations[0];
            var dayAfter = new DateTimeOffset(obligation.DueOn.ToDateTime(new TimeOnly(10, 0)), Kazakhstan).AddDays(1);
            await PassAsync(dayAfter - clock.Now, ct);
            await Act(c, people.Mediator, "recordObligationStatus", ct, ("obligation", Id(obligation.Id)), ("status", "breached"), ("on", Today));
            await Take(c, people.Mediator, "closeBreached", ct);
        }

        /// <summary>The applicant asks to mediate again: a second round waits for a mediator.</summary>
        private async Task NewRound(long c, CancellationToken ct) =>
            await Take(c, people.Chair, "requestNewRound", ct, ("party", Id((await View(c, ct)).Parties[0].Id)), ("requestedOn", Today),
                ("note", "Заявитель просит провести медиацию повторно."));

        private Task CloseNotMediableV3(long c, CancellationToken ct) =>
            Take(c, people.Mediator, "closeNotMediable", ct, ("ground", "affectsThirdParties"), ("note", "Спор затрагивает права третьих лиц."));

        private Task Recuse(long c, CancellationToken ct) =>
            Take(c, people.Mediator, "recuse", ct, ("reason", "Медиатор приходится ответчику родственником."));

        private Task CloseNoMediator(long c, CancellationToken ct) =>
            Take(c, people.Chair, "closeNoMediator", ct, ("note", "В совете не осталось медиатора; стороны вправе обратиться в другой совет."));
    }
}
