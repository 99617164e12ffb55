using Circles.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Circles.Web.Features.Shared;

/// <summary>
/// SEC-3: until someone has read the one-time explanation of quick exit and browser history,
/// every page they open leads there first.
/// </summary>
public sealed class SafetyIntroFilter : IAsyncPageFilter
{
    private static readonly string[] AllowedPages = ["/Account/Welcome", "/Account/SignOut", "/Language", "/SaferBrowsing/Index"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var needsIntro = user.Identity?.IsAuthenticated == true
            && !user.HasClaim(CirclesClaims.SafetyIntroSeen, "true")
            && !AllowedPages.Contains(context.ActionDescriptor.ViewEnginePath, StringComparer.OrdinalIgnoreCase);
        if (needsIntro)
        {
            var returnUrl = context.HttpContext.Request.Path + context.HttpContext.Request.QueryString;
            context.Result = new RedirectToPageResult("/Account/Welcome", new { returnUrl });
            return;
        }
        await next();
    }
}
