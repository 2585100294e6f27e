using MediationFlow.Cli;

return await MediationFlowCli.Create().Parse(args).InvokeAsync();
