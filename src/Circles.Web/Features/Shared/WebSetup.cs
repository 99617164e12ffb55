using System.Globalization;
using Circles.Web.Accounts;
using Circles.Web.Security;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Shared;

public static class WebSetup
{
    public static readonly IReadOnlyList<string> SupportedCultures = ["en", "es", "ar"];

    /// <summary>Razor Pages rooted at Features/, localized from resource files, anti-forgery on every form.</summary>
    public static WebApplicationBuilder AddWebUi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = SupportedCultures.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = CookiePolicy.Name(configuration, CookiePolicy.Language) },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Features";
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddMvcOptions(options =>
            {
                options.Filters.Add<SafetyIntroFilter>();
                options.Filters.Add<RecentConfirmationFilter>();
                options.MaxModelBindingCollectionSize = 200;
            });
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, LocalizedBindingMessages>();

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = CookiePolicy.Name(configuration, CookiePolicy.Antiforgery);
            options.Cookie.SecurePolicy = CookiePolicy.SecurePolicy(configuration);
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.Path = "/";
        });
        services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
        services.AddScoped<PageFrame>();
        return builder;
    }
}

/// <summary>The framework's own binding messages ("The value '' is invalid"), in the reader's language.</summary>
internal sealed class LocalizedBindingMessages(IStringLocalizerFactory factory)
    : Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>
{
    public void Configure(Microsoft.AspNetCore.Mvc.MvcOptions options)
    {
        var l = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueMustNotBeNullAccessor(_ => l["Please fill this in."]);
        messages.SetMissingBindRequiredValueAccessor(_ => l["Please fill this in."]);
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => l["Please check this value."]);
        messages.SetValueIsInvalidAccessor(_ => l["Please check this value."]);
        messages.SetValueMustBeANumberAccessor(_ => l["Please enter a number."]);
        messages.SetUnknownValueIsInvalidAccessor(_ => l["Please check this value."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => l["Please check this value."]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Please check this value."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Please enter a number."]);
        messages.SetMissingKeyOrValueAccessor(() => l["Please fill this in."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["Please fill this in."]);
    }
}
