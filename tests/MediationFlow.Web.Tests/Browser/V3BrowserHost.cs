namespace MediationFlow.Web.Tests.Browser;

/// <summary>The browser host on which new cases start on version 3 of community mediation, the released version.</summary>
public sealed class V3BrowserHost : BrowserHost
{
    protected override int CaseVersion => 3;
}
