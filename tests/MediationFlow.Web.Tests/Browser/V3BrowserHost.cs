using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Browser;

/// <summary>The browser host with version 3 of community-mediation released (see <see cref="Version3Release"/>).</summary>
public sealed class V3BrowserHost : BrowserHost
{
    private readonly string _workflows = Version3Release.Copy();

    protected override IReadOnlyDictionary<string, string> Settings => Version3Release.Settings(_workflows);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteQuietly(_workflows);
    }
}
