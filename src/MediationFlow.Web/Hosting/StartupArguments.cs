namespace MediationFlow.Web.Hosting;

/// <summary>
/// Our own command-line switches, taken out before ASP.NET Core reads the rest (--urls, --environment…):
/// <c>--data DIR</c> for the data folder and <c>--demo</c> to seed the demo dataset outside Development.
/// </summary>
public sealed record StartupArguments(string[] WebArguments, bool Demo)
{
    public const string DataDirectoryKey = "MediationFlow:DataDirectory";

    public static StartupArguments Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var web = new List<string>();
        var demo = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--demo")
            {
                demo = true;
            }
            else if (args[i] == "--data" && i + 1 < args.Length)
            {
                web.Add($"--{DataDirectoryKey}={args[++i]}");
            }
            else if (args[i].StartsWith("--data=", StringComparison.Ordinal))
            {
                web.Add($"--{DataDirectoryKey}={args[i]["--data=".Length..]}");
            }
            else
            {
                web.Add(args[i]);
            }
        }

        return new StartupArguments([.. web], demo);
    }
}
