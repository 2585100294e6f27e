using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Tests.BadInput;

public sealed class OpenCaseBadInputTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    public static TheoryData<string, string, string> Problems => new()
    {
        { "empty description", "description", "required" },
        { "description too long", "description", "tooLong" },
        { "nameless second party", "parties[1].fullName", "required" },
        { "invalid IIN", "parties[0].iin", "invalidIin" },
        { "no applicant", "parties", "needsApplicant" },
        { "invalid BIN", "parties[1].bin", "invalidBin" },
        { "BIN of a person", "parties[1].bin", "organisationOnly" },
        { "unknown party role", "parties[2].role", "unknownValue" },
        { "no parties at all", "parties", "required" },
        { "a missing party in the list", "parties[1]", "required" },
    };

    private OpenCase.Command CommandWith(string problem)
    {
        var d = _app.Data;
        var description = problem switch
        {
            "empty description" => "",
            "description too long" => new string('x', 4001),
            _ => "A dispute over a shared well.",
        };
        IReadOnlyList<PartyDetails> parties = problem switch
        {
            "nameless second party" => [new(PartyRole.Applicant, "A"), new(PartyRole.Respondent, "")],
            "invalid IIN" => [new(PartyRole.Applicant, "A", Iin: "900101300018"), new(PartyRole.Respondent, "B")],
            "no applicant" => [new(PartyRole.Respondent, "A"), new(PartyRole.Respondent, "B")],
            "invalid BIN" => [new(PartyRole.Applicant, "A"), new(PartyRole.Respondent, "B LLP", Kind: PartyKind.Organisation, Bin: "050140001239")],
            "BIN of a person" => [new(PartyRole.Applicant, "A"), new(PartyRole.Respondent, "B", Bin: "050140001238")],
            "unknown party role" => [new(PartyRole.Applicant, "A"), new(PartyRole.Respondent, "B"), new((PartyRole)42, "C")],
            "no parties at all" => null!,
            "a missing party in the list" => [new(PartyRole.Applicant, "A"), null!, new(PartyRole.Respondent, "B")],
            _ => [new(PartyRole.Applicant, "A"), new(PartyRole.Respondent, "B")],
        };
        return new OpenCase.Command(d.CouncilA, DisputeCategory.LandAndBoundaries, description, false, false, false, parties);
    }

    [Theory]
    [MemberData(nameof(Problems))]
    public async Task A_refused_registration_names_the_field_and_writes_nothing(string problem, string field, string code)
    {
        await CaseDriver.OpenAsync(_app);

        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(_app,
            () => _app.SendAsync<OpenCase.Opened>(_app.Data.MediatorA, CommandWith(problem)));

        Assert.Contains(refused.Errors, e => (e.Field, e.Code) == (field, code));
    }

    [Theory]
    [InlineData("ru", "Это поле обязательно.")]
    [InlineData("kk", "Бұл өрісті толтыру міндетті.")]
    [InlineData("en", "This field is required.")]
    public async Task The_error_is_in_the_language_the_user_asked_for(string culture, string message)
    {
        await CaseDriver.OpenAsync(_app);

        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(_app,
            () => _app.SendAsync<OpenCase.Opened>(_app.Data.MediatorA, CommandWith("nameless second party"), culture));

        Assert.Equal(("parties[1].fullName", message), (refused.Errors.Single().Field, refused.Errors.Single().Message));
    }
}
