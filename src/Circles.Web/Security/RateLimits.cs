using System.Threading.RateLimiting;
using Circles.Web.Accounts;
using Microsoft.AspNetCore.RateLimiting;

namespace Circles.Web.Security;

/// <summary>
/// SEC-13: sign-in, registration and invitation redemption are limited per client address.
/// SEC-26: what signed-in people post (tips, shared strategies…) is limited per person.
/// Limits answer 429 and apply only to submissions, never to reading the form.
/// </summary>
public static class RateLimits
{
    public const string Auth = "auth";

    /// <summary>Per signed-in person; the rate limiter runs after authentication so the person is known.</summary>
    public const string Posting = "posting";
    /// <summary>The HSDS read API (/api/hsds/…): reads per client address, so one client cannot crowd out the rest.</summary>
    public const string HsdsApi = "hsds-api";

    /// <summary>Forms of the public pages (the volunteer form): submissions per client address per hour; reading is never limited.</summary>
    public const string PublicForm = "public-form";

    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        var perMinute = builder.Configuration.GetValue("RateLimits:AuthPerIpPerMinute", 20);
        var postsPerMinute = builder.Configuration.GetValue("RateLimits:PostsPerUserPerMinute", 20);
        var apiPerMinute = builder.Configuration.GetValue("RateLimits:HsdsApiPerIpPerMinute", 120);
        var publicFormsPerHour = builder.Configuration.GetValue("RateLimits:PublicFormPerIpPerHour", 5);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Auth, context =>
                IsRead(context)
                    ? RateLimitPartition.GetNoLimiter("read")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(Posting, context =>
                IsRead(context)
                    ? RateLimitPartition.GetNoLimiter("read")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        context.User.GetUserId() is { } userId ? "user:" + userId : "address:" + context.Connection.RemoteIpAddress,
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = postsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(HsdsApi, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = apiPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(PublicForm, context =>
                IsRead(context)
                    ? RateLimitPartition.GetNoLimiter("read")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        "public:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = publicFormsPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
        });
        return builder;
    }

    private static bool IsRead(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
}
