using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Engine;

/// <summary>Why one input field was refused; <see cref="Field"/> is the field's name in the definition.</summary>
public sealed record InputError(string Field, string Code, LocalizedText Message);
