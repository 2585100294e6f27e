using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Security;
using MediationFlow.Core.Timers;
using MediationFlow.Workflows.Engine;
using Mediator;

namespace MediationFlow.Web.Hosting;

public static partial class DemoData
{
    /// <summary>
    /// Drives demo cases through the real commands, each step as its own request on the day it happens. Every
    /// case is a story that starts some days ago and comes up to today, a day per step; timers fire as the
    /// seeder's clock passes them, so a deadline passes on its date and a session is held on the day it was
    /// planned for.
    /// </summary>
    private sealed partial class CaseSeeder(IServiceProvider services, DemoClock clock, DateTimeOffset now, DemoPeople people, DemoCouncils councils)
    {
        /// <summary>Kazakhstan time, in which sessions are planned and obligations fall due.</summary>
        private static readonly TimeSpan Kazakhstan = TimeSpan.FromHours(5);

        /// <summary>A step a day: a council's casework moves at that pace, not in one click.</summary>
        private static readonly TimeSpan Pace = TimeSpan.FromDays(1);

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
            // The stories are told in the steps of the version new cases start on.
            if (services.GetRequiredService<CaseDefaults>().Workflow(services.GetRequiredService<WorkflowCatalog>()).Definition.Version >= 3)
            {
                await SeedVersion3Async(ct);
                return;
            }

            var m = people.Mediator;

            // Each story: how many days ago the case was registered, who registered it, and its steps since.
            await StoryAsync(1, () => OpenAsync(m, ct), ct);                                                         // registered
            await StoryAsync(0, () => OpenAsync(m, ct, DisputeCategory.CommunityTension), ct);                       // registered, chair alerted
            await StoryAsync(2, () => OpenAsync(m, ct), ct, Accept);                                                  // awaiting assignment
            await StoryAsync(2, () => OpenAsync(people.Chair, ct), ct, (c, t) => Take(c, people.Chair, "acceptForMediation", t)); // registered by the chair
            await StoryAsync(3, () => OpenAsync(m, ct), ct, Accept, Assign);                                          // awaiting declaration
            await StoryAsync(4, () => OpenAsync(m, ct), ct, Accept, Assign, Declare);                                 // awaiting consent
            await StoryAsync(5, () => OpenAsync(m, ct), ct, Accept, Assign, Declare, FirstConsent);                   // one party consented
            await StoryAsync(8, () => OpenAsync(m, ct), ct, IntoMediation);                                           // in mediation
            await StoryAsync(8, () => OpenAsync(m, ct), ct, IntoMediation, Schedule);                                 // a session planned
            await StoryAsync(11, () => OpenAsync(m, ct), ct, IntoMediation, HoldSession, Schedule);                   // held one, next planned
            await StoryAsync(45, () => OpenAsync(m, ct), ct, IntoMediation, HoldSession);                             // overdue: the deadline passed
            await StoryAsync(41, () => OpenAsync(m, ct), ct, IntoMediation, HoldSession);                             // overdue
            await StoryAsync(16, () => OpenAsync(m, ct), ct, IntoMediation, HoldSession, Settle, AddObligation);      // drafting
            await StoryAsync(18, () => OpenAsync(m, ct), ct, IntoMediation, HoldSession, Settle, AddObligation, Sign); // awaiting approval
            await StoryAsync(19, () => OpenAsync(m, ct), ct, IntoMediation, HoldSession, Settle, AddObligation, Sign); // awaiting approval
            await StoryAsync(25, () => OpenAsync(m, ct), ct, IntoMediation, HoldSession, Settle, AddObligation, Sign, Approve);         // monitoring
            await StoryAsync(30, () => OpenAsync(m, ct), ct, IntoMediation, HoldSession, Settle, AddObligation, Sign, Approve, Fulfil); // fulfilled
            await StoryAsync(40, () => OpenAsync(m, ct), ct, IntoMediation, HoldSession, Settle, AddObligation, Sign, Approve, Breach); // breached
            await StoryAsync(14, () => OpenAsync(m, ct), ct, IntoMediation, HoldSession, Impasse);                    // no agreement
            await StoryAsync(3, () => OpenAsync(m, ct, affectsThirdParties: true), ct, CloseNotMediable);            // not mediable
            await StoryAsync(2, () => OpenAsync(people.OtherMediator, ct, council: councils.Zerendi), ct, (c, t) => Take(c, people.OtherMediator, "acceptForMediation", t));
            await StoryAsync(0, () => OpenAsync(people.OtherMediator, ct, council: councils.Zerendi), ct);
        }

        /// <summary>
        /// A case registered <paramref name="daysAgo"/> days ago, its steps a day apart, then the days up to now,
        /// so the timers due meanwhile fire on their day. A story that would run past now is a defect of this dataset.
        /// </summary>
        private async Task StoryAsync(int daysAgo, Func<Task<long>> open, CancellationToken ct, params Func<long, CancellationToken, Task>[] steps)
        {
            clock.Now = now.AddDays(-daysAgo);
            var caseId = await open();
            await Step(caseId, ct, steps);
            if (clock.Now > now)
            {
                throw new InvalidOperationException($"The demo story of case {caseId} runs past today: start it earlier than {daysAgo} days ago.");
            }

            while (clock.Now < now)
            {
                await PassAsync(clock.Now + Pace < now ? Pace : now - clock.Now, ct);
            }
        }

        /// <summary>Time passes on the seeder's clock; whatever fell due meanwhile fires, as the timer pump does.</summary>
        private async Task PassAsync(TimeSpan time, CancellationToken ct)
        {
            clock.Now += time;
            await services.GetRequiredService<TimerPump>().RunOnceAsync(ct);
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

        /// <summary>A session three days ahead, at three in the afternoon.</summary>
        private async Task Schedule(long c, CancellationToken ct)
        {
            var when = clock.Now.AddDays(1).ToOffset(Kazakhstan).Date.AddDays(2).AddHours(15);
            await Take(c, people.Mediator, "scheduleSession", ct, ("plannedAt", when.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)), ("place", "Акимат, каб. 12"));
        }

        /// <summary>A session planned, then held on its day and recorded when it ended.</summary>
        private async Task HoldSession(long c, CancellationToken ct)
        {
            await Schedule(c, ct);
            var session = (await View(c, ct)).Sessions.Last(s => !s.Recorded);
            await PassAsync(session.PlannedAt.AddHours(2) - clock.Now, ct);
            await Act(c, people.Mediator, "recordSession", ct, ("session", Id(session.Id)), ("attendance", "held"),
                ("outcomeNote", "Стороны изложили позиции; договорились подготовить предложения."));
        }

        private Task Settle(long c, CancellationToken ct) => Take(c, people.Mediator, "reachSettlement", ct);

        private Task Impasse(long c, CancellationToken ct) => Take(c, people.Mediator, "declareImpasse", ct, ("note", "Стороны не пришли к согласию."));

        private async Task AddObligation(long c, CancellationToken ct)
        {
            var view = await View(c, ct);
            var respondent = view.Parties.First(p => p.Role == PartyRole.Respondent);
            var due = DateOnly.FromDateTime(clock.Now.AddDays(1).ToOffset(Kazakhstan).Date.AddDays(21));
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

        /// <summary>The obligation's day passes without it being done; the mediator records the breach the day after.</summary>
        private async Task Breach(long c, CancellationToken ct)
        {
            var obligation = (await View(c, ct)).Obligations[0];
            var dayAfter = new DateTimeOffset(obligation.DueOn.ToDateTime(new TimeOnly(10, 0)), Kazakhstan).AddDays(1);
            await PassAsync(dayAfter - clock.Now, ct);
            await Act(c, people.Mediator, "recordObligationStatus", ct, ("obligation", Id(obligation.Id)), ("status", "breached"));
            await Take(c, people.Mediator, "closeBreached", ct);
        }

        /// <summary>The next step, a day after the last one.</summary>
        private async Task Take(long caseId, Guid by, string trigger, CancellationToken ct, params (string Field, string? Value)[] input)
        {
            await PassAsync(Pace, ct);
            await Act(caseId, by, trigger, ct, input);
        }

        private async Task Act(long caseId, Guid by, string trigger, CancellationToken ct, params (string Field, string? Value)[] input)
        {
            var version = (await SendAsync<CaseView>(by, new GetCase.Query(caseId), ct)).Version;
            await SendAsync<TakeAction.Taken>(by, new TakeAction.Command(caseId, trigger, version, input.ToDictionary(i => i.Field, i => i.Value)), ct);
        }

        private Task<CaseView> View(long caseId, CancellationToken ct) => SendAsync<CaseView>(people.Chair, new GetCase.Query(caseId), ct);

        private async Task<T> SendAsync<T>(Guid by, IMessage request, CancellationToken ct)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().SignIn(by);
            return (T)(await scope.ServiceProvider.GetRequiredService<ISender>().Send((object)request, ct))!;
        }

        private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
    }
}
