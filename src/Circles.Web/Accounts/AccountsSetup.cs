using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Circles.Web.Accounts;

public static class AccountsSetup
{

    /// <summary>Identity with pseudonym-only accounts, the cookie rules of SEC-16 and the policies of SEC-18.</summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddHttpContextAccessor();
        services.AddScoped<SignInCompletion>();
        services
            .AddIdentity<CirclesUser, IdentityRole<Guid>>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = ""; // any script: pseudonyms are checked by PseudonymRules
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Password.RequiredLength = PasswordRules.MinimumLength;
                // SEC-13: the password step of sign-in does not use this lockout (SignInThrottle
                // counts its failures per known browser instead, so a stranger cannot lock the
                // owner out). It remains, short, for the steps that need more than a name: the
                // second step and re-entering the password inside a session.
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.Stores.SchemaVersion = CirclesDb.IdentitySchema; // the passkeys table
            })
            .AddEntityFrameworkStores<CirclesDb>()
            .AddUserStore<CirclesUserStore>()
            .AddClaimsPrincipalFactory<CirclesClaimsFactory>()
            .AddSignInManager<CirclesSignInManager>()
            .AddPasswordValidator<PasswordRules>()
            .AddDefaultTokenProviders();

        services.Configure<IdentityPasskeyOptions>(options =>
        {
            // A passkey must prove the person, not only hold the device (a PIN, a fingerprint):
            // then it stands for two factors, as staff need (SEC-10). Discoverable, so that
            // signing in with it needs no name typed first.
            options.UserVerificationRequirement = "required";
            options.ResidentKeyRequirement = "required";
            // The origin the browser signed into its answer must be this site as the request
            // reached it. Identity's default compares it with the request's Origin header, which
            // browsers send as "null" on form posts under Referrer-Policy: no-referrer (SEC-9).
            options.ValidateOrigin = context =>
            {
                var request = context.HttpContext.Request;
                return ValueTask.FromResult(!context.CrossOrigin
                    && string.Equals(context.Origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase));
            };
        });

        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            // Keep the session id when Identity rebuilds the principal, or the session would be lost.
            options.OnRefreshingPrincipal = context =>
            {
                var sessionClaim = context.CurrentPrincipal?.FindFirst(CirclesClaims.SessionId);
                if (sessionClaim is not null && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                {
                    identity.AddClaim(new System.Security.Claims.Claim(CirclesClaims.SessionId, sessionClaim.Value));
                }
                return Task.CompletedTask;
            };
        });

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = CookiePolicy.Name(configuration, CookiePolicy.Session);
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookiePolicy.SecurePolicy(configuration);
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.Path = "/";
            options.LoginPath = "/account/signin";
            options.LogoutPath = "/account/signout";
            options.AccessDeniedPath = "/account/signin";
            options.ReturnUrlParameter = "returnUrl";
            options.ExpireTimeSpan = TimeSpan.FromHours(builder.Configuration.GetValue("Sessions:AbsoluteHours", 12));
            options.SlidingExpiration = false;
            var identityValidator = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                await identityValidator(context);
                if (context.Principal is not null)
                {
                    await SessionValidator.ValidateAsync(context);
                }
            };
            // A signed-in user without access gets a plain 403 page, not a sign-in loop.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = CookiePolicy.Name(configuration, CookiePolicy.TwoFactor);
            options.Cookie.SecurePolicy = CookiePolicy.SecurePolicy(configuration);
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.Path = "/";
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, options =>
        {
            options.Cookie.Name = CookiePolicy.Name(configuration, CookiePolicy.External);
            options.Cookie.SecurePolicy = CookiePolicy.SecurePolicy(configuration);
            options.Cookie.Path = "/";
        });

        services.AddSingleton<IAuthorizationHandler, StaffTwoFactorHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, TwoFactorEnrolmentRedirect>();
        services.AddAuthorization(Policies.Register);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<DeviceCookies>();
        return builder;
    }

    /// <summary>Makes the signed-in user's organization the scope's tenant, for the query filters.</summary>
    public static IApplicationBuilder UseCurrentOrganization(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.GetOrganizationId() is { } organizationId)
            {
                context.RequestServices.GetRequiredService<CurrentOrganization>().Set(organizationId);
            }
            await next(context);
        });
}
