using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Definitions;

internal sealed partial class SemanticValidator
{
    /// <summary>A requirement names a known act, a field of the right type to be for, and an optional text field for the reason.</summary>
    private void CheckRequirements(TransitionDefinition transition, string at)
    {
        foreach (var (requirement, k) in transition.Requires.Select((r, k) => (r, k)))
        {
            var path = $"{at}.requires[{k}]";
            if ((requirement.Attachment is null) == (requirement.Document is null))
            {
                Error(path, AuthoringMessages.RequirementNeedsOne);
            }
            else if (requirement.Attachment is { } kind && !Requirements.AttachmentKinds.Contains(kind))
            {
                Error($"{path}.attachment", AuthoringMessages.UnknownAttachment.Format(kind, string.Join(", ", Requirements.AttachmentKinds)));
            }
            else if (requirement.For is { } field)
            {
                var type = requirement.Attachment is { } known ? Requirements.ForType(known) : null;
                if (type is null)
                {
                    Error($"{path}.for", AuthoringMessages.RequirementForWholeCase.Format(requirement.Attachment ?? requirement.Document ?? string.Empty));
                }
                else if (!transition.Input.Any(f => f.Name == field && f.Type == type))
                {
                    Error($"{path}.for", AuthoringMessages.RequirementForWrongField.Format(field, type));
                }
            }

            if (requirement.OrReason is { } reason
                && !transition.Input.Any(f => f.Name == reason && !f.Required && f.Type is InputTypes.Text or InputTypes.LongText))
            {
                Error($"{path}.orReason", AuthoringMessages.OrReasonNotField.Format(reason));
            }
        }
    }
}
