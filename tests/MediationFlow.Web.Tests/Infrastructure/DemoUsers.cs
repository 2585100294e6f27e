namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>The demo dataset's people (see Hosting/DemoData.cs): Burabay District, one mediator in Zerendi District, two trainees.</summary>
public static class DemoUsers
{
    public const string Password = "Demo-Mediation-2026";

    public const string Admin = "admin";
    public const string Chair = "chair";
    public const string Mediator = "mediator";
    public const string Trainer = "trainer";
    public const string Analyst = "analyst";
    public const string OtherMediator = "mediator.other";

    /// <summary>Workshop trainees: no role in any council, so they may read no real case.</summary>
    public const string TraineeOne = "trainee.one";
    public const string TraineeTwo = "trainee.two";

    /// <summary>Stands for a request without any credentials in test data.</summary>
    public const string Anonymous = "anonymous";

    public const string BurabayCode = "AKM-BUR";
    public const string ZerendiCode = "AKM-ZER";
}
