using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>The demo host on which new cases start on version 3 of community mediation.</summary>
public sealed class V3Factory : MediationFlowFactory
{
    protected override int CaseVersion => 3;
}
