using MediationFlow.Core.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MediationFlow.Web.Presentation;

/// <summary>
/// A page asked for something the reader may not see (another council's case, a council they are not in):
/// a page in their language with the right status, instead of the API's problem JSON.
/// </summary>
public sealed class PageErrors : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        var status = executed.Exception switch
        {
            NotFoundException => StatusCodes.Status404NotFound,
            ForbiddenException => StatusCodes.Status403Forbidden,
            _ => 0,
        };
        if (status == 0 || executed.ExceptionHandled)
        {
            return;
        }

        executed.ExceptionHandled = true;
        executed.Result = new ViewResult
        {
            ViewName = "_Problem",
            StatusCode = status,
            ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary())
            {
                ["Status"] = status,
                ["Message"] = executed.Exception!.Message,
            },
        };
    }
}
