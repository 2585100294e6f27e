namespace MediationFlow.Core.Tests.Infrastructure;

/// <summary>
/// One <see cref="TestApp"/> (one database file) for all tests of a class. Only for tests that work on
/// their own cases and leave the clock alone: xunit runs a class's tests one after another, so they
/// never interleave, but they do see each other's rows.
/// </summary>
public sealed class SharedApp : IAsyncLifetime
{
    private TestApp? _app;

    public TestApp App => _app ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async ValueTask InitializeAsync() => _app = await TestApp.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
