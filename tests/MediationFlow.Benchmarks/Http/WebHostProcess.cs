using System.Diagnostics;
using System.Text;

namespace MediationFlow.Benchmarks.Http;

/// <summary>
/// A real web host in its own process, as an operator runs it: <c>dotnet MediationFlow.Web.dll</c> on a fresh
/// data folder with the demo dataset, listening on 127.0.0.1 on a port the system picks. Nothing else is
/// reachable: the driver only talks to the address the host prints.
/// </summary>
public sealed class WebHostProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StringBuilder _error = new();

    private WebHostProcess(Process process, string dataFolder)
    {
        _process = process;
        DataFolder = dataFolder;
    }

    public string DataFolder { get; }

    /// <summary>Starts the host; <paramref name="environment"/> adds settings (such as the database provider and its connection string).</summary>
    public static async Task<WebHostProcess> StartAsync(string webDll, string dataFolder, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (!File.Exists(webDll))
        {
            throw new FileNotFoundException($"No web host at {webDll}: build it first (dotnet build -c Release src/MediationFlow.Web).", webDll);
        }

        Directory.CreateDirectory(dataFolder);
        var start = new ProcessStartInfo("dotnet")
        {
            // From its own folder, as an operator starts it: appsettings.json there sets the log levels (without
            // it every SQL statement is logged to the console, which costs more than the request).
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(webDll))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { webDll, "--data", dataFolder, "--demo", "--environment", "Production", "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        // A day between timer rounds: no deadline fires into a measured case.
        start.Environment["MediationFlow__TimerPollSeconds"] = "86400";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var host = new WebHostProcess(new Process { StartInfo = start }, dataFolder);
        host._process.OutputDataReceived += (_, e) => host.Received(e.Data);
        host._process.ErrorDataReceived += (_, e) =>
        {
            lock (host._error)
            {
                host._error.AppendLine(e.Data);
            }
        };
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        using var patience = new CancellationTokenSource(Patience);
        var exited = host._process.WaitForExitAsync(patience.Token);
        if (await Task.WhenAny(host._address.Task, exited) != host._address.Task)
        {
            host.Dispose();
            throw new InvalidOperationException($"The web host did not start: {host._error}");
        }

        host.Address = await host._address.Task;
        return host;
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>The host's CPU time so far (all its threads): what a request costs, less disturbed by the neighbours than wall time.</summary>
    public TimeSpan Cpu
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    /// <summary>"MediationFlow: open http://127.0.0.1:PORT in a browser; …" carries the address; only a loopback one is accepted.</summary>
    private void Received(string? line)
    {
        const string marker = "MediationFlow: open ";
        if (line is null || !line.StartsWith(marker, StringComparison.Ordinal))
        {
            return;
        }

        var url = line[marker.Length..].Split([' ', ','], 2)[0];
        if (Uri.TryCreate(url, UriKind.Absolute, out var address) && address.IsLoopback)
        {
            _address.TrySetResult(address);
        }
        else
        {
            _address.TrySetException(new InvalidOperationException($"The host listens on {url}, not on the loopback address."));
        }
    }
}
