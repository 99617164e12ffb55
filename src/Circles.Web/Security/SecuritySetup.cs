namespace Circles.Web.Security;

public static class SecuritySetup
{
    /// <summary>The key ring (SEC-28), field encryption (SEC-27), the audit log (SEC-32) and HSTS (SEC-9).</summary>
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        builder.AddKeyRing();
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
