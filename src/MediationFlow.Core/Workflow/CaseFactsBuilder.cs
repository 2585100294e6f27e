using System.Globalization;
using System.Text.Json;
using MediationFlow.Core.Domain;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Workflow;

/// <summary>Turns a loaded case into the facts the workflow's guards read.</summary>
public static class CaseFactsBuilder
{
    /// <remarks>
    /// The case must be loaded as <see cref="CaseLoader"/> loads it. Lists hold the round under way; rows an earlier
    /// round left (or a reopening superseded, before version 3) stay on record but no longer count.
    /// </remarks>
    /// <param name="zone">The council's time zone, in which the case's dates are counted.</param>
    /// <param name="eligibleMediators">The council's mediators who may still take the case, when the state needs the count.</param>
    public static CaseFacts Build(Case @case, TimeZoneInfo? zone = null, int? eligibleMediators = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var round = @case.Round;

        // Loops rather than queries over the case's rows: the facts are built for every action.
        var consents = new List<Consent>();
        var accepting = new List<Consent>();
        foreach (var consent in @case.Consents)
        {
            if (consent.Round != round)
            {
                continue;
            }

            consents.Add(consent);
            if (@case.AssignedMediatorId is { } mediator && consent.MediatorId == mediator)
            {
                accepting.Add(consent);
            }
        }

        var representatives = @case.Representatives.Where(r => r.RemovedAt is null).ToList();
        var settlement = @case.CurrentSettlement;
        var signatures = settlement?.Signatures.Where(s => !s.Superseded).ToList() ?? [];
        var court = @case.CourtProceedings.Where(p => p.Round == round).ToList();
        return new CaseFacts
        {
            Category = CategoryCode(@case.Category),
            Screening = new ScreeningAnswers(@case.AffectsThirdParties, @case.PartyLacksCapacity, @case.CorruptionOrPublicServiceOffence)
            {
                StateBodyIsParty = @case.StateBodyIsParty,
            },
            Parties = [.. @case.Parties.Select(p => new PartyFact(Key(p.Id), p.Role, GivenBy(consents, p.Id))
            {
                AcceptedMediator = GivenBy(accepting, p.Id),
                Kind = p.Kind,
            })],
            Sessions = [.. @case.Sessions.Where(s => s.Round == round && !s.Superseded).Select(s => Session(s, representatives))],
            Obligations = [.. @case.Obligations.Where(o => o.Round == round && !o.Superseded).Select(o => new ObligationFact(Key(o.Id), o.DueOn, o.Status))],
            Extensions = @case.Extensions,
            Dates = @case.CurrentRound is { } current
                ? Dates(@case, current, zone, accepting, signatures, court)
                : @case.DatesJson == "{}" ? [] : JsonSerializer.Deserialize<Dictionary<string, DateOnly>>(@case.DatesJson) ?? [],
            Round = round,
            TimeZone = zone,
            MediatorAssigned = @case.AssignedMediatorId is not null,
            EligibleMediators = eligibleMediators,
            Representatives = [.. representatives.Select(r => new RepresentativeFact(Key(r.Id), Key(r.PartyId), r.HasAuthority))],
            Participants = [.. @case.Participants.Where(p => p.RemovedAt is null).Select(p => new ParticipantFact(Key(p.Id)))],
            Settlement = settlement is null ? null : new SettlementFact(
                !string.IsNullOrWhiteSpace(settlement.Terms), signatures.Select(s => Key(s.PartyId)).ToHashSet(StringComparer.Ordinal)),
            CourtApplied = court.Count > 0,
        };
    }

    private static bool GivenBy(List<Consent> consents, long party)
    {
        foreach (var consent in consents)
        {
            if (consent.PartyId == party)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The round's legal dates as stored, and those computed from its rows (the last consent, the last signature…).</summary>
    private static Dictionary<string, DateOnly> Dates(
        Case @case, MediationRound round, TimeZoneInfo? zone, List<Consent> accepting, List<SettlementSignature> signatures, List<CourtProceeding> court)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal) { [CaseDates.RegisteredOn] = LocalDate(@case.RegisteredAt, zone) };
        void Add(string name, DateOnly? value)
        {
            if (value is { } date)
            {
                dates[name] = date;
            }
        }

        Add(CaseDates.MediatorAssignedOn, round.MediatorAssignedOn);
        Add(CaseDates.ProposalSentOn, round.ProposalSentOn);
        Add(CaseDates.MediationStartedOn, round.MediationStartedOn);
        Add(CaseDates.TermEndsOn, round.TermEndsOn);
        Add(CaseDates.DraftApprovedOn, round.DraftApprovedOn);
        Add(CaseDates.SettlementSignedOn, round.SettlementSignedOn);
        Add(CaseDates.LastConsentOn, accepting.Count == 0 ? null : accepting.Max(c => c.GivenOn ?? LocalDate(c.GivenAt, zone)));
        Add(CaseDates.LastSignatureOn, signatures.Count == 0 ? null : signatures.Max(s => s.SignedOn));
        Add(CaseDates.ClosedOn, @case.IsClosed && @case.ClosedAt is { } closed ? LocalDate(closed, zone) : null);
        Add(CaseDates.CourtAppliedOn, court.Count == 0 ? null : court.Max(p => p.AppliedOn));
        return dates;
    }

    private static SessionFact Session(Session s, List<Representative> representatives)
    {
        // A representative's attendance is their party's: the party was heard through them.
        HashSet<string> Parties(bool attended) => [.. s.Attendance.Where(a => a.Attended == attended).Select(a => a.AttendeeKind switch
        {
            AttendeeKind.Party => Key(a.AttendeeId),
            AttendeeKind.Representative => representatives.FirstOrDefault(r => r.Id == a.AttendeeId) is { } r ? Key(r.PartyId) : null,
            _ => null,
        }).OfType<string>()];
        return new SessionFact(Key(s.Id), s.Recorded, s.NoShow)
        {
            Kind = s.Kind,
            PartyId = s.PartyId is { } party ? Key(party) : null,
            PlannedAt = s.PlannedAt,
            Cancelled = s.CancelledAt is not null,
            Attended = Parties(attended: true),
            Absent = s.NoShow ? Parties(attended: false) : new HashSet<string>(),
        };
    }

    /// <summary>The day a moment falls on where the council is.</summary>
    public static DateOnly LocalDate(DateTimeOffset moment, TimeZoneInfo? zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone ?? CouncilTimeZones.Find(Council.DefaultTimeZone)).DateTime);

    /// <summary>The category as definitions name it (settings such as sensitiveCategories use these codes).</summary>
    public static string CategoryCode(DisputeCategory category)
    {
        var name = category.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Entity ids travel through the engine as text.</summary>
    public static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
