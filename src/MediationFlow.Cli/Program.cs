using System.CommandLine;
using MediationFlow.Cli.Workflows;

var root = new RootCommand("MediationFlow: administration and training tool for the Public Accord Councils.")
{
    WorkflowCommands.Create(),
};

return await root.Parse(args).InvokeAsync();
