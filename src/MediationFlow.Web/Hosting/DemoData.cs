using System.Globalization;
using MediationFlow.Core;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Workflows.Engine;
using Microsoft.AspNetCore.Identity;

namespace MediationFlow.Web.Hosting;

/// <summary>
/// THE DEMO DATASET: the only place fixed credentials exist. A slice of the council tree in Akmola
/// Region, its people, and about twenty cases in every stage, made through the same commands people use,
/// each on the days it would have happened: a case registered weeks ago, its sessions held on their dates,
/// its deadline passing when it passed.
/// </summary>
public static partial class DemoData
{
    /// <summary>Every demo user's password. Demo only: a production database never gets it.</summary>
    public const string Password = "Demo-Mediation-2026";

    public static readonly IReadOnlyList<(string UserName, string Role)> Users =
    [
        ("admin", "administrator"), ("chair", "chair"), ("mediator", "mediator"), ("trainer", "trainer"),
        ("analyst", "analyst"), ("mediator.other", "mediator (another council)"),
        ("trainee.one", "trainee (no council role)"), ("trainee.two", "trainee (no council role)"),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var db = services.GetRequiredService<MediationDbContext>();
        var councils = await CouncilsAsync(db, cancellationToken);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var people = await PeopleAsync(services.GetRequiredService<UserManager<User>>(), db, councils, now, cancellationToken);
        var clock = new DemoClock(now);

        // The cases' history lies in the past, so the commands that write it run on a clock of the seeder's own:
        // the application layer again, on the same database, with that clock for its time.
        var seeding = new ServiceCollection();
        seeding.AddSingleton<TimeProvider>(clock);
        seeding.AddLogging();
        seeding.AddMediationFlowCore(
            services.GetRequiredService<DatabaseSettings>(),
            services.GetRequiredService<WorkflowCatalog>(),
            services.GetRequiredService<Workflows.Scenarios.ScenarioLibrary>());

        // Cases open on the version the host opens them on.
        seeding.AddSingleton(services.GetRequiredService<CaseDefaults>());
        seeding.AddMediator((Mediator.MediatorOptions o) => o.ServiceLifetime = ServiceLifetime.Scoped);
        await using var provider = seeding.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await new CaseSeeder(provider, clock, now, people, councils).SeedAsync(cancellationToken);
    }

    /// <summary>The seeder's time: set to the day a story starts, moved on as it unfolds, never past the real now.</summary>
    private sealed class DemoClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static async Task<DemoCouncils> CouncilsAsync(MediationDbContext db, CancellationToken cancellationToken)
    {
        Council Add(string code, string kk, string ru, string en, CouncilLevel level, Council? parent)
        {
            var council = new Council { Code = code, NameKk = kk, NameRu = ru, NameEn = en, Level = level, Parent = parent };
            db.Councils.Add(council);
            return council;
        }

        var region = Add("AKM", "Ақмола облысы", "Акмолинская область", "Akmola Region", CouncilLevel.Region, null);
        var city = Add("AKM-KOK", "Көкшетау қаласы", "город Кокшетау", "Kokshetau City", CouncilLevel.City, region);
        var burabay = Add("AKM-BUR", "Бурабай ауданы", "Бурабайский район", "Burabay District", CouncilLevel.District, region);
        var zerendi = Add("AKM-ZER", "Зеренді ауданы", "Зерендинский район", "Zerendi District", CouncilLevel.District, region);
        var katarkol = Add("AKM-BUR-KAT", "Қатаркөл ауылдық округі", "Катаркольский сельский округ", "Katarkol Rural District", CouncilLevel.Rural, burabay);
        var zlatopol = Add("AKM-BUR-ZLA", "Златополь ауылдық округі", "Златопольский сельский округ", "Zlatopol Rural District", CouncilLevel.Rural, burabay);
        var plant = Add("AKM-KOK-ENT", "«Көкшетау Жылу» АҚ", "АО «Кокшетау Жылу»", "Kokshetau Zhylu JSC", CouncilLevel.Enterprise, city);
        await db.SaveChangesAsync(cancellationToken);

        // Paths need the ids the first save gave out.
        foreach (var council in new[] { region, city, burabay, zerendi, katarkol, zlatopol, plant })
        {
            council.Path = (council.Parent?.Path ?? "/") + council.Id.ToString(CultureInfo.InvariantCulture) + "/";
        }

        await db.SaveChangesAsync(cancellationToken);
        return new DemoCouncils(burabay.Id, zerendi.Id);
    }

    private static async Task<DemoPeople> PeopleAsync(UserManager<User> users, MediationDbContext db, DemoCouncils councils, DateTimeOffset now, CancellationToken cancellationToken)
    {
        async Task<Guid> Add(string userName, string name, string language, int council, params CouncilRole[] roles)
        {
            var user = new User { Id = Guid.NewGuid(), UserName = userName, DisplayName = name, PreferredLanguage = language };
            user.Memberships.AddRange(roles.Select(r => new Membership { CouncilId = council, Role = r }));
            var result = await users.CreateAsync(user, Password);
            return result.Succeeded ? user.Id : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        var people = new DemoPeople(
            Admin: await Add("admin", "Әсел Жұмабаева", "ru", councils.Burabay, CouncilRole.Administrator),
            Chair: await Add("chair", "Серік Омаров", "kk", councils.Burabay, CouncilRole.Chair),
            Mediator: await Add("mediator", "Гүлнар Ахметова", "ru", councils.Burabay, CouncilRole.Mediator),
            Trainer: await Add("trainer", "Ольга Ким", "ru", councils.Burabay, CouncilRole.Trainer),
            Analyst: await Add("analyst", "Данияр Сейітов", "ru", councils.Burabay, CouncilRole.Analyst),
            OtherMediator: await Add("mediator.other", "Марат Исаев", "kk", councils.Zerendi, CouncilRole.Mediator));

        var suspendedMediator = await Add("mediator.suspended", "Бақыт Нұрланова", "kk", councils.Burabay, CouncilRole.Mediator);

        // Workshop trainees: people in training, with no role in any council yet.
        await Add("trainee.one", "Айдана Серікова", "kk", councils.Burabay);
        await Add("trainee.two", "Павел Ким", "ru", councils.Burabay);

        // The register as councils keep it: numbers, elections, training; one mediator suspended a month ago, whom the
        // chair's ranked list of mediators leaves out.
        var suspended = RegisterEntry(suspendedMediator, councils.Burabay, "AKM-BUR-002", MediatorType.Public, new DateOnly(2023, 9, 5), "kk,ru", "familyAndHousehold",
            ("Медиация технологиялары", 72, "АНК-2023-0211", new DateOnly(2023, 11, 14)));
        var suspendedOn = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(-1);
        suspended.Status = MediatorStatus.Suspended;
        suspended.StatusChanges.Add(new MediatorStatusChange
        {
            Status = MediatorStatus.Suspended,
            EffectiveOn = suspendedOn,
            Reason = "Өз өтініші бойынша / По собственному заявлению",
            RecordedAt = new DateTimeOffset(suspendedOn.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero),
        });
        db.MediatorRegister.AddRange(
            RegisterEntry(people.Mediator, councils.Burabay, "AKM-BUR-001", MediatorType.Public, new DateOnly(2024, 3, 12), "kk,ru", "familyAndHousehold,neighboursAndHousing",
                ("Медиация технологиялары", 72, "АНК-2024-0153", new DateOnly(2024, 5, 17))),
            suspended,
            RegisterEntry(people.OtherMediator, councils.Zerendi, "AKM-ZER-001", MediatorType.NonProfessional, new DateOnly(2024, 10, 1), "kk", "landAndBoundaries",
                ("Медиация технологиялары", 72, "АНК-2025-0042", new DateOnly(2025, 2, 3))));
        await db.SaveChangesAsync(cancellationToken);
        return people;
    }

    /// <summary>An active entry, as the council entered it on the day of the election, with one completed course.</summary>
    private static MediatorRegisterEntry RegisterEntry(
        Guid mediator, int council, string number, MediatorType type, DateOnly electedOn, string languages, string specialisations,
        (string Course, int Hours, string Certificate, DateOnly CompletedOn) training)
    {
        var entry = new MediatorRegisterEntry
        {
            Number = number,
            UserId = mediator,
            CouncilId = council,
            Type = type,
            ElectedOn = electedOn,
            Status = MediatorStatus.Active,
            Languages = languages,
            Specialisations = specialisations,
        };
        entry.StatusChanges.Add(new MediatorStatusChange
        {
            Status = MediatorStatus.Active,
            EffectiveOn = electedOn,
            RecordedAt = new DateTimeOffset(electedOn.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero),
        });
        entry.Training.Add(new TrainingRecord
        {
            Course = training.Course,
            Hours = training.Hours,
            CertificateNumber = training.Certificate,
            CompletedOn = training.CompletedOn,
        });
        return entry;
    }

    private sealed record DemoCouncils(int Burabay, int Zerendi);

    private sealed record DemoPeople(Guid Admin, Guid Chair, Guid Mediator, Guid Trainer, Guid Analyst, Guid OtherMediator);
}
