using Microsoft.AspNetCore.DataProtection;

namespace Circles.Web.Security;

public static class SecuritySetup
{
    /// <summary>The key ring (SEC-28), field encryption (SEC-27), the audit log (SEC-32) and HSTS (SEC-9).</summary>
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection()
            .SetApplicationName("Circles")
            .PersistKeysToFileSystem(new DirectoryInfo(builder.Configuration["DataProtection:KeysFolder"] ?? "data/keys"));
        builder.Services.AddSingleton<FieldProtector>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
            options.ExcludedHosts.Clear();
        });
        return builder;
    }
}
