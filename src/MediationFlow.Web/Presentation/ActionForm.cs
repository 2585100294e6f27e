using MediationFlow.Core.Features.Cases;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Web.Presentation;

/// <summary>One option of a select: what is posted and what the reader sees.</summary>
public sealed record Choice(string Value, string Label);

/// <summary>
/// A form for one workflow action, generated from the action's input fields. Keeps what the user typed
/// and the errors for each field when the page is shown again after a refusal.
/// </summary>
public sealed class ActionForm
{
    /// <summary>Action inputs are posted as "input.&lt;field&gt;", the names the application's field errors use.</summary>
    public const string InputPrefix = "input.";

    public required long CaseId { get; init; }

    /// <summary>The case version the form is built on; a newer case version makes the submission a conflict.</summary>
    public required int Version { get; init; }

    public required ActionView Action { get; init; }

    public required CaseChoices Choices { get; init; }

    /// <summary>The action closes the case.</summary>
    public bool ClosesCase { get; init; }

    public ActionRank Rank { get; init; } = ActionRank.Regular;

    /// <summary>
    /// The main steps and the conclusion look like the way forward; an exceptional exit that closes the case looks
    /// like what it is, so nobody closes a case by a slip.
    /// </summary>
    public string? ButtonClass => Rank switch
    {
        ActionRank.Exceptional when ClosesCase => "closing",
        ActionRank.Exceptional => null,
        _ => "primary",
    };

    public IReadOnlyDictionary<string, string?> Values { get; init; } = new Dictionary<string, string?>();

    /// <summary>Field errors by field name (without the "input." prefix).</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>Errors that belong to no single field of this form.</summary>
    public IReadOnlyList<string> FormErrors { get; init; } = [];

    public string Id(FieldView field) => $"{Action.Trigger}-{field.Name}";

    public static string Name(FieldView field) => InputPrefix + field.Name;

    public string? Value(FieldView field) => Values.TryGetValue(field.Name, out var value) ? value : null;

    public string? Error(FieldView field) => Errors.TryGetValue(field.Name, out var error) ? error : null;

    public bool IsChecked(FieldView field) => Value(field) is { } v && (v == "true" || v == "on");

    /// <summary>A list field's box is ticked when the reader chose it (a list is posted as its items joined by commas).</summary>
    public bool IsChosen(FieldView field, string item) =>
        Value(field) is { } v && v.Split(',', StringSplitOptions.TrimEntries).Contains(item, StringComparer.Ordinal);

    public IReadOnlyList<Choice> OptionsFor(FieldView field) => field.Type switch
    {
        InputTypes.Choice => [.. field.Options.Select(o => new Choice(o.Value, o.Label))],
        InputTypes.Party => Choices.Parties,
        InputTypes.Session => Choices.OpenSessions,
        InputTypes.Obligation => Choices.OpenObligations,
        InputTypes.User => Choices.Mediators,
        InputTypes.Parties => Choices.Parties,
        InputTypes.Attendees => Choices.Attendees,
        InputTypes.Representative => Choices.Representatives,
        InputTypes.Council => Choices.Councils,
        _ => [],
    };

    public static bool IsSelect(FieldView field) =>
        field.Type is InputTypes.Choice or InputTypes.Party or InputTypes.Session or InputTypes.Obligation or InputTypes.User
            or InputTypes.Representative or InputTypes.Council;

    /// <summary>Fields that take several of the case's people: a box for each.</summary>
    public static bool IsCheckboxList(FieldView field) => field.Type is InputTypes.Parties or InputTypes.Attendees;

    public static bool IsCheckbox(FieldView field) => field.Type is InputTypes.Boolean or InputTypes.Confirmation;

    /// <summary>The HTML input type for fields shown as a single input.</summary>
    public static string InputType(FieldView field) => field.Type switch
    {
        InputTypes.Date => "date",
        InputTypes.DateTime => "datetime-local",
        InputTypes.Number => "number",
        _ => "text",
    };
}

/// <summary>The things of a case an action's reference fields pick from.</summary>
/// <param name="Attendees">Who may attend a session: the parties, their representatives and the participants, as the engine names them.</param>
/// <param name="Representatives">Representatives whose document of authority is recorded: only they may act for a party.</param>
/// <param name="Councils">The councils the case may be transferred to.</param>
public sealed record CaseChoices(
    IReadOnlyList<Choice> Parties,
    IReadOnlyList<Choice> OpenSessions,
    IReadOnlyList<Choice> OpenObligations,
    IReadOnlyList<Choice> Mediators,
    IReadOnlyList<Choice> Attendees,
    IReadOnlyList<Choice> Representatives,
    IReadOnlyList<Choice> Councils)
{
    public static CaseChoices From(CaseView view, IEnumerable<Choice> mediators, IEnumerable<Choice> councils, Display display)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(display);
        var names = view.Parties.ToDictionary(p => p.Id, p => p.FullName);
        var parties = view.Parties.Select(p => new Choice(Key(p.Id), $"{p.FullName} ({display.PartyRole(p.Role)})")).ToList();
        var representatives = view.Representatives.Where(r => r.RemovedAt is null)
            .Select(r => new Choice(Key(r.Id), display.RepresentativeOf(r.FullName, names.GetValueOrDefault(r.PartyId) ?? string.Empty))).ToList();
        var participants = view.Participants.Where(p => p.RemovedAt is null)
            .Select(p => new Choice(Key(p.Id), $"{p.FullName} ({display.ParticipantKind(p.Kind)})"));
        return new CaseChoices(
            parties,
            [.. view.Sessions.Where(s => !s.Recorded).Select(s => new Choice(Key(s.Id), Display.DateTime(s.PlannedAt) + (s.Place is { Length: > 0 } place ? " · " + place : string.Empty)))],
            [.. view.Obligations.Where(o => !o.Superseded && o.Status == ObligationStatus.Open)
                .Select(o => new Choice(Key(o.Id), $"{names.GetValueOrDefault(o.PartyId)}: {o.Description} ({Display.Date(o.DueOn)})"))],
            [.. mediators],
            [.. parties.Select(p => p with { Value = "party:" + p.Value }),
                .. representatives.Select(r => r with { Value = "representative:" + r.Value }),
                .. participants.Select(p => p with { Value = "participant:" + p.Value })],
            [.. view.Representatives.Where(r => r.RemovedAt is null && r.HasAuthority)
                .Select(r => representatives.First(c => c.Value == Key(r.Id)))],
            [.. councils]);
    }

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
