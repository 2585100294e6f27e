using MediationFlow.Core.Domain;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Documents;

/// <summary>
/// Builds a document's model from a case. Legal dates are the days entered for each act (signedOn, the round's dates),
/// never the moment something was recorded; a date not known yet is left blank to be written in by hand.
/// </summary>
public static class CaseDocumentModel
{
    /// <summary>What the case alone does not hold: the council, the mediator, the workflow, today where the council is.</summary>
    public sealed record Context(string CouncilName, string? MediatorName, CompiledWorkflow Workflow, DateOnly Today, TimeZoneInfo Zone)
    {
        /// <summary>The day the current round's agreement on mediation was signed, for cases that started before version 3.</summary>
        public DateOnly? AgreementOnMediationSignedOn { get; init; }
    }

    /// <summary>Who a session notice is addressed to: a party, a representative or another participant.</summary>
    public sealed record Recipient(AttendeeKind Kind, long Id);

    public static DocumentModel Build(DocumentKind kind, string language, Case @case, Context context, Session? session = null, Recipient? recipient = null)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(context);
        var round = @case.CurrentRound;
        var settlement = @case.CurrentSettlement;
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        void Date(string name, DateOnly? date, bool inWords = false)
        {
            all[name] = date is { } d ? InWords.Date(d, language) : DocumentModel.Blank;
            if (inWords)
            {
                all[name + "InWords"] = date is { } w ? InWords.DateText(w, language) : DocumentModel.Blank;
            }
        }

        all["council.name"] = context.CouncilName;
        all["case.number"] = @case.Number;
        all["case.description"] = @case.Description;
        all["mediator.name"] = context.MediatorName ?? DocumentModel.Blank;
        Date("document.date", context.Today, inWords: true);
        Date("case.registeredOn", CaseLocalDate(@case.RegisteredAt, context.Zone));
        Date("mediation.proposedOn", round?.ProposalSentOn, inWords: true);
        Date("mediation.startedOn", round?.MediationStartedOn ?? context.AgreementOnMediationSignedOn, inWords: true);
        Date("mediation.termEndsOn", round?.TermEndsOn);
        all["mediation.termDays"] = DocumentLabels.Days.Format(InWords.FiguresAndWords(Days(context.Workflow, "term", 30), language)).For(language);
        all["answer.days"] = DocumentLabels.Days.Format(InWords.FiguresAndWords(Days(context.Workflow, "consentWindow", 10), language)).For(language);
        all["settlement.terms"] = settlement?.Terms ?? DocumentModel.Blank;
        all["settlement.scope"] = (settlement?.Scope == SettlementScope.Partial ? DocumentLabels.Partial : DocumentLabels.Full).For(language);
        Date("settlement.signedOn", round?.SettlementSignedOn ?? settlement?.SignedOn, inWords: true);
        var parties = Parties(@case);
        // One copy for each party and one kept by the council.
        all["settlement.copies"] = InWords.FiguresAndWords(parties.Count + 1, language);
        all["case.outcome"] = context.Workflow.State(@case.State).Name.For(language);
        all["case.outcomeReason"] = @case.OutcomeReason is { } reason && context.Workflow.Definition.Reasons.TryGetValue(reason, out var r) ? r.Name.For(language) : string.Empty;
        Date("case.closedOn", @case.ClosedAt is { } closed ? CaseLocalDate(closed, context.Zone) : null, inWords: true);
        if (session is not null)
        {
            var local = TimeZoneInfo.ConvertTime(session.PlannedAt, context.Zone);
            Date("session.date", DateOnly.FromDateTime(local.DateTime), inWords: true);
            all["session.time"] = local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            all["session.kind"] = (session.Kind == SessionKind.Separate ? DocumentLabels.Separate : DocumentLabels.Joint).For(language);
            all["session.place"] = session.Online
                ? (string.IsNullOrWhiteSpace(session.Place) ? DocumentLabels.OnlineNoLink : DocumentLabels.Online.Format(session.Place)).For(language)
                : session.Place ?? DocumentModel.Blank;
        }

        if (recipient is not null)
        {
            var (name, role) = Addressee(@case, recipient, language);
            all["recipient.name"] = name;
            all["recipient.role"] = role;
        }

        var repeats = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>(StringComparer.Ordinal)
        {
            ["parties"] = [.. parties.Select(p => PartyItem(@case, p, language))],
            ["obligations"] = [.. @case.Obligations.Where(o => o.Round == @case.Round && !o.Superseded).OrderBy(o => o.DueOn).ThenBy(o => o.Id)
                .Select((o, i) => ObligationItem(@case, o, i + 1, language))],
            ["signatures"] = [.. parties.Select(p => SignatureItem(@case, settlement, p, language, kind == DocumentKind.SettlementAgreement))],
        };

        // Only what the document's template may print goes into its model.
        return new DocumentModel(
            kind, language,
            kind.Fields.ToDictionary(f => f, f => all.GetValueOrDefault(f, DocumentModel.Blank), StringComparer.Ordinal),
            kind.Repeats.ToDictionary(
                r => r.Key,
                r => (IReadOnlyList<IReadOnlyDictionary<string, string>>)[.. repeats[r.Key].Select(item => Only(item, r.Value))],
                StringComparer.Ordinal));
    }

    /// <summary>Only the parties sign and are named as sides of the dispute: support persons, interpreters and experts do not.</summary>
    private static List<Party> Parties(Case @case) =>
        [.. @case.Parties.Where(p => p.Role is PartyRole.Applicant or PartyRole.Respondent).OrderBy(p => p.Role).ThenBy(p => p.Id)];

    private static Dictionary<string, string> PartyItem(Case @case, Party party, string language)
    {
        var representative = ActingFor(@case, party.Id, null);
        var (label, id) = party.Kind == PartyKind.Organisation ? (DocumentLabels.Bin, party.Bin) : (DocumentLabels.Iin, party.Iin);
        return new(StringComparer.Ordinal)
        {
            ["name"] = party.FullName,
            ["role"] = DocumentLabels.Role(party.Role).For(language),
            ["idLabel"] = label.For(language),
            ["id"] = id ?? DocumentModel.Blank,
            ["address"] = party.Address ?? DocumentModel.Blank,
            ["representative"] = representative?.FullName ?? "—",
            ["authority"] = representative?.AuthorityDocument ?? "—",
        };
    }

    private static Dictionary<string, string> ObligationItem(Case @case, Obligation obligation, int number, string language) => new(StringComparer.Ordinal)
    {
        ["number"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["party"] = @case.Parties.FirstOrDefault(p => p.Id == obligation.PartyId)?.FullName ?? DocumentModel.Blank,
        ["description"] = obligation.Description,
        ["dueOn"] = InWords.Date(obligation.DueOn, language),
        ["dueOnInWords"] = InWords.DateText(obligation.DueOn, language),
    };

    /// <summary>A party's signature block: who signs (the party, or the representative who signed or may sign for it) and when, once recorded.</summary>
    private static Dictionary<string, string> SignatureItem(Case @case, SettlementAgreement? settlement, Party party, string language, bool ofSettlement)
    {
        var signature = ofSettlement ? settlement?.Signatures.FirstOrDefault(s => s.PartyId == party.Id && !s.Superseded) : null;
        var representative = ActingFor(@case, party.Id, signature?.RepresentativeId);
        return new(StringComparer.Ordinal)
        {
            ["party"] = party.FullName,
            ["role"] = DocumentLabels.Role(party.Role).For(language),
            ["signer"] = representative is null ? party.FullName : DocumentLabels.For.Format(party.FullName, representative.FullName).For(language),
            ["signedOn"] = signature is null ? DocumentModel.Blank : InWords.Date(signature.SignedOn, language),
        };
    }

    /// <summary>The representative who signed, or else the one on record with authority to act for the party.</summary>
    private static Representative? ActingFor(Case @case, long partyId, long? signedBy) =>
        signedBy is { } id ? @case.Representatives.FirstOrDefault(r => r.Id == id)
        : @case.Representatives.Where(r => r.PartyId == partyId && r.RemovedAt is null && r.HasAuthority).OrderBy(r => r.Id).FirstOrDefault();

    private static (string Name, string Role) Addressee(Case @case, Recipient recipient, string language) => recipient.Kind switch
    {
        AttendeeKind.Party when @case.Parties.FirstOrDefault(p => p.Id == recipient.Id) is { } p => (p.FullName, DocumentLabels.Role(p.Role).For(language)),
        AttendeeKind.Representative when @case.Representatives.FirstOrDefault(r => r.Id == recipient.Id) is { } r =>
            (r.FullName, DocumentLabels.Representative.For(language) + ", " + (@case.Parties.FirstOrDefault(p => p.Id == r.PartyId)?.FullName ?? string.Empty)),
        AttendeeKind.Participant when @case.Participants.FirstOrDefault(p => p.Id == recipient.Id) is { } p => (p.FullName, DocumentLabels.Role(p.Kind).For(language)),
        _ => throw new ArgumentException("The recipient is not a person of this case.", nameof(recipient)),
    };

    private static int Days(CompiledWorkflow workflow, string setting, int otherwise) =>
        workflow.Definition.Settings.ContainsKey(setting) ? (int)workflow.Settings.Duration(setting).TotalDays : otherwise;

    private static DateOnly CaseLocalDate(DateTimeOffset moment, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);

    private static Dictionary<string, string> Only(IReadOnlyDictionary<string, string> item, IReadOnlyList<string> fields) =>
        fields.ToDictionary(f => f, f => item.GetValueOrDefault(f, DocumentModel.Blank), StringComparer.Ordinal);
}
