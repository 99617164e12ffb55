using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Circles.Web.Accounts;

/// <summary>
/// SEC-17: marks a page handler that changes sign-in factors or takes data out in bulk. It runs
/// only when the person confirmed it is them in the last <see cref="RecentConfirmation.Window"/>,
/// with the strongest factor they have: a second factor (authenticator code, recovery code or
/// passkey) when they have one, otherwise their password. Signing in counts as confirming.
/// </summary>
/// <remarks>
/// One rule for every such action, rather than "password or second factor" for some: for
/// someone whose second factor is a passkey, a password-only session exists (Identity does not
/// ask for the passkey after the password), and such a session must not be able to add a new
/// factor or remove the passkey with the password alone.
/// </remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresRecentConfirmationAttribute : Attribute;

public static class RecentConfirmation
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>The factor this person must have given recently: their strongest.</summary>
    public static async Task<Factor> NeededAsync(HttpContext context)
    {
        var users = context.RequestServices.GetRequiredService<UserManager<CirclesUser>>();
        var user = await users.GetUserAsync(context.User);
        return user is not null && await SessionFactors.HasSecondFactorAsync(users, user) ? Factor.SecondFactor : Factor.Password;
    }

    public static async Task<bool> IsFreshAsync(HttpContext context)
    {
        var given = SessionFactors.Of(context);
        if (given is null)
        {
            return false;
        }
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        // A second factor is at least as strong as the password, so it also counts where the password would do.
        var at = await NeededAsync(context) == Factor.SecondFactor
            ? given.SecondFactorGivenAt
            : Latest(given.PasswordGivenAt, given.SecondFactorGivenAt);
        return at is { } when && now - when < Window && now >= when;
    }

    private static DateTime? Latest(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;

    /// <summary>Where to send the person: "Confirm it is you", then back to the page they were on.</summary>
    public static IActionResult ConfirmFirst(HttpContext context)
    {
        var request = context.Request;
        // After a POST, come back to the page (by GET), not to the handler's address.
        var returnUrl = HttpMethods.IsGet(request.Method) ? request.Path + request.QueryString : request.Path.ToString();
        return new RedirectToPageResult("/Account/Confirm", new { returnUrl });
    }
}

/// <summary>Applies <see cref="RequiresRecentConfirmationAttribute"/> to every page handler that carries it.</summary>
public sealed class RecentConfirmationFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var marked = context.HandlerMethod?.MethodInfo.IsDefined(typeof(RequiresRecentConfirmationAttribute), inherit: false) == true;
        if (marked && !await RecentConfirmation.IsFreshAsync(context.HttpContext))
        {
            context.Result = RecentConfirmation.ConfirmFirst(context.HttpContext);
            return;
        }
        await next();
    }
}
