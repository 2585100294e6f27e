using MediationFlow.Core;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Web.Tests.Api;

/// <summary>The demo host on which new cases start on version 3 of community mediation, released or not.</summary>
public sealed class V3Factory : MediationFlowFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton(new CaseDefaults(DependencyInjection.DefaultDefinitionId, 3)));
    }
}
