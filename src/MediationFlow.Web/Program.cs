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
await app.PrepareAsync();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to integration tests.</summary>
public partial class Program;
