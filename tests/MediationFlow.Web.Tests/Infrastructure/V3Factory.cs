namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>The demo host on which new cases start on version 3 of community mediation, the released version.</summary>
public sealed class V3Factory : MediationFlowFactory
{
    protected override int CaseVersion => 3;
}
