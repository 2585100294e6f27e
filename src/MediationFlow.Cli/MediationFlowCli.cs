using System.CommandLine;
using MediationFlow.Cli.Administration;
using MediationFlow.Cli.Cases;
using MediationFlow.Cli.Data;
using MediationFlow.Cli.Scenarios;
using MediationFlow.Cli.Workflows;

namespace MediationFlow.Cli;

/// <summary>The command tree, built apart from Main so tests can run it in-process with their own writers.</summary>
internal static class MediationFlowCli
{
    public static RootCommand Create() =>
        new("MediationFlow: administration and training tool for the Public Accord Councils.")
        {
            WorkflowCommands.Create(),
            ScenarioCommands.Create(),
            CaseCommands.Create(),
            CouncilCommands.Create(),
            UserCommands.Create(),
            RegisterCommands.Create(),
            DataCommands.Create(),
        };
}
