using System.CommandLine;
using MediationFlow.Cli.Cases;
using MediationFlow.Core.Errors;
using MediationFlow.Workflows.Engine;
using Mediator;

namespace MediationFlow.Cli.Administration;

/// <summary>
/// One administration request against a database: refused without a database, sent as the system, and a
/// refusal printed per field under the name of the option that carried it.
/// </summary>
internal static class AdminRun
{
    public static async Task<int> SendAsync<T>(
        ParseResult parse, DataOptions data, IMessage request, IReadOnlyDictionary<string, string> options, Action<T, TextWriter> print, CancellationToken cancellationToken)
    {
        var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        var source = data.Of(parse);

        // Councils and people need no workflow definitions: reading and validating them would only slow the tool down.
        var catalog = new WorkflowCatalog([]);
        if (!await CoreServices.HasDatabaseAsync(source, catalog, error, cancellationToken))
        {
            return 1;
        }

        try
        {
            print(await CoreServices.SendAsSystemAsync<T>(source, catalog, request, cancellationToken), output);
            return 0;
        }
        catch (ValidationFailedException e)
        {
            foreach (var failure in e.Errors)
            {
                error.WriteLine($"{options.GetValueOrDefault(failure.Field, failure.Field)}: {failure.Message}");
            }

            return 1;
        }
        finally
        {
            CoreServices.Release(source);
        }
    }
}
