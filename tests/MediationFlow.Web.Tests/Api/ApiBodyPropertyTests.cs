using System.Globalization;
using System.Text;
using CsCheck;
using MediationFlow.Web.Tests.Infrastructure;
using static MediationFlow.Web.Tests.Infrastructure.HostileJson;

namespace MediationFlow.Web.Tests.Api;

/// <summary>
/// Random bodies (see <see cref="HostileJson"/>) at every API endpoint that reads one: never a 500, and a 400
/// names a field. Members mostly get a plausible value, so that the others reach the application's own checks.
/// </summary>
public sealed class ApiBodyPropertyTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    private const int Samples = 50;

    /// <summary>Stands for the case's current version in a body; replaced just before the body is sent.</summary>
    private static readonly byte[] CurrentVersion = "\"{version}\""u8.ToArray();

    private static readonly Gen<byte[]> Version = Gen.Frequency((3, Gen.Const(CurrentVersion)), (1, Value));

    private static readonly Gen<byte[]> Party = Gen.Frequency(
        (6, Members(
            ("role", Mostly("applicant", "respondent", "other")),
            ("fullName", Value),
            ("iin", Mostly("900101300059", "123")),
            ("phone", Value),
            ("email", Value),
            ("address", Value),
            ("preferredLanguage", Mostly("kk", "ru", "en")),
            ("representative", Value))),
        (1, Value));

    [Fact]
    public async Task Login()
    {
        // A user no other test here signs in as: failed attempts may lock the account out.
        using var anonymous = factory.Anonymous();
        var body = Body(("userName", Mostly(DemoUsers.TraineeTwo, "nobody")), ("password", Mostly(DemoUsers.Password, "wrong")));

        await body.SampleAsync(b => anonymous.SendAsync(HttpMethod.Post, "/api/v1/auth/login", b), iter: Samples, threads: 1, print: Show);
    }

    [Fact]
    public async Task Open_a_case()
    {
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var body = Body(
            ("councilId", MostlyNumber(await factory.CouncilIdAsync(DemoUsers.BurabayCode), await factory.CouncilIdAsync(DemoUsers.ZerendiCode))),
            ("category", Mostly("landAndBoundaries", "communityTension", "other", "Labour")),
            ("description", Value),
            ("parties", Gen.Frequency((4, List(Party, 4)), (1, Value))),
            ("affectsThirdParties", MostlyBool),
            ("partyLacksCapacity", MostlyBool),
            ("corruptionOrPublicServiceOffence", MostlyBool));

        await body.SampleAsync(b => mediator.SendAsync(HttpMethod.Post, CaseApi.Cases, b), iter: Samples, threads: 1, print: Show);
    }

    [Fact]
    public async Task Add_and_correct_a_party()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var parties = CaseApi.CaseUrl(walk.CaseId) + "/parties";
        var party = CaseApi.PartyIds(await mediator.CaseAsync(walk.CaseId)).First().ToString(CultureInfo.InvariantCulture);
        var body = Body(("expectedVersion", Version), ("party", Party));

        await Gen.Select(body, Gen.Bool).SampleAsync(async (b, add) =>
        {
            var version = (await mediator.CaseAsync(walk.CaseId)).GetProperty("version").GetInt32();
            await mediator.SendAsync(add ? HttpMethod.Post : HttpMethod.Put, add ? parties : $"{parties}/{party}", WithVersion(b, version));
        }, iter: Samples, threads: 1, print: t => Show(t.Item1));
    }

    [Fact]
    public async Task Any_action_body_and_trigger()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var body = Body(("expectedVersion", Version), ("input", Gen.Frequency((3, Members(("plannedAt", Value), ("party", Value), ("note", Value))), (1, Value))));
        var trigger = Gen.Frequency((4, Gen.OneOf("acceptForMediation", "scheduleSession", "closeNotMediable", "approve")), (1, Gen.Char['a', 'z'].Array[1, 20].Select(c => new string(c))));

        await Gen.Select(body, trigger).SampleAsync(async (b, t) =>
        {
            var version = (await mediator.CaseAsync(walk.CaseId)).GetProperty("version").GetInt32();
            await mediator.SendAsync(HttpMethod.Post, $"{CaseApi.CaseUrl(walk.CaseId)}/actions/{t}", WithVersion(b, version));
        }, iter: Samples, threads: 1, print: t => $"{t.Item2}: {Show(t.Item1)}");
    }

    [Fact]
    public async Task Make_a_personal_access_token()
    {
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var body = Body(("name", Value), ("days", MostlyNumber(30, 0, 365, 366, -1)));

        await body.SampleAsync(b => mediator.SendAsync(HttpMethod.Post, "/api/v1/tokens", b), iter: Samples, threads: 1, print: Show);
    }

    [Fact]
    public async Task Create_a_workshop_and_add_teams()
    {
        using var trainer = await factory.ApiClientAsync(DemoUsers.Trainer);
        var council = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        var workshop = await trainer.CreateAsync(council);
        var create = Body(("councilId", MostlyNumber(council)), ("scenarioId", Mostly(WorkshopApi.Scenario, "no-such-scenario")), ("title", Value));
        var team = Body(("name", Value), ("trainees", Gen.Frequency((3, List(Mostly(DemoUsers.TraineeOne, DemoUsers.TraineeTwo, DemoUsers.Mediator, "nobody"), 3)), (1, Value))));

        await Gen.Select(create, team).SampleAsync(async (c, t) =>
        {
            await trainer.SendAsync(HttpMethod.Post, WorkshopApi.Workshops, c);
            await trainer.SendAsync(HttpMethod.Post, WorkshopApi.Url(workshop, "teams"), t);
        }, iter: Samples, threads: 1, print: t => $"{Show(t.Item1)} / {Show(t.Item2)}");
    }

    [Fact]
    public async Task Move_a_workshop_clock()
    {
        var workshop = await WorkshopApi.StartedAsync(factory, DemoUsers.TraineeOne);
        using var trainer = await factory.ApiClientAsync(DemoUsers.Trainer);
        // Mostly a step: a pause or a resume takes the place of the step when it is true.
        var seldom = Gen.Frequency((4, Gen.Const("false"u8.ToArray())), (1, MostlyBool));
        var body = Body(("advance", Gen.Frequency((3, Duration.Select(Quoted)), (1, Value))), ("pause", seldom), ("resume", seldom));

        await body.SampleAsync(b => trainer.SendAsync(HttpMethod.Post, WorkshopApi.Url(workshop, "clock"), b), iter: Samples, threads: 1, print: Show);
    }

    [Fact]
    public async Task Dismiss_notifications()
    {
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        await Gen.Select(Value, Gen.Long, Gen.Bool).SampleAsync(async (b, id, one) =>
            await mediator.SendAsync(HttpMethod.Post, one ? $"/api/v1/notifications/{id.ToString(CultureInfo.InvariantCulture)}/read" : "/api/v1/notifications/read", b),
            iter: Samples, threads: 1, print: t => $"{t.Item2}: {Show(t.Item1)}");
    }

    private static byte[] WithVersion(byte[] body, int version)
    {
        var at = body.AsSpan().IndexOf(CurrentVersion);
        return at < 0 ? body : [.. body[..at], .. Encoding.UTF8.GetBytes(version.ToString(CultureInfo.InvariantCulture)), .. body[(at + CurrentVersion.Length)..]];
    }
}
