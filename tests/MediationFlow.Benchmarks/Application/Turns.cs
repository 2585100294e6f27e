using System.Diagnostics;

namespace MediationFlow.Benchmarks.Application;

/// <summary>
/// Two processes measuring in turns, so that a neighbour's burst hits both alike and neither disturbs the other. The
/// product's compiled queries belong to the model they were first run with, so SQLite and PostgreSQL cannot share one
/// process: with a PostgreSQL server a driver starts itself again on SQLite (the baseline) as a second process, and
/// after each of its own rounds lets the second process run one round and waits for it. The second process's output
/// is passed on as it comes.
/// </summary>
public sealed class Turns : IDisposable
{
    /// <summary>The argument that makes a driver the second process, taking its rounds when told.</summary>
    public const string Argument = "--turns";

    private const string Go = "#go";
    private const string Done = "#done";

    private readonly Process? _baseline;
    private readonly TextWriter _output;

    private Turns(Process? baseline, TextWriter output) => (_baseline, _output) = (baseline, output);

    /// <summary>A driver alone: every turn is its own.</summary>
    public static Turns Alone { get; } = new(null, TextWriter.Null);

    /// <summary>Starts this program with <paramref name="arguments"/> (and <see cref="Argument"/>) as the second process.</summary>
    public static Turns StartBaseline(IEnumerable<string> arguments, TextWriter output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = Environment.CurrentDirectory,
        };
        start.ArgumentList.Add(typeof(Turns).Assembly.Location);
        foreach (var argument in arguments.Append(Argument))
        {
            start.ArgumentList.Add(argument);
        }

        return new Turns(Process.Start(start) ?? throw new InvalidOperationException("The baseline process did not start."), output);
    }

    /// <summary>The second process's side: told by its standard input when a round is its own.</summary>
    public static Turns Taken { get; } = new(null, Console.Out) { IsBaseline = true };

    public bool IsBaseline { get; private init; }

    /// <summary>Before a round: the second process waits until it is told to go.</summary>
    public async Task BeginAsync()
    {
        if (IsBaseline && await Console.In.ReadLineAsync() != Go)
        {
            throw new InvalidOperationException("The driver that started this one has stopped.");
        }
    }

    /// <summary>After a round: the second process says so; the first lets the second run its round and waits for it.</summary>
    public async Task EndAsync()
    {
        if (IsBaseline)
        {
            await Console.Out.WriteLineAsync(Done);
            await Console.Out.FlushAsync();
            return;
        }

        if (_baseline is null)
        {
            return;
        }

        await _baseline.StandardInput.WriteLineAsync(Go);
        await _baseline.StandardInput.FlushAsync();
        while (await _baseline.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line == Done)
            {
                return;
            }

            await _output.WriteLineAsync(line);
        }

        throw new InvalidOperationException("The baseline process stopped before its round was done.");
    }

    /// <summary>Passes on the rest of the second process's output (its report) once it has finished.</summary>
    public async Task FinishAsync()
    {
        if (_baseline is null)
        {
            return;
        }

        _baseline.StandardInput.Close();
        while (await _baseline.StandardOutput.ReadLineAsync() is { } line)
        {
            await _output.WriteLineAsync(line);
        }

        await _baseline.WaitForExitAsync();
        if (_baseline.ExitCode != 0)
        {
            throw new InvalidOperationException($"The baseline process failed (exit code {_baseline.ExitCode}).");
        }
    }

    public void Dispose()
    {
        if (_baseline is { HasExited: false })
        {
            _baseline.Kill(entireProcessTree: true);
        }

        _baseline?.Dispose();
    }
}
