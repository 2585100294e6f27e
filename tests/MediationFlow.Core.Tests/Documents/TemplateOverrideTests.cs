using MediationFlow.Core.Documents;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Documents;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Core.Tests.Version3;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Tests.Documents;

/// <summary>Issue 12, point 2: a council's own template in the data folder wins for it and the councils under it, without code.</summary>
public sealed class TemplateOverrideTests
{
    private static void Put(TestApp app, string councilCode, params string[] extra)
    {
        var folder = Directory.CreateDirectory(Path.Combine(app.Folder, "templates", councilCode)).FullName;
        File.WriteAllBytes(Path.Combine(folder, "settlement-agreement.ru.docx"), TemplateWriter.Write([.. ShippedTemplateTexts.All["settlement-agreement.ru"], .. extra]));
    }

    private static async Task<string> SettlementTextAsync(TestApp app, Guid by, long caseId) =>
        DocumentText.Of((await app.SendAsync<GeneratedDocument>(by, new GenerateDocument.Query(caseId, "settlement-agreement", "ru"))).Content);

    [Fact]
    public async Task The_nearest_council_up_the_tree_with_its_own_template_wins_over_the_shipped_one()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var inA = await V3Steps.OpenAsync(app);
        var inB = await app.SendAsync<OpenCase.Opened>(app.Data.MediatorB, new OpenCase.Command(
            app.Data.CouncilB, DisputeCategory.Labour, "Unpaid overtime.", false, false, false,
            [new PartyDetails(PartyRole.Applicant, "Dana Omarova"), new PartyDetails(PartyRole.Respondent, "Nursat LLP")]));
        Assert.DoesNotContain("Печать совета", await SettlementTextAsync(app, app.Data.MediatorA, inA.CaseId), StringComparison.Ordinal);

        Put(app, "AKM", "Печать областного совета");
        Put(app, "AKM-01", "Печать совета района А");

        Assert.Contains("Печать совета района А", await SettlementTextAsync(app, app.Data.MediatorA, inA.CaseId), StringComparison.Ordinal);
        var b = await SettlementTextAsync(app, app.Data.MediatorB, inB.CaseId);
        Assert.Contains("Печать областного совета", b, StringComparison.Ordinal);
        Assert.DoesNotContain("района А", b, StringComparison.Ordinal);
        // Another language has no override: the shipped template is used.
        var kk = DocumentText.Of((await app.SendAsync<GeneratedDocument>(app.Data.MediatorA, new GenerateDocument.Query(inA.CaseId, "settlement-agreement", "kk"))).Content);
        Assert.DoesNotContain("Печать", kk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_council_template_with_a_defect_is_refused_with_the_file_and_the_place()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        Put(app, "AKM-01", "{{settlement.amount}}");

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            app.SendAsync<GeneratedDocument>(app.Data.MediatorA, new GenerateDocument.Query(driver.CaseId, "settlement-agreement", "ru")));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("document", "templateInvalid"), (error.Field, error.Code));
        Assert.Contains("settlement-agreement.ru.docx", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown field 'settlement.amount'", error.Message, StringComparison.Ordinal);
    }
}
