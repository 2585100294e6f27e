using System.CommandLine;
using MediationFlow.Core.Features.Register;

namespace MediationFlow.Cli.Administration;

/// <summary><c>register</c>: the register of public mediators (Art. 8-1), filled from a file as councils hand it over.</summary>
internal static class RegisterCommands
{
    public static Command Create() => new("register", "The register of public mediators: import its entries from a file.")
    {
        ImportCommands.Register(), ImportCommands.Template(ImportRegister.Columns, ImportRegister.Example),
    };
}
