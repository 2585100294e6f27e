using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>Refused workshop requests: who may not, and bad input named by its field; nothing changes.</summary>
public sealed class WorkshopErrorTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task Unknown_trainee_is_400_naming_the_position_in_the_list_and_adds_no_team()
    {
        using var trainer = await factory.ApiClientAsync(DemoUsers.Trainer);
        var id = await trainer.CreateAsync(await factory.CouncilIdAsync(DemoUsers.BurabayCode));

        using var response = await trainer.PostJsonAsync(WorkshopApi.Url(id, "teams"),
            new { name = "Team 1", trainees = new[] { DemoUsers.TraineeOne, "nobody.at.all", DemoUsers.TraineeTwo, "nor.this.one" } });

        Assert.Equal(["trainees[1]", "trainees[3]"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Fields.Order());
        Assert.Equal(0, (await trainer.StatusAsync(id)).GetProperty("teams").GetArrayLength());
    }

    [Theory]
    [InlineData(DemoUsers.Chair)]
    [InlineData(DemoUsers.Mediator)]
    [InlineData(DemoUsers.Admin)]
    [InlineData(DemoUsers.Analyst)]
    [InlineData(DemoUsers.TraineeOne)]
    public async Task Creating_a_workshop_without_being_the_councils_trainer_is_403(string role)
    {
        using var client = await factory.ApiClientAsync(role);
        var burabay = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        var before = await WorkshopCountAsync();

        using var response = await client.PostJsonAsync(WorkshopApi.Workshops, new { councilId = burabay, scenarioId = WorkshopApi.Scenario, title = "Чужой тренинг" });

        await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, await WorkshopCountAsync());
    }

    [Fact]
    public async Task The_trainer_of_one_council_may_not_create_a_workshop_in_another()
    {
        using var trainer = await factory.ApiClientAsync(DemoUsers.Trainer);

        using var response = await trainer.PostJsonAsync(WorkshopApi.Workshops,
            new { councilId = await factory.CouncilIdAsync(DemoUsers.ZerendiCode), scenarioId = WorkshopApi.Scenario, title = "Не мой совет" });

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(DemoUsers.Mediator, "")]
    [InlineData(DemoUsers.Chair, "")]
    [InlineData(DemoUsers.TraineeTwo, "")]
    [InlineData(DemoUsers.TraineeTwo, "debrief")]
    [InlineData(DemoUsers.TraineeOne, "debrief")]
    [InlineData(DemoUsers.TraineeOne, "debrief.csv")]
    public async Task Reading_a_workshop_you_do_not_run_or_take_part_in_is_404(string role, string what)
    {
        // trainee.one is in the workshop but only its trainer reads the debrief; trainee.two is not in it at all.
        var id = await WorkshopApi.StartedAsync(factory, DemoUsers.TraineeOne);
        using var client = await factory.ApiClientAsync(role);

        using var response = await client.GetPathAsync(what.Length == 0 ? WorkshopApi.Url(id) : WorkshopApi.Url(id, what));

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(DemoUsers.TraineeOne, "start")]
    [InlineData(DemoUsers.TraineeOne, "end")]
    [InlineData(DemoUsers.TraineeOne, "events/" + WorkshopApi.FirstEvent)]
    [InlineData(DemoUsers.Mediator, "end")]
    [InlineData(DemoUsers.Chair, "teams")]
    public async Task Controlling_a_workshop_you_do_not_run_is_404_and_changes_nothing(string role, string what)
    {
        using var trainer = await factory.ApiClientAsync(DemoUsers.Trainer);
        var id = await trainer.CreateAsync(await factory.CouncilIdAsync(DemoUsers.BurabayCode));
        await trainer.AddTeamAsync(id, "Team 1", DemoUsers.TraineeOne);
        var before = await FingerprintAsync(trainer, id);
        using var client = await factory.ApiClientAsync(role);

        using var response = await client.PostJsonAsync(WorkshopApi.Url(id, what), new { name = "Team 2", trainees = new[] { DemoUsers.TraineeTwo } });

        await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await FingerprintAsync(trainer, id));
    }

    [Theory]
    [InlineData("""{"step":{"days":"tomorrow"}}""", "step.days")]
    [InlineData("""{"step":{"days":1.5}}""", "step.days")]
    [InlineData("""{"step":{"hours":3}}""", "step.days")]
    [InlineData("""{"step":"P1D"}""", "step")]
    [InlineData("""{}""", "step")]
    [InlineData("""{"step":{"days":0,"hours":0}}""", "step")]
    [InlineData("""{"step":{"days":-1}}""", "step.days")]
    [InlineData("""{"step":{"days":1,"hours":-1}}""", "step.hours")]
    [InlineData("""{"step":{"days":400}}""", "step.days")]
    [InlineData("""{"step":{"days":366,"hours":1}}""", "step")]
    [InlineData("""{"step":{"days":99999999}}""", "step.days")]
    [InlineData("""{"step":{"days":99999999999}}""", "step.days")]
    public async Task Bad_clock_step_is_400_naming_its_field_and_the_clock_stays(string body, string field)
    {
        var id = await WorkshopApi.StartedAsync(factory, DemoUsers.TraineeOne);
        using var trainer = await factory.ApiClientAsync(DemoUsers.Trainer);
        var before = await FingerprintAsync(trainer, id);

        using var response = await trainer.PostRawAsync(WorkshopApi.Url(id, "clock"), body);

        Assert.Equal([field], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
        Assert.Equal(before, await FingerprintAsync(trainer, id));
    }

    [Theory]
    [InlineData("kk", "Сағатты бір сағаттан бір жылға дейін алға жылжытыңыз.")]
    [InlineData("ru", "Переводите часы вперёд на срок от часа до года.")]
    [InlineData("en", "Move the clock forward by an hour up to a year.")]
    public async Task A_huge_clock_step_is_refused_in_the_readers_language(string language, string message)
    {
        var id = await WorkshopApi.StartedAsync(factory, DemoUsers.TraineeOne);
        using var trainer = await factory.ApiClientAsync(DemoUsers.Trainer);

        using var response = await trainer.PostRawAsync(WorkshopApi.Url(id, "clock"), """{"step":{"days":99999999}}""", language);

        Assert.Equal([message], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("step.days"));
    }

    [Fact]
    public async Task Creating_without_signing_in_is_401()
    {
        using var anonymous = factory.Anonymous();

        using var response = await anonymous.PostJsonAsync(WorkshopApi.Workshops, new { councilId = 1, scenarioId = WorkshopApi.Scenario, title = "x" });

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    /// <summary>What a refused request must leave as it was: status, version (every change bumps it), day, teams.</summary>
    private static async Task<(string?, int, int, int)> FingerprintAsync(HttpClient trainer, long id)
    {
        var status = await trainer.StatusAsync(id);
        return (status.GetProperty("status").GetString(), status.GetProperty("version").GetInt32(),
            status.GetProperty("day").GetInt32(), status.GetProperty("teams").GetArrayLength());
    }

    private Task<int> WorkshopCountAsync() => factory.QueryAsync(db => Task.FromResult(db.Workshops.Count()));
}
