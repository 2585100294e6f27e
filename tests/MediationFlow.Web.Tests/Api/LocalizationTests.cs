using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>API error messages follow Accept-Language (kk, ru, en); without one they are Russian.</summary>
public sealed class LocalizationTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Theory]
    [InlineData("ru", "В запросе есть неверные поля.", "ИИН состоит из 12 цифр с верной контрольной цифрой.")]
    [InlineData("kk", "Сұраныста қате өрістер бар.", "ЖСН 12 цифрдан тұрады және бақылау цифры дұрыс болуы керек.")]
    [InlineData("en", "The request has invalid fields.", "An IIN has 12 digits and a valid check digit.")]
    [InlineData(null, "В запросе есть неверные поля.", "ИИН состоит из 12 цифр с верной контрольной цифрой.")]
    public async Task Invalid_field_is_400_in_the_requested_language(string? language, string title, string message)
    {
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);
        var body = CaseApi.NewCase(await factory.CouncilIdAsync(DemoUsers.BurabayCode), applicantIin: Iins.WrongCheckDigit(17));

        using var response = await chair.PostJsonAsync(CaseApi.Cases, body, language);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(title, problem.Title);
        Assert.Equal([message], problem.Errors("parties[0].iin"));
    }

    [Theory]
    [InlineData("ru", "Дело 987654 не найдено.")]
    [InlineData("kk", "987654 нөмірлі іс табылмады.")]
    [InlineData("en", "Case 987654 was not found.")]
    [InlineData("kk-KZ,kk;q=0.9,ru;q=0.8", "987654 нөмірлі іс табылмады.")]
    public async Task Missing_case_is_404_in_the_requested_language(string language, string detail)
    {
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);

        using var response = await chair.GetPathAsync(CaseApi.CaseUrl(987654), language);

        Assert.Equal(detail, (await response.ProblemAsync(HttpStatusCode.NotFound)).Detail);
    }

    [Theory]
    [InlineData("ru", "Неверное имя пользователя или пароль.")]
    [InlineData("kk", "Пайдаланушы аты немесе құпиясөз қате.")]
    public async Task Failed_sign_in_is_401_in_the_requested_language(string language, string detail)
    {
        using var anonymous = factory.Anonymous();

        using var response = await anonymous.PostJsonAsync("/api/v1/auth/login", new { userName = DemoUsers.Trainer, password = "Wrong-Password-1" }, language);

        Assert.Equal(detail, (await response.ProblemAsync(HttpStatusCode.Unauthorized)).Detail);
    }

    [Theory]
    [InlineData("ru", "Это поле обязательно.")]
    [InlineData("kk", "Бұл өрісті толтыру міндетті.")]
    public async Task Missing_body_field_is_named_in_the_requested_language(string language, string message)
    {
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);

        using var response = await chair.PostRawAsync($"{CaseApi.CaseUrl(1)}/actions/acceptForMediation", """{"input":{}}""", language);

        Assert.Equal([message], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("expectedVersion"));
    }
}
