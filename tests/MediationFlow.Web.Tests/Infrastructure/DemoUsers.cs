namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>The demo dataset's people (see Hosting/DemoData.cs): Burabay District, and one mediator in Zerendi District.</summary>
public static class DemoUsers
{
    public const string Password = "Demo-Mediation-2026";

    public const string Admin = "admin";
    public const string Chair = "chair";
    public const string Mediator = "mediator";
    public const string Trainer = "trainer";
    public const string Analyst = "analyst";
    public const string OtherMediator = "mediator.other";

    /// <summary>Stands for a request without any credentials in test data.</summary>
    public const string Anonymous = "anonymous";

    public const string BurabayCode = "AKM-BUR";
    public const string ZerendiCode = "AKM-ZER";
}
