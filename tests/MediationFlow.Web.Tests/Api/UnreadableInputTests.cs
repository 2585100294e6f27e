using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>
/// An action's input value whose characters cannot be read (bytes that are not UTF-8, half of a surrogate pair)
/// or whose date lies at the ends of the calendar is refused with a 400 naming the field, in the reader's
/// language, and changes nothing. Each of these was a 500.
/// </summary>
public sealed class UnreadableInputTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Theory]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "en", "This text contains characters that cannot be read (it is not valid UTF-8 text).")]
    [InlineData(new byte[] { 0xFF }, "ru", "В тексте есть нечитаемые символы (это не корректный текст UTF-8).")]
    [InlineData(new byte[] { 0x5C, 0x75, 0x64, 0x38, 0x30, 0x30 }, "kk", "Мәтінде оқылмайтын таңбалар бар (дұрыс UTF-8 мәтіні емес).")] // the six characters \ud800
    public async Task Text_that_is_not_utf8_or_half_a_surrogate_pair_is_400_naming_the_field(byte[] place, string language, string message)
    {
        var (mediator, caseId, version) = await InMediationAsync();
        var start = Encoding.UTF8.GetBytes($"{{\"expectedVersion\":{version},\"input\":{{\"plannedAt\":\"2030-01-15T10:00\",\"place\":\"");
        byte[] body = [.. start, .. place, .. "\"}}"u8];

        using var response = await PostAsync(mediator, caseId, body, language);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["input.place"], problem.Fields);
        Assert.Equal([message], problem.Errors("input.place"));
        await AssertUnchangedAsync(mediator, caseId, version);
    }

    [Theory]
    [InlineData("0001-01-01T00:00", "en", "Date and time must fall in the years 1900 to 2999")]
    [InlineData("0001-01-01 00:00", "ru", "Поле «Дата и время»: год должен быть от 1900 до 2999")]
    [InlineData("9999-12-31T23:59", "kk", "«Күні мен уақыты»: жылы 1900–2999 аралығында болуы керек")]
    public async Task A_date_and_time_at_the_ends_of_the_calendar_is_400_naming_the_field(string plannedAt, string language, string message)
    {
        var (mediator, caseId, version) = await InMediationAsync();

        using var response = await mediator.ActAsync(caseId, "scheduleSession", version, new { plannedAt }, language);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([message], problem.Errors("input.plannedAt"));
        await AssertUnchangedAsync(mediator, caseId, version);
    }

    private async Task<(HttpClient Mediator, long CaseId, int Version)> InMediationAsync()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToInMediationAsync();
        var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        return (mediator, walk.CaseId, (await mediator.CaseAsync(walk.CaseId)).GetProperty("version").GetInt32());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, long caseId, byte[] body, string language)
    {
        using var request = TestRequests.Request(HttpMethod.Post, $"{CaseApi.CaseUrl(caseId)}/actions/scheduleSession", language, new ByteArrayContent(body));
        request.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.SendAsync(request, TestRequests.Ct);
    }

    private static async Task AssertUnchangedAsync(HttpClient client, long caseId, int version)
    {
        var view = await client.CaseAsync(caseId);
        Assert.Equal(version, view.GetProperty("version").GetInt32());
        Assert.Equal(0, view.GetProperty("sessions").GetArrayLength());
    }
}
