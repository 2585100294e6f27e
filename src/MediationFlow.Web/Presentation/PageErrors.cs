using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MediationFlow.Web.Presentation;

/// <summary>
/// A page refused what the reader asked (another council's case, a council they are not in, a refusal the page
/// does not show beside a form): a page in their language with the status <see cref="RefusalTable"/> gives,
/// instead of the API's problem JSON.
/// </summary>
public sealed class PageErrors : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.ExceptionHandled || executed.Exception is null
            || RefusalTable.Show(executed.Exception, CultureInfo.CurrentUICulture) is not { } shown)
        {
            return;
        }

        executed.ExceptionHandled = true;
        executed.Result = new ViewResult
        {
            ViewName = "_Problem",
            StatusCode = shown.Status,
            ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary())
            {
                ["Status"] = shown.Status,
                ["Title"] = shown.Title,
                // Field errors have no form to stand beside here: the reader gets them as one message.
                ["Message"] = shown.Detail ?? executed.Exception.Message,
            },
        };
    }
}
