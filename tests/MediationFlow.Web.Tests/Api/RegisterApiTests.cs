using System.Net;
using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>/api/v1/councils/{id}/register and the ranked /api/v1/cases/{id}/mediators, on the demo council Burabay.</summary>
public sealed class RegisterApiTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    private static readonly string[] ThreeLanguages = ["kk", "ru", "en"];
    private static readonly string[] Kazakh = ["kk"];
    private static readonly string[] Labour = ["labour"];

    [Fact]
    public async Task The_chair_reads_the_register_corrects_an_entry_records_training_and_suspends_and_reinstates_with_the_history_kept()
    {
        var council = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);
        var entry = await EntryAsync(chair, council, "AKM-BUR-001");

        using var edited = await chair.PutJsonAsync($"/api/v1/councils/{council}/register/{Id(entry)}",
            new { number = "AKM-BUR-001", type = "public", languages = ThreeLanguages, electedOn = "2024-03-12", specialisations = Labour });
        await edited.JsonAsync(HttpStatusCode.OK);
        using var trained = await chair.PostJsonAsync($"/api/v1/councils/{council}/register/{Id(entry)}/training",
            new { course = "Отбасылық даулар", hours = 16, certificateNumber = "АНК-2026-0007", completedOn = "2026-02-03" });
        await trained.JsonAsync(HttpStatusCode.Created);
        using var suspended = await chair.PostJsonAsync($"/api/v1/councils/{council}/register/{Id(entry)}/status",
            new { status = "suspended", effectiveOn = "2026-03-01", reason = "Өз өтініші бойынша" });
        await suspended.JsonAsync(HttpStatusCode.OK);
        var whileSuspended = await EntryAsync(chair, council, "AKM-BUR-001");
        using var reinstated = await chair.PostJsonAsync($"/api/v1/councils/{council}/register/{Id(entry)}/status",
            new { status = "active", effectiveOn = "2026-04-01", reason = "Қайта қызметке кірісті" });
        await reinstated.JsonAsync(HttpStatusCode.OK);

        var shown = await EntryAsync(chair, council, "AKM-BUR-001");
        Assert.Equal(("suspended", "active"), (whileSuspended.GetProperty("status").GetString(), shown.GetProperty("status").GetString()));
        Assert.Equal(["kk", "ru", "en"], shown.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["labour"], shown.GetProperty("specialisations").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(2, shown.GetProperty("training").GetArrayLength());
        Assert.Equal(
            [("active", "2026-04-01", "Қайта қызметке кірісті"), ("suspended", "2026-03-01", "Өз өтініші бойынша"), ("active", "2024-03-12", null)],
            shown.GetProperty("history").EnumerateArray()
                .Select(h => (h.GetProperty("status").GetString(), h.GetProperty("effectiveOn").GetString(), h.GetProperty("reason").GetString())));
    }

    [Theory]
    [InlineData("kk", "Бұл өрісті толтыру міндетті.")]
    [InlineData("ru", "Это поле обязательно.")]
    [InlineData("en", "This field is required.")]
    public async Task Bad_input_is_a_400_naming_each_field_in_the_readers_language_and_changes_nothing(string language, string required)
    {
        var council = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        using var admin = await factory.ApiClientAsync(DemoUsers.Admin);
        var entry = await EntryAsync(admin, council, "AKM-BUR-002");

        using var status = await admin.PostJsonAsync($"/api/v1/councils/{council}/register/{Id(entry)}/status",
            new { status = "active", effectiveOn = "2026-03-01", reason = " " }, language);
        using var type = await admin.PostJsonAsync($"/api/v1/councils/{council}/register",
            new { userName = "mediator", number = "X-1", type = "boss", languages = Kazakh }, language);

        Assert.Equal([required], (await status.ProblemAsync(HttpStatusCode.BadRequest)).Errors("reason"));
        Assert.Contains("type", (await type.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
        Assert.Equal("suspended", (await EntryAsync(admin, council, "AKM-BUR-002")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_assignable_mediators_come_ranked_with_their_reasons_and_without_the_suspended_mediator()
    {
        var council = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        var suspended = await factory.UserIdAsync("mediator.suspended");
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);
        var opened = await chair.OpenCaseAsync(CaseApi.NewCase(council, category: "familyAndHousehold"));

        using var response = await chair.GetPathAsync($"/api/v1/cases/{opened.Id}/mediators");

        var listed = (await response.JsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.DoesNotContain(listed, m => m.GetProperty("userId").GetGuid() == suspended);
        var first = listed[0];
        Assert.Equal(await factory.UserIdAsync(DemoUsers.Mediator), first.GetProperty("userId").GetGuid());
        Assert.Equal(["ru"], first.GetProperty("matchedLanguages").EnumerateArray().Select(l => l.GetString()));
        Assert.Empty(first.GetProperty("missingLanguages").EnumerateArray());
        Assert.True(first.GetProperty("registered").GetBoolean());
        Assert.True(first.TryGetProperty("specialised", out _));
        Assert.True(first.TryGetProperty("openCases", out _));
    }

    private static string Id(JsonElement entry) => entry.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<JsonElement> EntryAsync(HttpClient client, int council, string number)
    {
        using var response = await client.GetPathAsync($"/api/v1/councils/{council}/register");
        var register = await response.JsonAsync(HttpStatusCode.OK);
        Assert.True(register.GetProperty("mayKeep").GetBoolean());
        return register.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("number").GetString() == number);
    }
}
