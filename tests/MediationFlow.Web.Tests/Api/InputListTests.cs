using System.Globalization;
using System.Net;
using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>
/// Version 3's list fields through the API: an array in `input` is the list the engine reads (parties, attendees);
/// an object, in the list or as the value, is a 400 naming `input.&lt;field&gt;` in the caller's language.
/// </summary>
public sealed class InputListTests(V3Factory factory) : IClassFixture<V3Factory>
{
    [Fact]
    public async Task An_array_of_attendees_is_recorded_as_the_list_of_who_attended()
    {
        var v3 = await V3Case.OpenAsync(factory);
        await v3.PutAsync("inMediation");
        var session = await v3.PlanSessionAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        string[] attended = [$"party:{V3Case.Key(v3.ApplicantId)}", $"party:{V3Case.Key(v3.RespondentId)}"];

        await v3.TakeAsync("recordSession", new { session = V3Case.Key(session), heldAt = HeldAt(), attended });

        var recorded = await LastInputAsync(mediator, v3.Id, "recordSession");
        Assert.Equal(attended, recorded.GetProperty("attended").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task An_array_of_party_ids_and_numbers_is_the_list_a_parties_field_takes()
    {
        var v3 = await V3Case.OpenAsync(factory);
        await v3.PutAsync("inMediation");
        var session = await v3.PlanSessionAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        await v3.TakeAsync("recordNoShow", new { session = V3Case.Key(session), absent = new object[] { V3Case.Key(v3.RespondentId), v3.ApplicantId } });

        var recorded = await LastInputAsync(mediator, v3.Id, "recordNoShow");
        Assert.Equal([V3Case.Key(v3.RespondentId), V3Case.Key(v3.ApplicantId)], recorded.GetProperty("absent").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Each_item_of_an_array_is_checked_as_a_reference_of_the_case()
    {
        var v3 = await V3Case.OpenAsync(factory);
        await v3.PutAsync("inMediation");
        var session = await v3.PlanSessionAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var version = await VersionAsync(mediator, v3.Id);

        using var response = await mediator.ActAsync(v3.Id, "recordNoShow", version, new { session = V3Case.Key(session), absent = new[] { V3Case.Key(v3.RespondentId), "999999" } }, "en");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["input.absent"], problem.Fields);
        Assert.Equal(version, await VersionAsync(mediator, v3.Id));
    }

    [Theory]
    [InlineData("kk", "Тізімнің әр элементі үтірсіз мәтін немесе сан болуы керек.")]
    [InlineData("ru", "Каждый элемент списка должен быть текстом или числом, без запятых.")]
    [InlineData("en", "Each item of the list must be a text or a number, without commas.")]
    public async Task An_object_or_a_comma_inside_a_list_is_refused_naming_the_field(string language, string message)
    {
        var v3 = await V3Case.OpenAsync(factory);
        await v3.PutAsync("inMediation");
        var session = await v3.PlanSessionAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var version = await VersionAsync(mediator, v3.Id);

        foreach (var absent in new object[] { new object[] { new { id = v3.RespondentId } }, new[] { $"{V3Case.Key(v3.RespondentId)},{V3Case.Key(v3.ApplicantId)}" }, new[] { new[] { "1" } } })
        {
            using var response = await mediator.ActAsync(v3.Id, "recordNoShow", version, new { session = V3Case.Key(session), absent }, language);

            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal(["input.absent"], problem.Fields);
            Assert.Equal([message], problem.Errors("input.absent"));
        }

        Assert.Equal(version, await VersionAsync(mediator, v3.Id));
    }

    [Theory]
    [InlineData("kk", "Бір мән (мәтін, сан, true/false) немесе мәтіндер не сандар тізімін көрсетіңіз, нысан емес.")]
    [InlineData("ru", "Укажите одно значение (текст, число, true/false) или список текстов либо чисел, но не объект.")]
    [InlineData("en", "Give a single value (text, number, true/false), or a list of texts or numbers; not an object.")]
    public async Task A_nested_object_as_a_value_is_refused_naming_the_field(string language, string message)
    {
        var v3 = await V3Case.OpenAsync(factory);
        await v3.PutAsync("inMediation");
        var session = await v3.PlanSessionAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var version = await VersionAsync(mediator, v3.Id);

        using var response = await mediator.ActAsync(v3.Id, "recordNoShow", version,
            new { session = V3Case.Key(session), absent = new[] { V3Case.Key(v3.RespondentId) }, note = new { text = "Не пришёл." } }, language);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["input.note"], problem.Fields);
        Assert.Equal([message], problem.Errors("input.note"));
        Assert.Equal(version, await VersionAsync(mediator, v3.Id));
    }

    /// <summary>A moment an hour ago where the council is, as a form sends it.</summary>
    private static string HeldAt() =>
        DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(5)).AddHours(-1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private static async Task<int> VersionAsync(HttpClient client, long caseId) =>
        (await client.CaseAsync(caseId)).GetProperty("version").GetInt32();

    private static async Task<JsonElement> LastInputAsync(HttpClient client, long caseId, string trigger)
    {
        using var response = await client.GetPathAsync($"{CaseApi.CaseUrl(caseId)}/history");
        var history = await response.JsonAsync(HttpStatusCode.OK);
        return history.EnumerateArray().Last(e => e.GetProperty("trigger").GetString() == trigger).GetProperty("input");
    }
}
