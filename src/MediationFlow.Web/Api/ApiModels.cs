using System.Text.Json;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Participants;
using MediationFlow.Core.Features.Representatives;

namespace MediationFlow.Web.Api;

/// <summary>POST /api/v1/auth/login.</summary>
public sealed record LoginBody(string UserName, string Password);

/// <summary>POST /api/v1/cases: a new case with its screening answers, parties and, when known, where it came from.</summary>
public sealed record NewCaseBody(
    int CouncilId,
    DisputeCategory Category,
    string Description,
    IReadOnlyList<PartyDetails> Parties,
    bool AffectsThirdParties = false,
    bool PartyLacksCapacity = false,
    bool CorruptionOrPublicServiceOffence = false,
    bool StateBodyIsParty = false,
    ReferralSource? ReferralSource = null,
    string? ReferralNote = null,
    string? ProceedingReference = null);

/// <summary>POST /api/v1/cases/{id}/actions/{trigger}: the version the client saw, and the action's input fields.</summary>
public sealed record ActionBody(int ExpectedVersion, IReadOnlyDictionary<string, JsonElement>? Input = null);

/// <summary>POST and PUT /api/v1/cases/{id}/parties: a party to add or correct during intake.</summary>
public sealed record PartyBody(int ExpectedVersion, PartyDetails Party);

/// <summary>PUT /api/v1/cases/{id}/screening: every screening answer, so none is changed by leaving it out.</summary>
public sealed record ScreeningBody(
    int ExpectedVersion, bool AffectsThirdParties, bool PartyLacksCapacity, bool CorruptionOrPublicServiceOffence, bool StateBodyIsParty);

/// <summary>PUT /api/v1/cases/{id}/referral: where the case came from (null: not recorded) and a proceeding it is part of.</summary>
public sealed record ReferralBody(int ExpectedVersion, ReferralSource? ReferralSource = null, string? ReferralNote = null, string? ProceedingReference = null);

/// <summary>POST /api/v1/cases/{id}/representatives: the party represented and the representative with their authority.</summary>
public sealed record RepresentativeBody(int ExpectedVersion, long PartyId, RepresentativeDetails Representative);

/// <summary>PUT /api/v1/cases/{id}/representatives/{representativeId}: the representative's corrected details.</summary>
public sealed record RepresentativeChangeBody(int ExpectedVersion, RepresentativeDetails Representative);

/// <summary>POST and PUT /api/v1/cases/{id}/participants: a support person, interpreter, expert or other participant.</summary>
public sealed record ParticipantBody(int ExpectedVersion, ParticipantDetails Participant);

/// <summary>A new personal access token: what to call it and for how many days it works.</summary>
public sealed record TokenBody(string Name, int Days);
