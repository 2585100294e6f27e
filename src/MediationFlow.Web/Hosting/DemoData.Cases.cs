using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Core.Timers;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Hosting;

public static partial class DemoData
{
    /// <summary>Drives demo cases through the real commands, each step as its own request.</summary>
    private sealed class CaseSeeder(IServiceScopeFactory scopes, DemoPeople people, DemoCouncils councils)
    {
        private static readonly (DisputeCategory Category, string Description, string Applicant, string Respondent)[] Disputes =
        [
            (DisputeCategory.NeighboursAndHousing, "Соседи не могут договориться о шуме после 23:00 в многоквартирном доме.", "Айгерим Сәдуақасова", "Николай Петренко"),
            (DisputeCategory.LandAndBoundaries, "Забор между участками перенесён на полметра.", "Бауыржан Тоқтаров", "Ерлан Жақсылықов"),
            (DisputeCategory.FamilyAndHousehold, "Порядок общения отца с ребёнком после развода.", "Динара Қасымова", "Асқар Қасымов"),
            (DisputeCategory.Labour, "Задержка заработной платы за два месяца.", "Виктор Ли", "ТОО «Бурабай Құрылыс»"),
            (DisputeCategory.Consumer, "Возврат неисправного холодильника.", "Жанар Әбдірахманова", "ИП «Техника Плюс»"),
            (DisputeCategory.FamilyAndHousehold, "Раздел расходов на уход за пожилой матерью.", "Сәуле Нұрланова", "Қайрат Нұрланов"),
            (DisputeCategory.NeighboursAndHousing, "Протечка с верхнего этажа повредила потолок.", "Елена Смирнова", "Талғат Бекенов"),
            (DisputeCategory.MinorOffence, "Повреждение автомобиля во дворе.", "Нұржан Әлиев", "Игорь Васильев"),
            (DisputeCategory.CommunityTension, "Разногласия между общинами при подготовке праздника Наурыз в селе.", "Мәжіліс ауылы тұрғындары", "Этнокультурное объединение села"),
            (DisputeCategory.LandAndBoundaries, "Выпас скота на чужом сенокосе.", "Ғалым Сейітов", "Арман Бекмұхамбетов"),
        ];

        private int _next;

        public async Task SeedAsync(CancellationToken ct)
        {
            var m = people.Mediator;
            await OpenAsync(m, ct);                                                                  // registered
            await OpenAsync(m, ct, DisputeCategory.CommunityTension);                                // registered, chair alerted
            await Step(await OpenAsync(m, ct), ct, Accept);                                          // awaiting assignment
            await Step(await OpenAsync(people.Chair, ct), ct, (c, t) => Take(c, people.Chair, "acceptForMediation", t)); // registered by the chair
            await Step(await OpenAsync(m, ct), ct, Accept, Assign);                                  // awaiting declaration
            await Step(await OpenAsync(m, ct), ct, Accept, Assign, Declare);                         // awaiting consent
            await Step(await OpenAsync(m, ct), ct, Accept, Assign, Declare, FirstConsent);           // one party consented
            await Step(await OpenAsync(m, ct), ct, IntoMediation);                                   // in mediation
            await Step(await OpenAsync(m, ct), ct, IntoMediation, Schedule);                         // a session planned
            await Step(await OpenAsync(m, ct), ct, IntoMediation, HoldSession, Schedule);            // held one, next planned
            var overdue = new[] { await OpenAsync(m, ct), await OpenAsync(m, ct) };
            foreach (var c in overdue)
            {
                await Step(c, ct, IntoMediation, HoldSession);
            }

            await Step(await OpenAsync(m, ct), ct, IntoMediation, HoldSession, Settle, AddObligation);       // drafting
            await Step(await OpenAsync(m, ct), ct, IntoMediation, HoldSession, Settle, AddObligation, Sign); // awaiting approval
            await Step(await OpenAsync(m, ct), ct, IntoMediation, HoldSession, Settle, AddObligation, Sign); // awaiting approval
            await Step(await OpenAsync(m, ct), ct, IntoMediation, HoldSession, Settle, AddObligation, Sign, Approve);                  // monitoring
            await Step(await OpenAsync(m, ct), ct, IntoMediation, HoldSession, Settle, AddObligation, Sign, Approve, Fulfil);          // fulfilled
            await Step(await OpenAsync(m, ct), ct, IntoMediation, HoldSession, Settle, AddObligation, Sign, Approve, Breach);          // breached
            await Step(await OpenAsync(m, ct), ct, IntoMediation, HoldSession, Impasse);                                                // no agreement
            await Step(await OpenAsync(m, ct, affectsThirdParties: true), ct, CloseNotMediable);                                       // not mediable
            await Step(await OpenAsync(people.OtherMediator, ct, council: councils.Zerendi), ct, (c, t) => Take(c, people.OtherMediator, "acceptForMediation", t));
            await OpenAsync(people.OtherMediator, ct, council: councils.Zerendi);

            await MakeOverdueAsync(overdue, ct);
        }

        private async Task<long> OpenAsync(Guid by, CancellationToken ct, DisputeCategory? category = null, bool affectsThirdParties = false, int? council = null)
        {
            var dispute = Disputes[_next++ % Disputes.Length];
            var opened = await SendAsync<OpenCase.Opened>(by, new OpenCase.Command(
                council ?? councils.Burabay, category ?? dispute.Category, dispute.Description, affectsThirdParties, false, false,
                [new PartyDetails(PartyRole.Applicant, dispute.Applicant, PreferredLanguage: "kk", Phone: "+7 701 555 01 " + _next.ToString("00", CultureInfo.InvariantCulture)),
                 new PartyDetails(PartyRole.Respondent, dispute.Respondent, PreferredLanguage: "ru")]), ct);
            return opened.CaseId;
        }

        private static async Task Step(long caseId, CancellationToken ct, params Func<long, CancellationToken, Task>[] steps)
        {
            foreach (var step in steps)
            {
                await step(caseId, ct);
            }
        }

        private Task Accept(long c, CancellationToken ct) => Take(c, people.Mediator, "acceptForMediation", ct);

        private Task CloseNotMediable(long c, CancellationToken ct) => Take(c, people.Mediator, "closeNotMediable", ct, ("note", "Спор затрагивает права третьих лиц."));

        private Task Assign(long c, CancellationToken ct) => Take(c, people.Chair, "assignMediator", ct, ("mediator", people.Mediator.ToString()));

        private Task Declare(long c, CancellationToken ct) => Take(c, people.Mediator, "declareNoConflict", ct, ("declaration", "true"));

        private async Task FirstConsent(long c, CancellationToken ct) =>
            await Take(c, people.Mediator, "recordConsent", ct, ("party", Id((await View(c, ct)).Parties[0].Id)));

        private async Task IntoMediation(long c, CancellationToken ct)
        {
            await Step(c, ct, Accept, Assign, Declare);
            foreach (var party in (await View(c, ct)).Parties)
            {
                await Take(c, people.Mediator, "recordConsent", ct, ("party", Id(party.Id)));
            }

            await Take(c, people.Mediator, "signAgreementOnMediation", ct, ("signedByAll", "true"));
        }

        private async Task Schedule(long c, CancellationToken ct)
        {
            var when = (await View(c, ct)).Now.ToOffset(TimeSpan.FromHours(5)).Date.AddDays(3).AddHours(15);
            await Take(c, people.Mediator, "scheduleSession", ct, ("plannedAt", when.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)), ("place", "Акимат, каб. 12"));
        }

        private async Task HoldSession(long c, CancellationToken ct)
        {
            await Schedule(c, ct);
            var session = (await View(c, ct)).Sessions.Last(s => !s.Recorded);
            await Take(c, people.Mediator, "recordSession", ct, ("session", Id(session.Id)), ("attendance", "held"),
                ("outcomeNote", "Стороны изложили позиции; договорились подготовить предложения."));
        }

        private Task Settle(long c, CancellationToken ct) => Take(c, people.Mediator, "reachSettlement", ct);

        private Task Impasse(long c, CancellationToken ct) => Take(c, people.Mediator, "declareImpasse", ct, ("note", "Стороны не пришли к согласию."));

        private async Task AddObligation(long c, CancellationToken ct)
        {
            var view = await View(c, ct);
            var respondent = view.Parties.First(p => p.Role == PartyRole.Respondent);
            var due = DateOnly.FromDateTime(view.Now.ToOffset(TimeSpan.FromHours(5)).Date.AddDays(21));
            await Take(c, people.Mediator, "addObligation", ct, ("party", Id(respondent.Id)),
                ("description", "Устранить причину спора и сообщить медиатору"), ("dueOn", due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        private async Task Sign(long c, CancellationToken ct)
        {
            if ((await View(c, ct)).Actions.Any(a => a.Trigger == "submitForSignature"))
            {
                await Take(c, people.Mediator, "submitForSignature", ct);
            }

            await Take(c, people.Mediator, "signSettlement", ct, ("signedByAll", "true"));
        }

        private Task Approve(long c, CancellationToken ct) => Take(c, people.Chair, "approve", ct);

        private async Task Fulfil(long c, CancellationToken ct)
        {
            await Take(c, people.Mediator, "recordObligationStatus", ct, ("obligation", Id((await View(c, ct)).Obligations[0].Id)), ("status", "fulfilled"));
            await Take(c, people.Mediator, "closeFulfilled", ct);
        }

        private async Task Breach(long c, CancellationToken ct)
        {
            await Take(c, people.Mediator, "recordObligationStatus", ct, ("obligation", Id((await View(c, ct)).Obligations[0].Id)), ("status", "breached"));
            await Take(c, people.Mediator, "closeBreached", ct);
        }

        /// <summary>
        /// Overdue cases are made by moving their deadline timers into the past and letting the pump
        /// fire them, so they became overdue the way any case does.
        /// </summary>
        private async Task MakeOverdueAsync(IEnumerable<long> caseIds, CancellationToken ct)
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<MediationDbContext>();
                var ids = caseIds.ToList();
                var past = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-2);
                foreach (var timer in await db.DueTimers.Where(t => ids.Contains(t.CaseId) && t.Status == TimerStatus.Pending && t.Trigger == "deadlinePassed").ToListAsync(ct))
                {
                    timer.DueAt = past;
                }

                foreach (var @case in await db.Cases.Where(c => ids.Contains(c.Id)).ToListAsync(ct))
                {
                    @case.Deadline = past;
                }

                await db.SaveChangesAsync(ct);
            }

            await using var pumpScope = scopes.CreateAsyncScope();
            await pumpScope.ServiceProvider.GetRequiredService<TimerPump>().RunOnceAsync(ct);
        }

        private async Task Take(long caseId, Guid by, string trigger, CancellationToken ct, params (string Field, string? Value)[] input)
        {
            var version = (await SendAsync<CaseView>(by, new GetCase.Query(caseId), ct)).Version;
            await SendAsync<TakeAction.Taken>(by, new TakeAction.Command(caseId, trigger, version, input.ToDictionary(i => i.Field, i => i.Value)), ct);
        }

        private Task<CaseView> View(long caseId, CancellationToken ct) => SendAsync<CaseView>(people.Chair, new GetCase.Query(caseId), ct);

        private async Task<T> SendAsync<T>(Guid by, IMessage request, CancellationToken ct)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().SignIn(by);
            return (T)(await scope.ServiceProvider.GetRequiredService<ISender>().Send((object)request, ct))!;
        }

        private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
    }
}
