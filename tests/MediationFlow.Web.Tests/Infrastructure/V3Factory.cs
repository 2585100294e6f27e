namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>The host with version 3 of community-mediation released, so that new cases start on it (see <see cref="Version3Release"/>).</summary>
public sealed class V3Factory : MediationFlowFactory
{
    private readonly string _workflows = Version3Release.Copy();

    protected override IReadOnlyDictionary<string, string> Settings => Version3Release.Settings(_workflows);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteQuietly(_workflows);
    }
}
