namespace Circles.Web.Features.PublicSite;

/// <summary>The public pages (issue 15): their services; the host-name routing is <see cref="PublicHostRouting"/>.</summary>
public static class PublicSiteSetup
{
    public static WebApplicationBuilder AddPublicSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddScoped<PublicSites>();
        builder.Services.AddScoped<PublicPageTexts>();
        return builder;
    }
}
