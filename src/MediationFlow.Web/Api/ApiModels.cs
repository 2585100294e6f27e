using System.Text.Json;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;

namespace MediationFlow.Web.Api;

/// <summary>POST /api/v1/auth/login.</summary>
public sealed record LoginBody(string UserName, string Password);

/// <summary>POST /api/v1/cases: a new case with its screening answers and parties.</summary>
public sealed record NewCaseBody(
    int CouncilId,
    DisputeCategory Category,
    string Description,
    IReadOnlyList<PartyDetails> Parties,
    bool AffectsThirdParties = false,
    bool PartyLacksCapacity = false,
    bool CorruptionOrPublicServiceOffence = false);

/// <summary>POST /api/v1/cases/{id}/actions/{trigger}: the version the client saw, and the action's input fields.</summary>
public sealed record ActionBody(int ExpectedVersion, IReadOnlyDictionary<string, JsonElement>? Input = null);

/// <summary>POST and PUT /api/v1/cases/{id}/parties: a party to add or correct during intake.</summary>
public sealed record PartyBody(int ExpectedVersion, PartyDetails Party);

/// <summary>A new personal access token: what to call it and for how many days it works.</summary>
public sealed record TokenBody(string Name, int Days);
