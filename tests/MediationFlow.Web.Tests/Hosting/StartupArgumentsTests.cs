using MediationFlow.Web.Hosting;

namespace MediationFlow.Web.Tests.Hosting;

/// <summary>--data and --demo are taken out of the command line; everything else goes on to ASP.NET Core.</summary>
public sealed class StartupArgumentsTests
{
    [Fact]
    public void Data_folder_becomes_the_configuration_key()
    {
        var parsed = StartupArguments.Parse(["--data", "/srv/mediationflow", "--urls", "http://0.0.0.0:8080"]);

        Assert.Equal(["--MediationFlow:DataDirectory=/srv/mediationflow", "--urls", "http://0.0.0.0:8080"], parsed.WebArguments);
        Assert.False(parsed.Demo);
    }

    [Fact]
    public void Data_folder_may_be_written_with_an_equals_sign()
    {
        Assert.Equal(["--MediationFlow:DataDirectory=/srv/mf"], StartupArguments.Parse(["--data=/srv/mf"]).WebArguments);
    }

    [Fact]
    public void Demo_switch_is_recognised_and_not_passed_on()
    {
        var parsed = StartupArguments.Parse(["--demo", "--environment", "Production"]);

        Assert.True(parsed.Demo);
        Assert.Equal(["--environment", "Production"], parsed.WebArguments);
    }
}
