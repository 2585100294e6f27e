using System.Diagnostics;
using System.Text;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>
/// The web host run as its own process, as an operator runs it (<c>dotnet MediationFlow.Web.dll --data DIR</c>),
/// with its standard output and error collected line by line.
/// </summary>
public sealed class HostProcess : IDisposable
{
    /// <summary>Only a guard against a hung process; no test measures how long anything takes.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly StringBuilder _error = new();
    private readonly object _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostProcess(Process process) => _process = process;

    public string Error
    {
        get
        {
            lock (_gate)
            {
                return _error.ToString();
            }
        }
    }

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_gate)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>Starts the host built beside these tests, in <paramref name="workingDirectory"/>, so no appsettings or workflows folder there is picked up by accident.</summary>
    public static HostProcess Start(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MediationFlow.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        var host = new HostProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        host._process.OutputDataReceived += (_, e) => host.Received(e.Data, error: false);
        host._process.ErrorDataReceived += (_, e) => host.Received(e.Data, error: true);
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        return host;
    }

    /// <summary>The first output line that matches, waiting for it; fails if the process ends first.</summary>
    public async Task<string> LineAsync(Func<string, bool> match)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestRequests.Ct);
        patience.CancelAfter(Patience);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var line = _output.FirstOrDefault(match);
                if (line is not null)
                {
                    return line;
                }

                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"The host exited ({_process.ExitCode}) without that line.\n{string.Join('\n', _output)}\n{_error}");
                }

                changed = _changed.Task;
            }

            await Task.WhenAny(changed, _process.WaitForExitAsync(patience.Token), Task.Delay(Timeout.Infinite, patience.Token));
            patience.Token.ThrowIfCancellationRequested();
        }
    }

    public async Task<int> ExitCodeAsync()
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestRequests.Ct);
        patience.CancelAfter(Patience);
        await _process.WaitForExitAsync(patience.Token);
        return _process.ExitCode;
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

    private void Received(string? line, bool error)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            if (error)
            {
                _error.AppendLine(line);
            }
            else
            {
                _output.Add(line);
            }

            var changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
            changed.SetResult();
        }
    }
}
