namespace Circles.Web.Features.Directory;

public static class DirectorySetup
{
    /// <summary>Search, HSDS import and export, the gap analysis and the verification due of the resource directory.</summary>
    public static WebApplicationBuilder AddDirectory(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DirectorySearch>();
        builder.Services.AddScoped<Hsds.Import.HsdsImporter>();
        builder.Services.AddScoped<Hsds.Export.HsdsExporter>();
        builder.Services.AddScoped<Gaps.GapAnalysis>();
        builder.Services.AddScoped<VerificationDue>();
        return builder;
    }
}
