using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>GET /api/v1/councils/{id}/figures: a wrong year is a field error in the caller's language, never a crash.</summary>
public sealed class FiguresApiTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Theory]
    [InlineData("abc", "ru", "Недопустимое значение.")]
    [InlineData("1999", "ru", "Год — от 2000 до 2100.")]
    [InlineData("1999", "kk", "Жыл 2000–2100 аралығында болуы керек.")]
    public async Task A_wrong_year_is_refused_naming_the_field(string year, string language, string message)
    {
        var council = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        using var analyst = await factory.ApiClientAsync(DemoUsers.Analyst);

        using var response = await analyst.GetPathAsync($"/api/v1/councils/{council}/figures?year={year}", language);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([message], problem.Errors("year"));
    }

    [Fact]
    public async Task A_year_with_nothing_registered_has_zeros_not_an_error()
    {
        var council = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        using var analyst = await factory.ApiClientAsync(DemoUsers.Analyst);

        using var response = await analyst.GetPathAsync($"/api/v1/councils/{council}/figures?year=2001");

        var figures = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2001, figures.GetProperty("year").GetInt32());
        Assert.Equal(0, figures.GetProperty("total").GetProperty("registered").GetInt32());
        Assert.Empty(figures.GetProperty("outcomes").EnumerateArray());
    }
}
