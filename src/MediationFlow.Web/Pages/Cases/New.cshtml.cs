using System.Globalization;
using System.Text.RegularExpressions;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Councils;
using MediationFlow.Web.Presentation;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MediationFlow.Web.Pages.Cases;

/// <summary>
/// Intake: registering a dispute with its screening answers, where it came from, the applicant, the respondent and up
/// to two more parties of either side (a person or an organisation each).
/// </summary>
public sealed partial class NewModel(ISender sender, WorkflowCatalog catalog, CaseDefaults defaults, IStringLocalizer<SharedResource> text) : PageModel
{
    public const int MaxRespondents = 3;

    [BindProperty]
    public int? CouncilId { get; set; }

    [BindProperty]
    public DisputeCategory? Category { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public bool AffectsThirdParties { get; set; }

    [BindProperty]
    public bool PartyLacksCapacity { get; set; }

    [BindProperty]
    public bool CorruptionOrPublicServiceOffence { get; set; }

    [BindProperty]
    public bool StateBodyIsParty { get; set; }

    /// <summary>Null: not recorded.</summary>
    [BindProperty]
    public ReferralSource? ReferralSource { get; set; }

    [BindProperty]
    public string? ReferralNote { get; set; }

    [BindProperty]
    public string? ProceedingReference { get; set; }

    /// <summary>parties[0] is the applicant, parties[1] the respondent, parties[2..3] further parties of either side; blank rows are not sent.</summary>
    [BindProperty]
    public List<PartyInput> Parties { get; set; } = [];

    public IReadOnlyList<GetMyCouncils.MyCouncil> Councils { get; private set; } = [];

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The screening questions of the definition new cases start on (its latest released version).</summary>
    public IReadOnlyList<ScreeningRow> Screening => ScreeningRows.For(catalog.Latest(defaults.DefinitionId), new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["affectsThirdParties"] = AffectsThirdParties,
        ["partyLacksCapacity"] = PartyLacksCapacity,
        ["corruptionOrPublicServiceOffence"] = CorruptionOrPublicServiceOffence,
        ["stateBodyIsParty"] = StateBodyIsParty,
    }, text);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadCouncilsAsync(cancellationToken);
        if (Councils.Count == 1)
        {
            CouncilId = Councils[0].CouncilId;
        }

        FillPartyRows();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        FillPartyRows();

        // Only filled-in rows go to the application; remember where each came from to put its errors back.
        // An unchosen council or category is sent as an invalid value, so the application reports every
        // problem of the form at once, in its own words.
        var rows = Parties.Select((p, i) => (Party: p, Row: i)).Where(x => x.Row == 0 || !x.Party.IsBlank).ToList();
        var command = new OpenCase.Command(
            CouncilId ?? 0, Category ?? (DisputeCategory)(-1), Description?.Trim() ?? string.Empty,
            AffectsThirdParties, PartyLacksCapacity, CorruptionOrPublicServiceOffence,
            [.. rows.Select(x => x.Party.ToDetails())],
            StateBodyIsParty, ReferralSource, ReferralNote, ProceedingReference);
        try
        {
            var opened = await sender.Send(command, cancellationToken);
            return Redirect($"/Cases/{opened.CaseId.ToString(CultureInfo.InvariantCulture)}?done=open");
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, message) in FormErrors.ByField(e.Errors))
            {
                Errors.TryAdd(BackToRow(field, [.. rows.Select(x => x.Row)]), message);
            }
        }
        catch (MediationFlowException e) when (e is ForbiddenException or NotFoundException)
        {
            Errors["councilId"] = e.Message;
        }

        await LoadCouncilsAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The applicant's and the first respondent's rows have their role; a further party's row offers the choice.</summary>
    public PartyFields PartyFormFor(int row) =>
        new($"parties[{row.ToString(CultureInfo.InvariantCulture)}]", $"party{row.ToString(CultureInfo.InvariantCulture)}", Parties[row], Errors, ChooseRole: row > 1);

    public string? Error(string field) => Errors.TryGetValue(field, out var error) ? error : null;

    private async Task LoadCouncilsAsync(CancellationToken cancellationToken) =>
        Councils = [.. (await sender.Send(new GetMyCouncils.Query(), cancellationToken)).Where(c => c.IsCasework)];

    /// <summary>Always the applicant's row, the respondent's row and two further rows (respondents unless chosen otherwise), whatever was posted.</summary>
    private void FillPartyRows()
    {
        while (Parties.Count < 1 + MaxRespondents)
        {
            Parties.Add(new PartyInput());
        }

        Parties = [.. Parties.Take(1 + MaxRespondents)];
        Parties[0].Role = PartyRole.Applicant;
        Parties[1].Role = PartyRole.Respondent;
    }

    /// <summary>"parties[1].fullName" of the command is the form row that was sent second.</summary>
    private static string BackToRow(string field, List<int> rows)
    {
        var match = PartyIndex().Match(field);
        if (!match.Success)
        {
            return field;
        }

        var sent = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return sent < rows.Count ? $"parties[{rows[sent].ToString(CultureInfo.InvariantCulture)}]{field[match.Length..]}" : field;
    }

    [GeneratedRegex(@"^parties\[(\d+)\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartyIndex();
}
