using FluentValidation;
using MediationFlow.Core.Errors;
using Mediator;

namespace MediationFlow.Core.Behaviours;

/// <summary>Runs the request's FluentValidation validators; any failure stops it before anything is read or written.</summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        List<FieldError>? errors = null;
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            if (!result.IsValid)
            {
                (errors ??= []).AddRange(result.Errors.Select(e => new FieldError(FieldName(e.PropertyName), e.ErrorCode, e.ErrorMessage)));
            }
        }

        return errors is not null ? throw new ValidationFailedException(errors) : await next(message, cancellationToken);
    }

    /// <summary>"Parties[0].FullName" → "parties[0].fullName": the names API bodies and forms use.</summary>
    private static string FieldName(string property) =>
        string.Join('.', property.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
