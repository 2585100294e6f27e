namespace MediationFlow.Core.Tests.Infrastructure;

/// <summary>
/// One database for a whole test class (xunit class fixture), for classes whose tests each work on
/// cases of their own and so do not interfere; saves a migration per test.
/// </summary>
public sealed class SharedApp : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await TestApp.StartAsync();

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
