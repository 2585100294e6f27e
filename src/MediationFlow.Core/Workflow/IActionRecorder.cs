using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Workflow;

/// <summary>
/// What one workflow action writes besides the state change: a session row, a consent, an obligation.
/// The engine has already accepted the action; a recorder adds only the checks that need the database.
/// Actions without a recorder (e.g. a new version's pure state steps) still work.
/// </summary>
public interface IActionRecorder
{
    string Trigger { get; }

    /// <summary>Checks the input against stored data; errors name the input field.</summary>
    ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<FieldError>>([]);

    void Record(ActionContext context);
}

/// <summary>Everything a recorder may use: the tracked case with its parts, the parsed input, who and when.</summary>
public sealed record ActionContext(MediationDbContext Db, Case Case, ActionInput Input, Actor Actor, DateTimeOffset Now, CompiledWorkflow Workflow)
{
    /// <summary>An id input (party, session, obligation, user) the engine has already checked exists.</summary>
    public long IdOf(string field) => long.Parse(Input.Text(field)!, System.Globalization.CultureInfo.InvariantCulture);

    public Party Party(string field) => Case.Parties.Single(p => p.Id == IdOf(field));

    public Session Session(string field) => Case.Sessions.Single(s => s.Id == IdOf(field));

    public Obligation Obligation(string field) => Case.Obligations.Single(o => o.Id == IdOf(field));

    /// <summary>The case keeps its legal dates per round (version 3 on); before, it kept neither rounds nor dates as entered.</summary>
    public bool KeepsRounds => Case.CurrentRound is not null;

    /// <summary>A date input (a legal act's day); null when the action has none, as before version 3.</summary>
    public DateOnly? DateOf(string field) => Input.TryGet(field, out DateOnly date) ? date : null;

    /// <summary>A representative named in the input, or null.</summary>
    public long? OptionalIdOf(string field) => Input.Text(field) is null ? null : IdOf(field);

    /// <summary>The settlement agreement of the round under way, opened on first use.</summary>
    public SettlementAgreement Settlement
    {
        get
        {
            if (Case.CurrentSettlement is { } current)
            {
                return current;
            }

            var opened = new SettlementAgreement { CaseId = Case.Id, Round = Case.Round };
            Case.Settlements.Add(opened);
            return opened;
        }
    }

    public static FieldError Error(string field, string code, string message) => new(field, code, message);
}
