using System.Text.Json;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Features.Cases.Migration;

/// <summary>
/// What a version 2 case lacks on version 3, filled from what it recorded: a round with its legal dates (each the day
/// of the recording moment where the council is, since version 2 did not ask the day of the act), the mediator each
/// consent accepted, held sessions' attendance, every party's signature of a signed settlement, and the outcome reason
/// of a closed case.
/// </summary>
public static class CommunityMediationV2ToV3
{
    public static bool Fills(string definition, int from, int to) =>
        definition == DependencyInjection.DefaultDefinitionId && from == 2 && to == 3;

    /// <summary>The reason each version 2 end state is recorded with (a not mediable case: the first ground answered yes).</summary>
    public static string? OutcomeReason(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return @case.State switch
        {
            "fulfilled" => "settlementFulfilled",
            "breached" => "settlementBreached",
            "noAgreement" => "couldNotAgree",
            "withdrawn" => "partyWithdrew",
            "declined" => "partyDeclined",
            "expired" => "termExpired",
            "notMediable" => @case.AffectsThirdParties ? "affectsThirdParties"
                : @case.PartyLacksCapacity ? "partyLacksCapacity"
                : @case.CorruptionOrPublicServiceOffence ? "corruptionOrPublicServiceOffence"
                : null,
            _ => null,
        };
    }

    /// <summary>
    /// The last day of the term as version 2 counted it: its deadline (the agreed date after an extension, a passed one
    /// when overdue) or, where version 2 stopped the clock (drafting, signing), the agreement on mediation plus the term.
    /// </summary>
    public static DateOnly? TermEndsOn(DateTimeOffset? deadline, DateTimeOffset? mediationStartedAt, TimeZoneInfo zone, TimeSpan term)
    {
        if (deadline is { } end)
        {
            // A deadline moment is the end of its day (midnight after it): the day is the one before that moment.
            return CaseFactsBuilder.LocalDate(end.AddTicks(-1), zone);
        }

        return mediationStartedAt is { } started ? CaseFactsBuilder.LocalDate(started, zone).AddDays((int)term.TotalDays) : null;
    }

    /// <param name="assignedAt">When the current mediator was assigned, from the history.</param>
    public static void Fill(Case @case, TimeZoneInfo zone, TimeSpan term, DateTimeOffset? assignedAt)
    {
        ArgumentNullException.ThrowIfNull(@case);
        DateOnly Day(DateTimeOffset moment) => CaseFactsBuilder.LocalDate(moment, zone);
        var agreement = @case.MediationAgreements.Where(a => a.Round == @case.Round).MaxBy(a => a.SignedAt);
        var settlement = @case.CurrentSettlement;
        var signed = settlement?.SignedAt is not null && (@case.Stage is "followUp" or "closed" || @case.State == "awaitingApproval");
        if (@case.CurrentRound is null)
        {
            @case.Rounds.Add(new MediationRound
            {
                CaseId = @case.Id,
                Number = @case.Round,
                OpenedAt = @case.RegisteredAt,
                MediatorAssignedOn = @case.AssignedMediatorId is null || assignedAt is null ? null : Day(assignedAt.Value),
                MediationStartedOn = agreement is null ? null : Day(agreement.SignedAt),
                TermEndsOn = agreement is null ? null : TermEndsOn(ExtendedUntil(@case) is { } until ? EndOf(until, zone) : @case.Deadline, agreement.SignedAt, zone, term),
                DraftApprovedOn = settlement?.ApprovedAt is { } approved ? Day(approved) : null,
                SettlementSignedOn = signed && settlement!.SignedAt is { } at ? Day(at) : null,
                Outcome = @case.IsClosed ? @case.State : null,
                OutcomeReason = @case.IsClosed ? OutcomeReason(@case) : null,
                EndedAt = @case.IsClosed ? @case.ClosedAt : null,
            });
        }

        if (@case.IsClosed)
        {
            @case.OutcomeReason ??= OutcomeReason(@case);
        }

        foreach (var consent in @case.Consents)
        {
            // Version 2 let a consent count for whoever mediated; it is taken as given to the mediator assigned now.
            consent.MediatorId ??= @case.AssignedMediatorId;
            consent.GivenOn ??= Day(consent.GivenAt);
        }

        foreach (var each in @case.MediationAgreements)
        {
            each.SignedOn ??= Day(each.SignedAt);
        }

        foreach (var session in @case.Sessions.Where(s => s.Recorded && s.Attendance.Count == 0))
        {
            session.HeldAt ??= session.NoShow ? null : session.PlannedAt;
            foreach (var party in @case.Parties.Where(p => p.Role != PartyRole.Other))
            {
                session.Attendance.Add(new SessionAttendance
                {
                    SessionId = session.Id,
                    AttendeeKind = AttendeeKind.Party,
                    AttendeeId = party.Id,
                    Attended = !session.NoShow || session.AbsentPartyId != party.Id,
                });
            }
        }

        foreach (var obligation in @case.Obligations.Where(o => o.StatusRecordedAt is not null))
        {
            obligation.StatusOn ??= Day(obligation.StatusRecordedAt!.Value);
        }

        if (signed && settlement is { SignedAt: { } signedAt } && settlement.Signatures.Count == 0)
        {
            settlement.SignedOn ??= Day(signedAt);
            foreach (var party in @case.Parties.Where(p => p.Role != PartyRole.Other))
            {
                settlement.Signatures.Add(new SettlementSignature
                {
                    PartyId = party.Id,
                    SignedOn = Day(signedAt),
                    Method = SignatureMethod.NotRecorded,
                    RecordedAt = signedAt,
                    RecordedById = @case.AssignedMediatorId ?? @case.RegisteredById,
                });
            }
        }
    }

    /// <summary>The date an extension agreed in version 2 ran to ("extendedUntil" among the case's remembered dates).</summary>
    private static DateOnly? ExtendedUntil(Case @case) =>
        @case.State == "extendedMediation" && JsonSerializer.Deserialize<Dictionary<string, DateOnly>>(@case.DatesJson) is { } dates
            && dates.TryGetValue("extendedUntil", out var until) ? until : null;

    private static DateTimeOffset EndOf(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }
}
