using MediationFlow.Core;
using MediationFlow.Web.Hosting;

var startup = StartupArguments.Parse(args);
WebApplication app;
try
{
    var builder = WebApplication.CreateBuilder(startup.WebArguments);
    builder.AddMediationFlow(startup);
    app = builder.Build();
}
catch (Exception e) when (e is InvalidWorkflowsException or InvalidSettingException)
{
    // A broken definition or setting must stop the service before any case runs on it.
    Console.Error.WriteLine(e.Message);
    return 1;
}

app.UseMediationFlow();
try
{
    await app.PrepareAsync();
}
catch (MediationFlow.Core.Persistence.DatabaseNewerThanProgramException e)
{
    // Running on a schema a newer program wrote could lose what that program stored: an operator must choose.
    Console.Error.WriteLine(e.Message);
    return 1;
}

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to integration tests.</summary>
public partial class Program;
